/**
 * The garden map view: toolbar (search, colour and size, filters), the map with its legend,
 * the selected plant and a hover card, the needs-watering panel beside it, and the map in
 * words for screen readers. Pure logic lives in ../../graph (view-model, layout, painter);
 * this file wires it to the garden and to the keyboard.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { GardenSnapshot } from '../../../../shared/api';
import { ClientError } from '../../api/client';
import { useClient } from '../../api/ClientContext';
import { useNotices } from '../../app/notices';
import { isTextField } from '../../commands/keyboard';
import { useCommands, type Command } from '../../commands/registry';
import { HEALTH_LABELS } from '../../components/labels';
import { nearestInDirection, type Direction } from '../../graph/keyboard-nav';
import { runSliced } from '../../graph/sliced';
import { layoutTextSteps, sameLayoutText, type LayoutText } from '../../../../shared/graph/layout-input';
import type { MapCallbacks, MapController } from '../../graph/map-controller';
import { DEFAULT_FORCES, DEFAULT_GRAPH_OPTIONS, type ForceSettings, type GraphData, type GraphNode, type GraphOptions } from '../../../../shared/graph/model';
import { snapshotAsOf, timeRange } from '../../../../shared/graph/time-travel';
import type { IsoDate } from '../../../../shared/types';
import { navigate } from '../../router/navigate';
import { noteHref, seedHref } from '../../router/routes';
import '../../styles/graph.css';
import { DepthSelect } from './DepthSelect';
import { DiversityPanel } from './DiversityPanel';
import { ForceControls } from './ForceControls';
import { ColourAndSize, GraphFilters } from './GraphFilters';
import { GraphLegend } from './GraphLegend';
import { MapCanvas } from './MapCanvas';
import { MapExport } from './MapExport';
import { MapPlantList } from './MapPlantList';
import { MapSearch } from './MapSearch';
import { NeedsWatering } from './NeedsWatering';
import { PlantCard } from './PlantCard';
import { SavedViews } from './SavedViews';
import { TimeSlider } from './TimeSlider';
import { useSavedLayout } from './useSavedLayout';
import { useSlicedGraph } from './useSlicedGraph';
import { viewFor } from './view-cache';

const COLOUR_TITLES: Record<GraphOptions['colourBy'], string> = { health: 'health', kind: 'kind', circle: 'circle', groups: 'tag groups' };
const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** What the toolbar and panels work on while the first graph is being built. */
function emptyGraph(today: IsoDate): GraphData {
  return { today, nodes: [], edges: [], indexById: new Map(), platforms: [], tags: [], topologyKey: 'empty' };
}

function useReducedMotion(): boolean {
  const query = useMemo(() => (typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-reduced-motion: reduce)') : null), []);
  const [reduced, setReduced] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const onChange = () => setReduced(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [query]);
  return reduced;
}

/** Orders as localeCompare does, several times faster over a 50k-plant map's titles. */
const byTitle = new Intl.Collator();

export function GardenMap({ snapshot, epoch }: { snapshot: GardenSnapshot; epoch: number }) {
  const client = useClient();
  const { report, warn } = useNotices();
  const saved = useSavedLayout(epoch);
  const [options, setOptions] = useState<GraphOptions>(DEFAULT_GRAPH_OPTIONS);
  const [forces, setForces] = useState<ForceSettings>(DEFAULT_FORCES);
  const [viewName, setViewName] = useState<string | null>(null);
  const [side, setSide] = useState<'watering' | 'diversity'>('watering');
  // The time slider: null is today, the living garden.
  const [asOf, setAsOf] = useState<IsoDate | null>(null);
  const [playing, setPlaying] = useState(false);
  const reducedMotion = useReducedMotion();
  const range = useMemo(() => timeRange(snapshot), [snapshot]);
  const shown = useMemo(() => (asOf === null ? snapshot : snapshotAsOf(snapshot, asOf)), [snapshot, asOf]);
  // Built in slices on a large garden; until the first graph is ready the map says it is opening.
  const built = useSlicedGraph(shown);
  const empty = useMemo(() => emptyGraph(shown.today), [shown.today]);
  const data = built ?? empty;
  const view = useMemo(() => viewFor(data, options), [data, options]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [hover, setHover] = useState<{ index: number; at: [number, number] } | null>(null);
  const [layoutState, setLayoutState] = useState<'running' | 'settled'>('running');
  const [listPositions, setListPositions] = useState<Float32Array | null>(null);
  // What the user pinned this session; until then, what the saved layout says.
  const [pinnedNow, setPinned] = useState<ReadonlySet<string> | null>(null);
  const pinned = useMemo(() => pinnedNow ?? new Set(saved?.pinned ?? []), [pinnedNow, saved]);
  const [map, setMap] = useState<MapController | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const lastSaved = useRef<LayoutText | null>(null);
  const saving = useRef<AbortController | null>(null);
  const breathed = useRef(false);
  const leaveOnTab = useRef(false);

  const selected = selectedId === null ? -1 : (data.indexById.get(selectedId) ?? -1);
  const selectedNode = selected >= 0 ? data.nodes[selected] : undefined;

  // Tab order: what needs care first, then by title.
  const tabOrder = useMemo(
    () =>
      data.nodes
        .filter((n) => view.visible[n.index])
        .sort((a, b) => (a.kind === 'you' ? -1 : b.kind === 'you' ? 1 : 0) || (a.urgency ?? 99) - (b.urgency ?? 99) || byTitle.compare(a.label, b.label))
        .map((n) => n.index),
    [data, view],
  );

  const saveLayout = useCallback(
    (positions: Float32Array) => {
      // In the past the map holds only part of the garden: saving would forget the rest.
      if (!map || asOf !== null) return;
      const pinned = map.pinnedIds();
      // A copy: the controller hands its buffers back to the layout worker, which would take this one.
      const at = positions.slice();
      // Written out as JSON text in slices after the frame that settled the map, and sent in
      // a task of its own: at 50k plants, gathering the layout as an object and serialising
      // it for the door was a 50-70 ms task. A newer save replaces one still being written.
      saving.current?.abort();
      const abort = new AbortController();
      saving.current = abort;
      const send = (layout: LayoutText) => {
        if (abort.signal.aborted || (lastSaved.current && sameLayoutText(layout, lastSaved.current))) return;
        lastSaved.current = layout;
        setTimeout(() => {
          client.call('layout.save', layout).catch((error: unknown) => {
            if (error instanceof ClientError && error.code === 'read-only') warn('This garden opened read-only, so the map’s layout is not saved.');
            else report(error);
          });
        }, 0);
      };
      setTimeout(() => {
        if (abort.signal.aborted) return;
        const started = runSliced(layoutTextSteps(data, at, pinned), abort.signal);
        if (started.done) send(started.value);
        else void started.value.then(send);
      }, 0);
    },
    [client, data, map, report, warn, asOf],
  );

  const open = useCallback(
    (node: GraphNode | undefined) => {
      if (!node) return;
      if (node.path) navigate(noteHref(node.path));
      else if (node.seedTarget) navigate(seedHref(node.seedTarget));
      else setSelectedId(node.id);
    },
    [],
  );

  const focusOn = useCallback(
    (index: number) => {
      const node = data.nodes[index];
      if (!node) return;
      setSelectedId(node.id);
      map?.flyTo(index);
    },
    [data, map],
  );

  // Forces reach the layout; a change (not the first render) lays the garden out again.
  const forcesApplied = useRef<ForceSettings | null>(null);
  useEffect(() => {
    if (!map) return;
    const first = forcesApplied.current === null;
    if (!first && forcesApplied.current === forces) return;
    forcesApplied.current = forces;
    map.setForces(forces, !first);
  }, [map, forces]);

  // Entering, leaving or deepening the local graph shows all of it.
  useEffect(() => {
    map?.fit();
  }, [map, options.focus, options.depth]);

  const changeOptions = useCallback((next: GraphOptions | ((o: GraphOptions) => GraphOptions)) => {
    setOptions(next);
    setViewName(null);
  }, []);

  const localGraph = useCallback(
    (id: string | null) => changeOptions((o) => ({ ...o, focus: id, depth: o.focus === null ? 1 : o.depth })),
    [changeOptions],
  );

  const events: MapCallbacks = {
    onHover: (index, at) => setHover(index >= 0 && at ? { index, at } : null),
    onOpen: (index) => open(data.nodes[index]),
    onSettled: (positions) => {
      setListPositions(positions.slice());
      saveLayout(positions);
    },
    onLayoutState: (state) => {
      setLayoutState(state);
      if (state === 'settled' && map) {
        setListPositions(map.currentPositions().slice());
        if (!breathed.current) {
          breathed.current = true;
          map.breathe();
        }
      }
    },
    onPinned: (index, positions) => {
      setPinned(new Set(map?.pinnedIds() ?? []));
      setSelectedId(data.nodes[index]?.id ?? null);
      saveLayout(positions);
    },
    onViewChange: () => setHover(null),
    onError: (message) => warn(`The map’s layout stopped: ${message}`),
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || !map) return;
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      const from = selected >= 0 ? selected : 0;
      const next = selected >= 0 ? nearestInDirection(map.currentPositions(), view.visible, from, direction) : 0;
      if (next >= 0) focusOn(next);
      return;
    }
    switch (event.key) {
      case 'Tab': {
        if (leaveOnTab.current) {
          leaveOnTab.current = false;
          return;
        }
        const at = tabOrder.indexOf(selected);
        const next = event.shiftKey ? (at === -1 ? -1 : at - 1) : at + 1;
        if (next < 0 || next >= tabOrder.length) {
          setSelectedId(null);
          return;
        }
        event.preventDefault();
        focusOn(tabOrder[next] as number);
        return;
      }
      case 'Enter':
        if (selectedNode) {
          event.preventDefault();
          open(selectedNode);
        }
        return;
      case 'Escape':
        setSelectedId(null);
        leaveOnTab.current = true;
        return;
      case '+':
      case '=':
        map.zoomBy(1.4);
        return;
      case '-':
        map.zoomBy(1 / 1.4);
        return;
      case '0':
        map.fit();
        return;
      case 'l':
      case 'L':
        // The local graph of the selected plant, or back to the whole garden.
        if (options.focus !== null) localGraph(null);
        else if (selectedNode) localGraph(selectedNode.id);
        return;
      case 'Home':
        event.preventDefault();
        focusOn(0);
        return;
    }
  };

  // '/' finds a plant, unless the user is typing somewhere.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTextField(event.target)) return;
      event.preventDefault();
      searchInput.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const commandList = useMemo<Command[]>(
    () => [
      { id: 'graph.find', title: 'Garden map: find a plant', run: () => searchInput.current?.focus() },
      { id: 'graph.fit', title: 'Garden map: show everything', run: () => map?.fit() },
      {
        id: 'graph.show-all',
        title: 'Garden map: clear the filters',
        run: () => changeOptions((o) => ({ ...DEFAULT_GRAPH_OPTIONS, colourBy: o.colourBy, sizeBy: o.sizeBy, groups: o.groups })),
      },
      { id: 'graph.today', title: 'Garden map: back to today', run: () => setAsOf(null) },
      { id: 'graph.whole', title: 'Garden map: the whole garden (leave the local graph)', run: () => localGraph(null) },
    ],
    [map, changeOptions, localGraph],
  );
  useCommands(commandList);

  const hovered = hover ? data.nodes[hover.index] : undefined;
  const focusNode = options.focus === null ? undefined : data.nodes[data.indexById.get(options.focus) ?? -1];
  const plantCount = data.nodes.filter((n) => n.path !== null).length;
  const shownPlants = data.nodes.filter((n) => n.path !== null && view.visible[n.index]).length;
  const announcement = selectedNode
    ? `${selectedNode.label}${selectedNode.state && selectedNode.kind !== 'seed' ? `, ${HEALTH_LABELS[selectedNode.state].toLowerCase()}` : ''}. ${selectedNode.reason}`
    : '';

  return (
    <section className="graph-view" aria-labelledby="graph-heading">
      <header className="graph-header">
        <h1 id="graph-heading">Garden map</h1>
        <span className="graph-count" data-testid="graph-count">
          {!built ? `${shown.plants.length} plants` : shownPlants === plantCount ? `${plantCount} plants` : `${shownPlants} of ${plantCount} plants`}
        </span>
        <div className="graph-toolbar" role="toolbar" aria-label="Map controls">
          <MapSearch
            data={data}
            view={view}
            value={options.search}
            onChange={(search) => changeOptions((o) => ({ ...o, search }))}
            onChoose={(node) => {
              changeOptions((o) => ({ ...o, search: '' }));
              focusOn(node.index);
            }}
            inputRef={searchInput}
          />
          <ColourAndSize options={options} onChange={changeOptions} />
          <GraphFilters options={options} onChange={changeOptions} platforms={data.platforms} tags={data.tags} />
          <ForceControls forces={forces} onChange={(f) => { setForces(f); setViewName(null); }} />
          <SavedViews
            options={options}
            forces={forces}
            current={viewName}
            onApply={(o, f, name) => {
              setOptions(o);
              setForces(f);
              setViewName(name);
            }}
          />
          <MapExport data={data} view={view} map={map} gardenName={snapshot.name} />
        </div>
        {focusNode && (
          <div className="graph-local" role="group" aria-label="Local graph" data-testid="graph-local">
            <span>
              Local graph of <strong>{focusNode.label}</strong>
            </span>
            <DepthSelect testId="graph-depth" value={options.depth} onChange={(depth) => changeOptions((o) => ({ ...o, depth }))} />
            <button type="button" className="graph-button" data-testid="graph-local-clear" onClick={() => localGraph(null)}>
              Whole garden
            </button>
          </div>
        )}
      </header>
      <div className="graph-body">
        <div className="graph-main">
          {saved && built ? (
            <MapCanvas
              data={data}
              view={view}
              saved={saved}
              selected={selected}
              events={events}
              onController={setMap}
              onKeyDown={onKeyDown}
              layoutState={layoutState}
            >
              {layoutState === 'running' && <span className="graph-status">Laying out the garden…</span>}
              <div className="graph-zoom">
                <button type="button" className="graph-button" aria-label="Zoom in" onClick={() => map?.zoomBy(1.4)}>
                  +
                </button>
                <button type="button" className="graph-button" aria-label="Zoom out" onClick={() => map?.zoomBy(1 / 1.4)}>
                  −
                </button>
                <button type="button" className="graph-button" onClick={() => map?.fit()} data-testid="graph-fit">
                  Fit
                </button>
              </div>
              {selectedNode && (
                <PlantCard
                  node={selectedNode}
                  pinned={pinned.has(selectedNode.id)}
                  onUnpin={() => {
                    map?.unpin(selectedNode.index);
                    setPinned(new Set(map?.pinnedIds() ?? []));
                  }}
                  onCentre={() => map?.flyTo(selectedNode.index)}
                  local={options.focus === selectedNode.id}
                  onLocal={() => localGraph(options.focus === selectedNode.id ? null : selectedNode.id)}
                  onClose={() => setSelectedId(null)}
                />
              )}
              {hovered && hover && (
                <div className="graph-tooltip" style={{ left: Math.min(hover.at[0] + 14, 9999), top: hover.at[1] + 14 }} role="presentation">
                  <strong>{hovered.label}</strong>
                  <span className="muted">
                    {hovered.kind === 'you' ? 'You' : hovered.kind}
                    {hovered.state && hovered.kind !== 'seed' ? ` · ${HEALTH_LABELS[hovered.state].toLowerCase()}` : ''}
                  </span>
                  {hovered.reason && <p>{hovered.reason}</p>}
                </div>
              )}
            </MapCanvas>
          ) : (
            <div className="graph-stage" data-testid="graph-stage" data-layout="loading">
              <span className="graph-status">Opening the map…</span>
            </div>
          )}
          <TimeSlider
            first={range.first}
            last={range.last}
            value={asOf}
            onChange={setAsOf}
            playing={playing}
            onPlaying={setPlaying}
            reducedMotion={reducedMotion}
          />
          <GraphLegend colours={view.legend} colourTitle={COLOUR_TITLES[options.colourBy]} />
        </div>
        <aside className="graph-side" aria-label={side === 'watering' ? 'Needs watering' : 'Diversity of sources'}>
          <div className="graph-side-tabs" role="tablist" aria-label="Beside the map">
            <button type="button" role="tab" aria-selected={side === 'watering'} data-testid="side-watering" onClick={() => setSide('watering')}>
              Needs watering
            </button>
            <button type="button" role="tab" aria-selected={side === 'diversity'} data-testid="side-diversity" onClick={() => setSide('diversity')}>
              Diversity
            </button>
          </div>
          {side === 'diversity' ? (
            <DiversityPanel
              snapshot={shown}
              activeTag={options.tag}
              onShowTopic={(tag) => changeOptions((o) => ({ ...o, tag }))}
              onShowPlant={(path) => {
                const index = data.indexById.get(path);
                if (index === undefined) return;
                if (!view.visible[index]) changeOptions((o) => ({ ...DEFAULT_GRAPH_OPTIONS, colourBy: o.colourBy, sizeBy: o.sizeBy, groups: o.groups }));
                focusOn(index);
              }}
            />
          ) : (
          <NeedsWatering
            plants={snapshot.plants}
            current={selectedNode?.path ?? null}
            onShow={(path) => {
              const index = data.indexById.get(path);
              if (index === undefined) return;
              if (!view.visible[index]) changeOptions((o) => ({ ...DEFAULT_GRAPH_OPTIONS, colourBy: o.colourBy, sizeBy: o.sizeBy, groups: o.groups }));
              focusOn(index);
            }}
          />
          )}
        </aside>
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="graph-announce">
        {announcement}
      </p>
      <MapPlantList data={data} view={view} positions={listPositions} pinned={pinned} />
    </section>
  );
}
