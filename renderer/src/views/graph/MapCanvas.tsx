/**
 * The thin React host of the map: a canvas in a focusable stage, and a MapController that
 * does the rest outside React. Data and choices go in through effects; what the user does
 * comes back through `events`, read through a ref so the controller is made once.
 */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { GardenLayout } from '../../../../shared/api';
import { MapController, type MapCallbacks } from '../../graph/map-controller';
import type { GraphData, GraphView } from '../../../../shared/graph/model';
import { readPalette } from '../../graph/palette';

interface Props {
  data: GraphData;
  view: GraphView;
  saved: GardenLayout;
  selected: number;
  events: MapCallbacks;
  onController(controller: MapController | null): void;
  onKeyDown(event: KeyboardEvent<HTMLDivElement>): void;
  layoutState: 'running' | 'settled';
  children?: ReactNode;
}

function fontOf(element: Element): string {
  return (typeof getComputedStyle === 'function' && getComputedStyle(element).fontFamily) || 'sans-serif';
}

function media(query: string): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;
}

export function MapCanvas({ data, view, saved, selected, events, onController, onKeyDown, layoutState, children }: Props) {
  const stage = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const controller = useRef<MapController | null>(null);
  const latest = useRef(events);
  const onControllerRef = useRef(onController);

  useEffect(() => {
    latest.current = events;
    onControllerRef.current = onController;
  });

  useEffect(() => {
    const element = canvas.current;
    const host = stage.current;
    if (!element || !host) return;
    const reduced = media('(prefers-reduced-motion: reduce)');
    const dark = media('(prefers-color-scheme: dark)');
    const map = new MapController(
      element,
      {
        onHover: (i, at) => latest.current.onHover(i, at),
        onOpen: (i) => latest.current.onOpen(i),
        onSettled: (p) => latest.current.onSettled(p),
        onLayoutState: (s) => latest.current.onLayoutState(s),
        onPinned: (i, p) => latest.current.onPinned(i, p),
        onViewChange: (v) => {
          host.dataset.view = `${v.k.toFixed(5)},${v.x.toFixed(2)},${v.y.toFixed(2)}`;
          latest.current.onViewChange(v);
        },
        onError: (m) => latest.current.onError(m),
      },
      { palette: readPalette(element), font: fontOf(element), reducedMotion: reduced?.matches ?? false },
    );
    controller.current = map;
    onControllerRef.current(map);

    const measure = () => {
      const rect = host.getBoundingClientRect();
      map.resize(rect.width, rect.height, window.devicePixelRatio || 1);
    };
    // The observer reports the first size too, after the browser's own layout; measuring
    // here instead forced that layout inside the task that mounts the map (7-15 ms at 10k).
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    if (observer) observer.observe(host);
    else measure();
    const onTheme = () => map.setPalette(readPalette(element), fontOf(element));
    const onMotion = () => map.setReducedMotion(reduced?.matches ?? false);
    dark?.addEventListener('change', onTheme);
    reduced?.addEventListener('change', onMotion);
    return () => {
      observer?.disconnect();
      dark?.removeEventListener('change', onTheme);
      reduced?.removeEventListener('change', onMotion);
      map.destroy();
      controller.current = null;
      onControllerRef.current(null);
    };
  }, []);

  useEffect(() => {
    controller.current?.setView(view);
  }, [view]);

  useEffect(() => {
    const positions = saved.positions;
    const pinned = new Set(saved.pinned);
    // A task of its own, not the one that mounted the view: placing, styling and fitting a
    // large garden takes tens of milliseconds, and added to the mount it made one long task.
    const timer = setTimeout(() => controller.current?.setGraph(data, (id) => positions[id], pinned), 0);
    return () => clearTimeout(timer);
  }, [data, saved]);

  useEffect(() => {
    controller.current?.select(selected);
  }, [selected]);

  return (
    <div
      ref={stage}
      className="graph-stage"
      tabIndex={0}
      role="application"
      aria-roledescription="garden map"
      aria-label="Garden map. Arrow keys or Tab move between plants, Enter opens one, Escape lets go, Home goes to you, L shows the local graph of the selected plant; + and − zoom, 0 shows everything; / finds a plant."
      data-testid="graph-stage"
      data-layout={layoutState}
      onKeyDown={onKeyDown}
    >
      <canvas ref={canvas} className="graph-canvas" data-testid="graph-canvas" aria-hidden="true" />
      {children}
    </div>
  );
}
