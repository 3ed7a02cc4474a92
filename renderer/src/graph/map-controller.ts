/**
 * The garden map on a canvas, outside React: owns the layout engine, the zoom behaviour,
 * hit-testing, and when to paint. React hands it data and choices and hears back what the
 * user did (hover, open, drag).
 *
 * Painting is on demand: a frame is requested only when something changed (positions, the
 * view, the colours, the pointer), and the requestAnimationFrame loop stops as soon as
 * nothing is left to do, so a settled map costs no CPU. The base layer is cached: while
 * panning or zooming a large garden, a frame is one copy of that bitmap plus the overlay,
 * and the base is painted again, crisp, once the gesture pauses. When a base takes longer
 * than a frame, it is painted in slices between frames into a back buffer, so no task
 * blocks the page.
 */
import { interpolateZoom } from 'd3-interpolate';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { HitTester } from './hit-test';
import { PaintPacer } from './paint-pacer';
import { runSliced } from './sliced';
import { createLayoutEngine, type LayoutEngine, type LayoutListener } from './layout-engine';
import { layoutInitSteps, type PositionLookup } from '../../../shared/graph/layout-input';
import type { LayoutInit } from '../../../shared/graph/layout-types';
import type { LayoutStats } from './layout-protocol';
import type { ForceSettings, GraphData, GraphView } from '../../../shared/graph/model';
import type { Palette } from './palette';
import {
  PlanBuilder, buildStyleIndex, buildStyleIndexSteps, neighbourhood, withLabelOrder, paintOverlay, planBase, runPlan, type BasePlan, type Highlight, type PaintContext, type PaintScene,
  type StyleIndex,
} from './painter';
import { shapeExtent } from '../../../shared/graph/shapes';
import { MAX_ZOOM, MIN_ZOOM, bounds, centreOn, fitView, toScreen, toWorld, type View } from './viewport';

export interface MapCallbacks {
  /** The node under the pointer changed (-1: none). */
  onHover(index: number, screen: [number, number] | null): void;
  /** A node was clicked (not dragged). */
  onOpen(index: number): void;
  /** The layout cooled after moving: time to save positions. */
  onSettled(positions: Float32Array): void;
  /** The layout is running, or has settled. */
  onLayoutState(state: 'running' | 'settled'): void;
  /** A node was dragged and dropped: it is pinned there now. */
  onPinned(index: number, positions: Float32Array): void;
  /** The view moved (reported at most once per frame). */
  onViewChange(view: View): void;
  onError(message: string): void;
}

export interface MapSettings {
  palette: Palette;
  font: string;
  reducedMotion: boolean;
  /** Injected in tests and the bench; the app uses a worker. */
  createEngine?: (listener: LayoutListener) => LayoutEngine;
}

/** A base that took less than this is painted again every frame rather than copied. */
const CHEAP_PAINT_MS = 10;
/** Slice of a frame a progressive base paint may use. */
const PAINT_SLICE_MS = 6;
/** After a pan or zoom pauses this long, the base is painted again at the new view. */
const SETTLE_VIEW_MS = 140;
const BREATH_MS = 2400;
const BREATHS = 3;
const FLY_MS = 650;
const DRAG_THRESHOLD_PX = 4;

type FrameRequest = (callback: FrameRequestCallback) => number;

export class MapController {
  private readonly ctx: CanvasRenderingContext2D | null;
  /** The base bitmap and its back buffer trade places when a progressive paint finishes. */
  private base: HTMLCanvasElement;
  private back: HTMLCanvasElement;
  private baseCtx: CanvasRenderingContext2D | null;
  private backCtx: CanvasRenderingContext2D | null;
  private readonly engine: LayoutEngine;
  private readonly zoomBehavior: ZoomBehavior<HTMLCanvasElement, unknown>;
  private readonly selection: Selection<HTMLCanvasElement, unknown, null, undefined>;
  private readonly hits: HitTester;
  private readonly raf: FrameRequest;
  private readonly cancelRaf: (handle: number) => void;

  private data: GraphData | null = null;
  private graphView: GraphView | null = null;
  private style: StyleIndex | null = null;
  private positions: Float32Array = new Float32Array(0);
  private positionsVersion = 0;
  private styleVersion = 0;
  private paletteVersion = 0;
  private width = 0;
  private height = 0;
  private dpr = 1;
  private view: View = { k: 1, x: 0, y: 0 };
  private viewVersion = 0;
  private reportedView = '';

  /** What the base bitmap shows. */
  private baseKey = '';
  /** What the visible canvas shows: base, content, view and focus (see paintFrame). */
  private composited = '';
  private baseView: View = { k: 1, x: 0, y: 0 };
  private basePositions: Float32Array = new Float32Array(0);
  private progressive: { builder: PlanBuilder; plan: BasePlan | null; key: string; spent: number } | null = null;
  /** How long the last whole base took to paint; unknown (∞) until one has been painted. */
  private lastPaintMs = Number.POSITIVE_INFINITY;
  private lastGesture = -Infinity;
  private settleTimer: ReturnType<typeof setTimeout> | null = null;

  private frameHandle: number | null = null;
  private destroyed = false;
  private userMoved = false;
  private layoutRunning = false;
  private ticksAtSave = 0;

  private hovered = -1;
  private selected = -1;
  private highlightCache: { key: string; nodes: number[]; edges: number[] } | null = null;
  private pinned = new Set<string>();
  /** Every position seen this session, by id: plants hidden by the time slider come back where they were. */
  private readonly memory = new Map<string, [number, number]>();
  private forces: Partial<ForceSettings> = {};
  private drag: { index: number; pointerId: number; startX: number; startY: number; moved: boolean } | null = null;
  private pulseStart = -1;
  private flight: { from: View; to: View; start: number } | null = null;

  /** Counters for tests and the bench. */
  readonly stats = { frames: 0, basePaints: 0, slices: 0, lastPlan: { nodeCount: 0, edgeCount: 0, labelCount: 0 }, layout: null as LayoutStats | null };

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly callbacks: MapCallbacks,
    private settings: MapSettings,
  ) {
    this.ctx = canvas.getContext('2d');
    this.base = canvas.ownerDocument.createElement('canvas');
    this.back = canvas.ownerDocument.createElement('canvas');
    // The base and back buffer are read (one pixel, to rasterise a chunk inside its slice), so
    // they are kept in the page's own memory: otherwise Chromium rasterises them elsewhere and
    // that read waited on it, once for ~100 ms while the other core was busy with the layout.
    this.baseCtx = this.ctx ? this.base.getContext('2d', { willReadFrequently: true }) : null;
    this.backCtx = this.ctx ? this.back.getContext('2d', { willReadFrequently: true }) : null;
    const win = canvas.ownerDocument.defaultView;
    this.raf = win?.requestAnimationFrame ? win.requestAnimationFrame.bind(win) : (cb) => setTimeout(() => cb(performance.now()), 16) as unknown as number;
    this.cancelRaf = win?.cancelAnimationFrame ? win.cancelAnimationFrame.bind(win) : (h) => clearTimeout(h);
    this.hits = new HitTester((i) => this.reach(i));

    this.engine = (settings.createEngine ?? createLayoutEngine)({
      onFrame: (positions, stats, settled) => this.onLayoutFrame(positions, stats, settled),
      onError: (message) => callbacks.onError(message),
    });

    this.zoomBehavior = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([MIN_ZOOM, MAX_ZOOM])
      .filter((event: Event) => {
        if (event.type === 'wheel') return true;
        const mouse = event as MouseEvent;
        if (mouse.button) return false;
        return this.nodeAtEvent(mouse) === -1;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
        const t = event.transform;
        this.view = { k: t.k, x: t.x, y: t.y };
        this.viewVersion += 1;
        if (event.sourceEvent) {
          this.userMoved = true;
          this.flight = null;
          this.interacted();
        }
        this.lastGesture = performance.now();
        this.request();
      });
    this.selection = select(canvas);
    this.selection.call(this.zoomBehavior).on('dblclick.zoom', null);

    canvas.addEventListener('pointerdown', this.onPointerDown);
    canvas.addEventListener('pointermove', this.onPointerMove);
    canvas.addEventListener('pointerup', this.onPointerUp);
    canvas.addEventListener('pointercancel', this.onPointerCancel);
    canvas.addEventListener('pointerleave', this.onPointerLeave);
  }

  // ---- inputs from React ---------------------------------------------------------------------

  /**
   * A new garden shape: (re)starts the layout from the positions known (this session's
   * first, then `saved`). The same shape again only refreshes what the nodes carry.
   */
  setGraph(data: GraphData, saved: PositionLookup, pinned: ReadonlySet<string>): void {
    const previous = this.data;
    if (previous && previous.topologyKey === data.topologyKey && previous.nodes.length === data.nodes.length) {
      this.data = data;
      this.request();
      return;
    }
    this.remember();
    this.pinned = new Set(pinned);
    const known: PositionLookup = (id) => this.memory.get(id) ?? saved(id);
    this.data = data;
    // Unknown until the layout's input is made (nothing is painted meanwhile, see scene()).
    this.positions = new Float32Array(data.nodes.length * 2).fill(Number.NaN);
    this.positionsVersion += 1;
    this.hovered = -1;
    this.selected = -1;
    this.highlightCache = null;
    // Styled in a task of its own (nothing is painted until then): with the placing above
    // and the worker's start, a 50k garden's style index made setGraph one 150 ms task.
    this.style = null;
    this.styleSoon();
    this.startLayout(data, known, true);
  }

  /** New force settings: the garden is laid out again with them (pinned plants stay put). */
  setForces(forces: Partial<ForceSettings>, relayout = true): void {
    this.forces = { ...forces };
    const data = this.data;
    if (!data || !relayout) return;
    this.remember();
    this.startLayout(data, (id) => this.memory.get(id), false, 0.6);
  }

  /** The layout input being made for a new start (see startLayout); `fresh`: for a new graph, whose positions it brings. */
  private placing: { abort: AbortController; fresh: boolean } | null = null;

  /**
   * Makes the layout's input in slices (layoutInitSteps; at once for a small garden) and then
   * starts the worker on it. A newer start, or a newer graph, replaces a pending one.
   */
  private startLayout(data: GraphData, known: PositionLookup, fresh: boolean, reheat?: number): void {
    this.placing?.abort.abort();
    const abort = new AbortController();
    const placing = { abort, fresh };
    this.placing = placing;
    this.layoutRunning = true;
    this.ticksAtSave = 0;
    this.callbacks.onLayoutState('running');
    const begin = (init: LayoutInit) => {
      // A newer start replaced this one (the same graph refreshed in place keeps it).
      if (this.placing !== placing || this.destroyed) return;
      this.placing = null;
      if (fresh) {
        this.positions = new Float32Array(init.positions);
        this.positionsVersion += 1;
        this.highlightCache = null;
        if (!this.userMoved) this.fit(false);
      }
      this.engine.start(init);
      this.request();
    };
    const started = runSliced(layoutInitSteps(data, known, this.pinned, this.forces, reheat), abort.signal);
    if (started.done) begin(started.value);
    else void started.value.then(begin);
  }

  private remember(): void {
    const data = this.data;
    if (!data) return;
    for (const node of data.nodes) {
      const x = this.positions[node.index * 2];
      const y = this.positions[node.index * 2 + 1];
      if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)) this.memory.set(node.id, [x, y]);
    }
  }

  private styleTimer: ReturnType<typeof setTimeout> | null = null;

  /** Stops the styling `styleSoon` started (a newer graph or view came, or the map closed). */
  private styling: AbortController | null = null;

  /**
   * Styles the new graph from the next task on, in slices (runSliced), and ranks its labels
   * in the task after: at 50k plants the style index alone was a 40-60 ms task.
   */
  private styleSoon(): void {
    this.stopStyling();
    const abort = new AbortController();
    this.styling = abort;
    this.styleTimer = setTimeout(() => {
      this.styleTimer = null;
      const { data, graphView } = this;
      if (abort.signal.aborted || !data || !graphView || graphView.visible.length !== data.nodes.length) return;
      const current = () => !abort.signal.aborted && this.data === data && this.graphView === graphView;
      const rankLabels = (style: StyleIndex) => {
        if (!current()) return;
        this.applyStyle(style);
        this.styleTimer = setTimeout(() => {
          this.styleTimer = null;
          if (this.style && current()) this.applyStyle(withLabelOrder(this.style, data, graphView));
        }, 0);
      };
      const started = runSliced(buildStyleIndexSteps(data, graphView, { labels: false }), abort.signal);
      if (started.done) rankLabels(started.value);
      else void started.value.then(rankLabels);
    }, 0);
  }

  private stopStyling(): void {
    if (this.styleTimer !== null) clearTimeout(this.styleTimer);
    this.styleTimer = null;
    this.styling?.abort();
    this.styling = null;
  }

  private applyStyle(style: StyleIndex): void {
    this.style = style;
    this.styleVersion += 1;
    this.highlightCache = null;
    this.request();
  }

  setView(view: GraphView): void {
    this.graphView = view;
    if (this.data && view.visible.length === this.data.nodes.length) {
      this.stopStyling();
      this.style = buildStyleIndex(this.data, view);
      this.styleVersion += 1;
      this.highlightCache = null;
      if (this.hovered >= 0 && !view.visible[this.hovered]) this.hovered = -1;
    }
    this.request();
  }

  setPalette(palette: Palette, font: string): void {
    this.settings = { ...this.settings, palette, font };
    this.paletteVersion += 1;
    this.request();
  }

  setReducedMotion(reduced: boolean): void {
    this.settings = { ...this.settings, reducedMotion: reduced };
    if (reduced) this.pulseStart = -1;
    this.request();
  }

  resize(width: number, height: number, dpr: number): void {
    if (width === this.width && height === this.height && dpr === this.dpr) return;
    this.width = Math.max(0, Math.floor(width));
    this.height = Math.max(0, Math.floor(height));
    this.dpr = dpr;
    for (const c of [this.canvas, this.base, this.back]) {
      c.width = Math.max(1, Math.round(this.width * dpr));
      c.height = Math.max(1, Math.round(this.height * dpr));
    }
    this.baseKey = '';
    // Setting a canvas's size clears it.
    this.composited = '';
    this.cold = [this.backCtx, this.baseCtx, this.ctx].filter((c) => c !== null);
    this.warmOne();
    if (!this.userMoved) this.fit(false);
    this.request();
  }

  /**
   * Fills the next freshly sized canvas with the map's background; false when none is left.
   * The first draw on a canvas just sized cost 12-15 ms each in Chromium here (measured before
   * the buffers became CPU canvases; the visible one still is not): paid one canvas a frame
   * before painting starts, so it never adds to a paint slice (three of them in the first
   * frames made the layout's first long task).
   */
  private warmOne(): boolean {
    const ctx = this.cold.pop();
    if (!ctx) return false;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = this.settings.palette.colour('graph-bg');
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    return true;
  }

  select(index: number): void {
    this.selected = index;
    this.highlightCache = null;
    this.interacted();
    this.request();
  }

  /** Centres a node, zooming in enough to read it (animated unless motion is reduced). */
  flyTo(index: number): void {
    const x = this.positions[index * 2];
    const y = this.positions[index * 2 + 1];
    if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y) || this.width === 0) return;
    const k = Math.max(this.view.k, 1.4);
    const to = centreOn(x, y, k, this.width, this.height);
    this.userMoved = true;
    this.interacted();
    if (this.settings.reducedMotion) this.applyView(to);
    else this.flight = { from: { ...this.view }, to, start: performance.now() };
    this.request();
  }

  /** Shows every visible plant. */
  fit(animate = true): void {
    const gv = this.graphView;
    if (!this.data || this.width === 0) return;
    const rect = bounds(this.positions, (i) => !gv || gv.visible[i] === 1);
    if (!rect) return;
    const pad = Math.max(12, Math.min(this.width, this.height) * 0.06);
    // Labels sit beside their plant, on the side away from you, in screen pixels: leave them room.
    const labelRoom = Math.min(150, this.width * 0.16);
    const to = fitView({ x0: rect.x0 - 10, y0: rect.y0 - 10, x1: rect.x1 + 10, y1: rect.y1 + 10 }, this.width, this.height, pad, 1.6, labelRoom);
    if (animate && !this.settings.reducedMotion) this.flight = { from: { ...this.view }, to, start: performance.now() };
    else this.applyView(to);
    this.request();
  }

  zoomBy(factor: number): void {
    this.userMoved = true;
    this.interacted();
    this.zoomBehavior.scaleBy(this.selection, factor, [this.width / 2, this.height / 2]);
  }

  unpin(index: number): void {
    const node = this.data?.nodes[index];
    if (!node) return;
    this.pinned.delete(node.id);
    this.engine.unpin(index);
    this.layoutRunning = true;
    this.callbacks.onLayoutState('running');
  }

  isPinned(index: number): boolean {
    const node = this.data?.nodes[index];
    return node ? this.pinned.has(node.id) : false;
  }

  pinnedIds(): ReadonlySet<string> {
    return this.pinned;
  }

  currentPositions(): Float32Array {
    return this.positions;
  }

  currentView(): View {
    return { ...this.view };
  }

  screenPosition(index: number): [number, number] | null {
    const x = this.positions[index * 2];
    const y = this.positions[index * 2 + 1];
    if (x === undefined || y === undefined || !Number.isFinite(x)) return null;
    return toScreen(this.view, x, y);
  }

  nodeAt(sx: number, sy: number): number {
    const gv = this.graphView;
    if (!gv || !this.data || gv.visible.length !== this.data.nodes.length) return -1;
    const [wx, wy] = toWorld(this.view, sx, sy);
    return this.hits.find(this.positions, gv.visible, this.positionsVersion * 1e6 + this.styleVersion, wx, wy, 3 / this.view.k);
  }

  destroy(): void {
    this.destroyed = true;
    this.stopStyling();
    this.placing?.abort.abort();
    this.engine.destroy();
    if (this.frameHandle !== null) this.cancelRaf(this.frameHandle);
    if (this.settleTimer !== null) clearTimeout(this.settleTimer);
    this.selection.on('.zoom', null);
    this.canvas.removeEventListener('pointerdown', this.onPointerDown);
    this.canvas.removeEventListener('pointermove', this.onPointerMove);
    this.canvas.removeEventListener('pointerup', this.onPointerUp);
    this.canvas.removeEventListener('pointercancel', this.onPointerCancel);
    this.canvas.removeEventListener('pointerleave', this.onPointerLeave);
  }

  /** Starts the gentle breathing of the most urgent plants (never under reduced motion). */
  breathe(): void {
    if (this.settings.reducedMotion) return;
    this.pulseStart = performance.now();
    this.request();
  }

  // ---- layout frames -------------------------------------------------------------------------

  private onLayoutFrame(positions: Float32Array, stats: LayoutStats, settled: boolean): void {
    if (this.destroyed) return;
    this.stats.layout = stats;
    if (positions.length === this.positions.length) {
      // A node held under the pointer stays where the pointer is.
      const held = this.drag?.moved ? this.drag.index : -1;
      const hx = held >= 0 ? this.positions[held * 2] : 0;
      const hy = held >= 0 ? this.positions[held * 2 + 1] : 0;
      this.positions.set(positions);
      if (held >= 0) {
        this.positions[held * 2] = hx as number;
        this.positions[held * 2 + 1] = hy as number;
      }
      this.positionsVersion += 1;
      this.highlightCache = null;
    }
    if (!settled) {
      // Handed back on the next animation frame: the worker posts at most once per frame.
      this.pendingReturn = positions;
      if (!this.layoutRunning) {
        this.layoutRunning = true;
        this.callbacks.onLayoutState('running');
      }
    } else {
      this.layoutRunning = false;
      this.callbacks.onLayoutState('settled');
      if (stats.ticks > this.ticksAtSave) {
        this.ticksAtSave = stats.ticks;
        this.callbacks.onSettled(this.positions);
      }
    }
    if (!this.userMoved) this.fit(false);
    this.request();
  }

  private pendingReturn: Float32Array | null = null;
  /** Canvases sized but not yet drawn on (see warmOne). */
  private cold: CanvasRenderingContext2D[] = [];

  // ---- frames --------------------------------------------------------------------------------

  private request(): void {
    if (this.frameHandle !== null || this.destroyed) return;
    this.frameHandle = this.raf((time) => this.frame(time));
  }

  private scene(): PaintScene | null {
    const { data, graphView, style } = this;
    // A view made for a newer graph can arrive a task before the graph itself (MapCanvas hands
    // graphs over in a task of their own): nothing is painted from a mismatched pair.
    if (!data || !graphView || !style || graphView.visible.length !== data.nodes.length || graphView.edgeVisible.length !== data.edges.length) return null;
    if (this.placing?.fresh) return null;
    return { data, view: graphView, style, positions: this.positions };
  }

  private paintContext(): PaintContext {
    return { palette: this.settings.palette, dpr: this.dpr, font: this.settings.font };
  }

  private contentKey(): string {
    return `${this.positionsVersion}|${this.styleVersion}|${this.paletteVersion}|${this.width}x${this.height}@${this.dpr}`;
  }

  private frame(now: number): void {
    this.frameHandle = null;
    if (this.destroyed) return;
    this.stats.frames += 1;
    if (this.pendingReturn) {
      this.engine.done(this.pendingReturn);
      this.pendingReturn = null;
    }
    if (this.flight) {
      const t = Math.min(1, (now - this.flight.start) / FLY_MS);
      const eased = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
      this.applyView(this.interpolate(this.flight.from, this.flight.to, eased));
      if (t >= 1) this.flight = null;
    }
    const scene = this.scene();
    const ctx = this.ctx;
    let more = this.flight !== null;
    if (this.warmOne()) more = true;
    else if (scene && ctx && this.width > 0 && this.height > 0) {
      more = this.paintFrame(ctx, scene, now) || more;
    }
    this.reportView();
    if (more) this.request();
  }

  /** Paints one frame; true when another is needed. */
  private paintFrame(ctx: CanvasRenderingContext2D, scene: PaintScene, now: number): boolean {
    const content = this.contentKey();
    const viewKey = `${this.view.k}|${this.view.x}|${this.view.y}`;
    const fullKey = `${content}|${viewKey}`;
    const paint = this.paintContext();
    let more = false;

    if (this.baseKey !== fullKey) {
      const gesturing = now - this.lastGesture < SETTLE_VIEW_MS;
      const contentChanged = !this.baseKey.startsWith(`${content}|`);
      if (this.baseKey !== '' && this.lastPaintMs <= CHEAP_PAINT_MS && !this.progressive) {
        // Cheap enough to paint whole, every time.
        this.paintBaseNow(scene, paint, fullKey);
      } else {
        if (!this.progressive) {
          if (contentChanged || !gesturing) {
            this.progressive = { builder: new PlanBuilder(scene, this.view, this.width, this.height), plan: null, key: fullKey, spent: 0 };
            this.pacer.startPlan();
          }
          // Mid-gesture on a large garden: copy the base; paint it again once the gesture pauses.
          else this.scheduleSettle();
        }
        // Slowly, between frames, into the back buffer; the old base shows meanwhile.
        if (this.progressive) more = this.continueProgressive(scene, paint) || more;
      }
    }

    const pulse = this.pulsePhase(now);
    if (pulse >= 0) more = true;
    // Nothing the picture shows changed (a progressive base still painting behind the old
    // one): the canvas is left as it is, so neither this frame nor the compositor redraws it.
    const composite = `${this.stats.basePaints}|${content}|${viewKey}|${this.hovered}|${this.selected}`;
    if (pulse < 0 && composite === this.composited) return more;
    this.composited = composite;

    // Composite: the base where the view now is, then the overlay.
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    ctx.fillStyle = paint.palette.colour('graph-bg');
    ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
    const s = this.view.k / this.baseView.k;
    ctx.setTransform(s, 0, 0, s, (this.view.x - s * this.baseView.x) * this.dpr, (this.view.y - s * this.baseView.y) * this.dpr);
    // Until a base is painted there is nothing to copy.
    if (this.stats.basePaints > 0) ctx.drawImage(this.base, 0, 0);
    ctx.setTransform(1, 0, 0, 1, 0, 0);

    // The overlay uses the positions the base shows, so highlights sit on what is drawn.
    paintOverlay(ctx, { ...scene, positions: this.basePositions.length === this.positions.length ? this.basePositions : this.positions }, this.view, this.width, this.height, paint, this.highlight(scene, pulse));
    return more;
  }

  private paintBaseNow(scene: PaintScene, paint: PaintContext, key: string): void {
    const ctx = this.baseCtx;
    if (!ctx) return;
    const start = performance.now();
    const plan = planBase(scene, this.view, this.width, this.height);
    runPlan(ctx, plan, scene, paint);
    // Rasterise now, so the time measured is what the paint costs (else the raster lands,
    // unmeasured, in the browser's own paint step and a large base never goes progressive).
    ctx.getImageData(0, 0, 1, 1);
    this.lastPaintMs = performance.now() - start;
    this.finishBase(plan, key);
  }

  private continueProgressive(scene: PaintScene, paint: PaintContext): boolean {
    const job = this.progressive;
    const ctx = this.backCtx;
    if (!job || !ctx) return false;
    const start = performance.now();
    const outOfTime = () => performance.now() - start > PAINT_SLICE_MS;
    if (!job.plan) {
      // Planning a large garden is itself spread over slices.
      job.plan = job.builder.advance(outOfTime);
      if (!job.plan || outOfTime()) {
        job.spent += performance.now() - start;
        this.stats.slices += 1;
        return true;
      }
    }
    const plan = job.plan;
    // Chunks sized from what each kind of step cost so far, so one chunk, rasterised at once,
    // ends inside the slice.
    let last = performance.now();
    const done = runPlan(
      ctx, plan, { ...scene, positions: plan.positions }, paint,
      (kind, work) => {
        // Rasterise what was recorded, so the cost lands in this slice and not in one lump later.
        ctx.getImageData(0, 0, 1, 1);
        const now = performance.now();
        this.pacer.learn(kind, work, now - last);
        last = now;
        return now - start > PAINT_SLICE_MS;
      },
      (kind) => this.pacer.chunk(kind, performance.now() - start),
    );
    this.stats.slices += 1;
    job.spent += performance.now() - start;
    if (!done) return true;
    this.lastPaintMs = job.spent;
    // The finished back buffer becomes the base by trading places, not by a whole-canvas copy
    // in the slice that finished.
    [this.base, this.back] = [this.back, this.base];
    [this.baseCtx, this.backCtx] = [this.backCtx, this.baseCtx];
    this.finishBase(plan, job.key);
    this.progressive = null;
    // Something changed while painting: go again.
    return this.baseKey !== `${this.contentKey()}|${this.view.k}|${this.view.x}|${this.view.y}`;
  }

  /** What each kind of step costs to paint, learned as it paints (see painter's stepKind). */
  private readonly pacer = new PaintPacer(PAINT_SLICE_MS);

  private finishBase(plan: BasePlan, key: string): void {
    this.baseKey = key;
    this.baseView = plan.view;
    this.basePositions = plan.positions;
    this.stats.basePaints += 1;
    this.stats.lastPlan = { nodeCount: plan.nodeCount, edgeCount: plan.edgeCount, labelCount: plan.labelCount };
  }

  private scheduleSettle(): void {
    if (this.settleTimer !== null) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = null;
      this.request();
    }, SETTLE_VIEW_MS + 10);
  }

  private pulsePhase(now: number): number {
    if (this.pulseStart < 0 || this.settings.reducedMotion) return -1;
    const t = now - this.pulseStart;
    if (t >= BREATH_MS * BREATHS) {
      this.pulseStart = -1;
      return -1;
    }
    return (t % BREATH_MS) / BREATH_MS;
  }

  private highlight(scene: PaintScene, pulse: number): Highlight {
    const focus = this.hovered >= 0 ? this.hovered : this.selected;
    const key = `${focus}|${scene.view.searching}|${this.positionsVersion}|${this.styleVersion}`;
    if (!this.highlightCache || this.highlightCache.key !== key) {
      let nodes: number[] = [];
      let edges: number[] = [];
      if (focus >= 0) {
        ({ nodes, edges } = neighbourhood(scene.data, scene.view, focus));
      } else if (scene.view.searching) {
        for (let i = 0; i < scene.view.matched.length && nodes.length < 2000; i += 1) if (scene.view.matched[i] && scene.view.visible[i]) nodes.push(i);
      }
      this.highlightCache = { key, nodes, edges };
    }
    const pulsing = pulse >= 0 ? scene.data.nodes.filter((n) => n.urgent).map((n) => n.index) : [];
    return {
      hovered: this.hovered,
      selected: this.selected,
      nodes: this.highlightCache.nodes,
      edges: this.highlightCache.edges,
      dim: focus >= 0 || scene.view.searching,
      pulse,
      pulsing,
    };
  }

  private reportView(): void {
    const key = `${this.view.k.toFixed(4)},${this.view.x.toFixed(1)},${this.view.y.toFixed(1)}`;
    if (key === this.reportedView) return;
    this.reportedView = key;
    this.callbacks.onViewChange({ ...this.view });
  }

  private applyView(view: View): void {
    this.zoomBehavior.transform(this.selection, zoomIdentity.translate(view.x, view.y).scale(view.k));
  }

  private interpolate(from: View, to: View, t: number): View {
    // d3's smooth zoom path, in the [centre x, centre y, width] form it uses.
    const w = this.width;
    const h = this.height;
    const a: [number, number, number] = [(w / 2 - from.x) / from.k, (h / 2 - from.y) / from.k, w / from.k];
    const b: [number, number, number] = [(w / 2 - to.x) / to.k, (h / 2 - to.y) / to.k, w / to.k];
    const [cx, cy, vw] = interpolateZoom(a, b)(t);
    const k = w / vw;
    return { k, x: w / 2 - cx * k, y: h / 2 - cy * k };
  }

  private interacted(): void {
    this.pulseStart = -1;
  }

  private reach(index: number): number {
    const node = this.data?.nodes[index];
    const r = this.graphView?.radius[index] ?? 4;
    return node ? shapeExtent(node.shape, r) : r;
  }

  // ---- pointer -------------------------------------------------------------------------------

  private local(event: MouseEvent): [number, number] {
    const rect = this.canvas.getBoundingClientRect();
    return [event.clientX - rect.left, event.clientY - rect.top];
  }

  private nodeAtEvent(event: MouseEvent): number {
    const [sx, sy] = this.local(event);
    return this.nodeAt(sx, sy);
  }

  private readonly onPointerDown = (event: PointerEvent): void => {
    this.interacted();
    if (event.button !== 0) return;
    const index = this.nodeAtEvent(event);
    if (index < 0) return;
    const [sx, sy] = this.local(event);
    this.drag = { index, pointerId: event.pointerId, startX: sx, startY: sy, moved: false };
    this.canvas.setPointerCapture?.(event.pointerId);
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    const [sx, sy] = this.local(event);
    const drag = this.drag;
    if (drag && drag.pointerId === event.pointerId) {
      if (!drag.moved && Math.hypot(sx - drag.startX, sy - drag.startY) < DRAG_THRESHOLD_PX) return;
      const node = this.data?.nodes[drag.index];
      if (!node || node.kind === 'you') return;
      drag.moved = true;
      const [wx, wy] = toWorld(this.view, sx, sy);
      this.positions[drag.index * 2] = wx;
      this.positions[drag.index * 2 + 1] = wy;
      this.positionsVersion += 1;
      this.engine.drag(drag.index, wx, wy);
      this.canvas.style.cursor = 'grabbing';
      this.request();
      return;
    }
    const index = this.nodeAt(sx, sy);
    this.canvas.style.cursor = index >= 0 ? 'pointer' : '';
    if (index !== this.hovered) {
      this.hovered = index;
      this.callbacks.onHover(index, index >= 0 ? [sx, sy] : null);
      this.request();
    }
  };

  private readonly onPointerUp = (event: PointerEvent): void => {
    const drag = this.drag;
    if (!drag || drag.pointerId !== event.pointerId) return;
    this.drag = null;
    this.canvas.releasePointerCapture?.(event.pointerId);
    this.canvas.style.cursor = '';
    if (drag.moved) {
      const node = this.data?.nodes[drag.index];
      if (node) this.pinned.add(node.id);
      this.engine.release(drag.index, true);
      this.callbacks.onPinned(drag.index, this.positions);
    } else {
      this.callbacks.onOpen(drag.index);
    }
  };

  private readonly onPointerCancel = (event: PointerEvent): void => {
    const drag = this.drag;
    if (!drag || drag.pointerId !== event.pointerId) return;
    this.drag = null;
    if (drag.moved) {
      const node = this.data?.nodes[drag.index];
      if (node) this.pinned.add(node.id);
      this.engine.release(drag.index, true);
      this.callbacks.onPinned(drag.index, this.positions);
    }
  };

  private readonly onPointerLeave = (): void => {
    if (this.drag || this.hovered < 0) return;
    this.hovered = -1;
    this.callbacks.onHover(-1, null);
    this.request();
  };
}
