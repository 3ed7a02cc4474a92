/**
 * The canvas painter, outside React. Two layers:
 * - the base: every visible edge and node on screen (culled by the view rectangle),
 *   batched by style so thousands of shapes cost a few fill and stroke calls; labels only
 *   when zoomed in enough. Painted from a *plan* in chunks, so a large garden can be
 *   painted over several frames without a long task (`runPlan` stops at a deadline).
 * - the overlay: what changes with the pointer (hover and its neighbours, the selection,
 *   search matches, the gentle pulse of the most urgent plants). Small, painted every frame
 *   over a copy of the base.
 *
 * Shapes by kind, textures by state (a strong ring for thriving, dashed for thirsty and
 * wilting, dotted for dormant), dashed neglected edges and one arrowhead on one-way ties:
 * nothing depends on colour alone.
 */
import type { ColourToken, EdgeStyle, GraphData, GraphView, NodeShape } from '../../../shared/graph/model';
import type { Palette } from './palette';
import { LABEL_FONT_PX, labelPriority, labelRank, labelText, placeLabels as placeShared, type LabelPlacement } from '../../../shared/graph/labels';
import { DASH, EDGE_ALPHA, OUTLINE_WIDTH, arrowTriangle, nodeOutline, type Outline } from '../../../shared/graph/marks';
import { shapeExtent, traceRays, traceShape } from '../../../shared/graph/shapes';
import { runToEnd, type Steps } from '../../../shared/graph/steps';

export { labelText, type LabelPlacement } from '../../../shared/graph/labels';
export { outlineOf, type Outline } from '../../../shared/graph/marks';
import { segmentMayCross, worldRect, type View } from './viewport';

interface EdgeBucket {
  colour: ColourToken;
  width: number;
  style: EdgeStyle;
  alpha: number;
}

interface NodeBucket {
  shape: NodeShape;
  fill: ColourToken;
  outline: Outline;
}

/** Per view (filters, colours): which style bucket each edge and node falls in, in paint order. */
export interface StyleIndex {
  edgeBuckets: EdgeBucket[];
  edgeBucketOf: Uint16Array;
  nodeBuckets: NodeBucket[];
  nodeBucketOf: Uint16Array;
  /** Visible ties that carry an arrowhead, and people with one-way ties. */
  arrows: Uint32Array;
  oneWay: Uint32Array;
  /** Visible nodes in label priority: you, the urgent, then by degree. */
  labelOrder: Uint32Array;
  /** How many of labelOrder's first are you and the most urgent: named even far out. */
  namedFar: number;
}

/** Drawn later is drawn on top: platforms and seeds under plants, neglect over health, you last. */
const NODE_LAYER: Record<string, number> = { platform: 0, seed: 1, note: 2, source: 2, goal: 3, person: 4, you: 9 };
const OUTLINE_LAYER: Record<Outline, number> = { hollow: 0, plain: 0, strong: 0, dotted: 1, dashed: 2 };
const EDGE_LAYER: Record<string, number> = { platform: 0, seed: 1, link: 2, tie: 3 };

/** Room for each small id in a bucket key (kinds, colour tokens, styles: a few dozen in all). */
const ID_SPAN = 256;
/** Edge widths in quarters of a pixel, up to 64 px. */
const WIDTH_SPAN = 256;

/** A small number for each distinct string, in order of first use. */
function smallIds(): (name: string) => number {
  const ids = new Map<string, number>();
  return (name) => {
    let id = ids.get(name);
    if (id === undefined) {
      id = ids.size;
      if (id >= ID_SPAN) throw new Error(`More than ${ID_SPAN} distinct styles on the map`);
      ids.set(name, id);
    }
    return id;
  };
}

/**
 * `labels: false` leaves `labelOrder` empty, for `withLabelOrder` to fill in a later task
 * (a sixth of this function at 50k plants), so a large map's first style is ready sooner.
 */
export function buildStyleIndex(data: GraphData, view: GraphView, options: { labels?: boolean } = {}): StyleIndex {
  return runToEnd(buildStyleIndexSteps(data, view, options));
}

/** Items styled between two pauses of `buildStyleIndexSteps`. */
const STYLE_STEP = 8192;

/** `buildStyleIndex` in steps (shared/graph/steps.ts), for the controller to spread over slices. */
export function* buildStyleIndexSteps(data: GraphData, view: GraphView, options: { labels?: boolean } = {}): Steps<StyleIndex> {
  let work = 0;
  // Buckets are found by a number made of small ids, not by a string per edge and node: at
  // 50k notes building ~200k key strings was most of this function (~30 ms of ~55 ms).
  const idOf = smallIds();
  const edgeKeys = new Map<number, number>();
  const edgeBuckets: (EdgeBucket & { layer: number })[] = [];
  const edgeBucketOf = new Uint16Array(data.edges.length);
  const arrows: number[] = [];
  for (const edge of data.edges) {
    if (++work % STYLE_STEP === 0) yield;
    const colour = view.edgeColour[edge.index] as ColourToken;
    const quarter = Math.round((view.edgeWidth[edge.index] as number) * 4);
    const width = quarter / 4;
    const key = ((idOf(edge.kind) * ID_SPAN + idOf(colour)) * ID_SPAN + idOf(edge.style)) * WIDTH_SPAN + Math.min(quarter, WIDTH_SPAN - 1);
    let bucket = edgeKeys.get(key);
    if (bucket === undefined) {
      bucket = edgeBuckets.length;
      edgeKeys.set(key, bucket);
      edgeBuckets.push({ colour, width, style: edge.style, alpha: EDGE_ALPHA[edge.kind] ?? 0.6, layer: EDGE_LAYER[edge.kind] ?? 0 });
    }
    edgeBucketOf[edge.index] = bucket;
    if (edge.arrow && view.edgeVisible[edge.index]) arrows.push(edge.index);
  }
  const nodeKeys = new Map<number, number>();
  const nodeBuckets: (NodeBucket & { layer: number })[] = [];
  const nodeBucketOf = new Uint16Array(data.nodes.length);
  const oneWay: number[] = [];
  for (const node of data.nodes) {
    if (++work % STYLE_STEP === 0) yield;
    const fill = view.fill[node.index] as ColourToken;
    const outline = nodeOutline(node);
    const key = (idOf(node.shape) * ID_SPAN + idOf(fill)) * ID_SPAN + idOf(outline);
    let bucket = nodeKeys.get(key);
    if (bucket === undefined) {
      bucket = nodeBuckets.length;
      nodeKeys.set(key, bucket);
      nodeBuckets.push({ shape: node.shape, fill, outline, layer: (NODE_LAYER[node.kind] ?? 2) * 4 + OUTLINE_LAYER[outline] });
    }
    nodeBucketOf[node.index] = bucket;
    if (node.oneWay && view.visible[node.index]) oneWay.push(node.index);
  }
  // Renumber buckets in paint order.
  const edgeOrder = edgeBuckets.map((_, i) => i).sort((a, b) => (edgeBuckets[a]?.layer ?? 0) - (edgeBuckets[b]?.layer ?? 0));
  const edgeRank = new Uint16Array(edgeBuckets.length);
  edgeOrder.forEach((old, rank) => (edgeRank[old] = rank));
  for (let i = 0; i < edgeBucketOf.length; i += 1) edgeBucketOf[i] = edgeRank[edgeBucketOf[i] as number] as number;
  yield;
  const nodeOrder = nodeBuckets.map((_, i) => i).sort((a, b) => (nodeBuckets[a]?.layer ?? 0) - (nodeBuckets[b]?.layer ?? 0));
  const nodeRank = new Uint16Array(nodeBuckets.length);
  nodeOrder.forEach((old, rank) => (nodeRank[old] = rank));
  for (let i = 0; i < nodeBucketOf.length; i += 1) nodeBucketOf[i] = nodeRank[nodeBucketOf[i] as number] as number;

  const labelOrder = options.labels === false ? new Uint32Array(0) : rankedLabels(data, view);

  return {
    edgeBuckets: edgeOrder.map((i) => edgeBuckets[i] as EdgeBucket),
    edgeBucketOf,
    nodeBuckets: nodeOrder.map((i) => nodeBuckets[i] as NodeBucket),
    nodeBucketOf,
    arrows: Uint32Array.from(arrows),
    oneWay: Uint32Array.from(oneWay),
    labelOrder,
    namedFar: namedFar(data, labelOrder),
  };
}

function rankedLabels(data: GraphData, view: GraphView): Uint32Array {
  return Uint32Array.from(labelPriority(data.nodes, view.visible));
}

/** The length of the ranked labels' prefix that is you and the most urgent (labelRank 0 and 1). */
function namedFar(data: GraphData, labelOrder: Uint32Array): number {
  let count = 0;
  while (count < labelOrder.length) {
    const node = data.nodes[labelOrder[count] as number];
    if (!node || labelRank(node) > 1) break;
    count += 1;
  }
  return count;
}

/** The style with its labels ranked (see `buildStyleIndex`'s `labels`). */
export function withLabelOrder(style: StyleIndex, data: GraphData, view: GraphView): StyleIndex {
  const labelOrder = rankedLabels(data, view);
  return { ...style, labelOrder, namedFar: namedFar(data, labelOrder) };
}

// ---- the plan ------------------------------------------------------------------------------

export interface PaintScene {
  data: GraphData;
  view: GraphView;
  style: StyleIndex;
  positions: Float32Array;
}

type Step =
  | { type: 'edges'; bucket: EdgeBucket; items: number[] }
  | { type: 'arrows'; items: number[] }
  | { type: 'nodes'; bucket: NodeBucket; items: number[] }
  | { type: 'dots'; fill: ColourToken; items: number[] }
  | { type: 'rings'; items: number[] }
  | { type: 'sun'; index: number }
  | { type: 'labels'; items: LabelPlacement[] };

export interface BasePlan {
  view: View;
  width: number;
  height: number;
  /** The positions painted: a copy, so a frame arriving mid-paint does not tear it. */
  positions: Float32Array;
  steps: Step[];
  step: number;
  offset: number;
  /** Nodes and edges this plan paints (for the bench and tests). */
  nodeCount: number;
  edgeCount: number;
  labelCount: number;
}

/** Below this on-screen radius, a node is a dot: its shape cannot be seen anyway. */
const DOT_BELOW_PX = 1.6;
/** Labels show from this zoom, or when few plants are on screen. */
export const LABEL_ZOOM = 1.1;
const FEW_FOR_LABELS = 80;
const MAX_LABELS = 250;
/**
 * Which labels fit without overlapping, in the order given (see shared/graph/labels.ts).
 */
export function placeLabels(
  scene: PaintScene, positions: Float32Array, view: View, candidates: Iterable<number>, width: number, height: number, max: number,
): LabelPlacement[] {
  return placeShared(scene.data.nodes, scene.view.radius, positions, view, candidates, width, height, max);
}

export function showsLabels(view: View, onScreen: number): boolean {
  return view.k >= LABEL_ZOOM || onScreen <= FEW_FOR_LABELS;
}

/** Culls to the screen and groups what is left by style, in paint order. */
/**
 * Culling and grouping, resumable: `advance(outOfTime)` works through the nodes, then the
 * edges, checking the clock every few thousand, and returns the plan once done (null until
 * then). A 50k garden's plan takes longer than a frame; the controller spreads it over slices.
 */
export class PlanBuilder {
  private readonly positions: Float32Array;
  private readonly rect: ReturnType<typeof worldRect>;
  private readonly onScreen: Uint8Array;
  private readonly dotted = new Map<ColourToken, number[]>();
  private readonly nodeItems: number[][];
  private readonly edgeItems: number[][];
  private nodeCount = 0;
  private edgeCount = 0;
  private sun = -1;
  private node = 0;
  private edge = 0;

  constructor(private readonly scene: PaintScene, private readonly view: View, private readonly width: number, private readonly height: number) {
    this.positions = scene.positions.slice();
    this.rect = worldRect(view, width, height, 24);
    this.onScreen = new Uint8Array(scene.data.nodes.length);
    this.nodeItems = scene.style.nodeBuckets.map(() => []);
    this.edgeItems = scene.style.edgeBuckets.map(() => []);
  }

  advance(outOfTime: () => boolean = () => false): BasePlan | null {
    const { data, view: gv, style } = this.scene;
    const { positions, rect, onScreen, view } = this;
    const n = data.nodes.length;
    const BATCH = 4096;
    while (this.node < n) {
      const end = Math.min(n, this.node + BATCH);
      for (let i = this.node; i < end; i += 1) {
        if (!gv.visible[i]) continue;
        const node = data.nodes[i];
        if (!node) continue;
        const x = positions[i * 2] as number;
        const y = positions[i * 2 + 1] as number;
        const reach = shapeExtent(node.shape, gv.radius[i] as number);
        if (x + reach < rect.x0 || x - reach > rect.x1 || y + reach < rect.y0 || y - reach > rect.y1) continue;
        onScreen[i] = 1;
        this.nodeCount += 1;
        if (node.kind === 'you') {
          this.sun = i;
        } else if ((gv.radius[i] as number) * view.k < DOT_BELOW_PX) {
          const fill = gv.fill[i] as ColourToken;
          const list = this.dotted.get(fill);
          if (list) list.push(i);
          else this.dotted.set(fill, [i]);
        } else {
          this.nodeItems[style.nodeBucketOf[i] as number]?.push(i);
        }
      }
      this.node = end;
      if (outOfTime()) return null;
    }
    const edges = data.edges;
    while (this.edge < edges.length) {
      const end = Math.min(edges.length, this.edge + BATCH * 2);
      for (let e = this.edge; e < end; e += 1) {
        const edge = edges[e];
        if (!edge || !gv.edgeVisible[edge.index]) continue;
        const a = edge.source * 2;
        const b = edge.target * 2;
        if (!segmentMayCross(rect, positions[a] as number, positions[a + 1] as number, positions[b] as number, positions[b + 1] as number)) continue;
        this.edgeItems[style.edgeBucketOf[edge.index] as number]?.push(edge.index);
        this.edgeCount += 1;
      }
      this.edge = end;
      if (this.edge < edges.length && outOfTime()) return null;
    }
    return this.finish();
  }

  private finish(): BasePlan {
    const { data, style } = this.scene;
    const { onScreen, positions, view, width, height } = this;
    const steps: Step[] = [];
    style.edgeBuckets.forEach((bucket, i) => {
      const items = this.edgeItems[i] as number[];
      if (items.length) steps.push({ type: 'edges', bucket, items });
    });
    const arrows = [...style.arrows].filter((e) => {
      const edge = data.edges[e];
      return edge !== undefined && (onScreen[edge.source] === 1 || onScreen[edge.target] === 1);
    });
    if (arrows.length) steps.push({ type: 'arrows', items: arrows });
    for (const [fill, items] of this.dotted) steps.push({ type: 'dots', fill, items });
    style.nodeBuckets.forEach((bucket, i) => {
      const items = this.nodeItems[i] as number[];
      if (items.length) steps.push({ type: 'nodes', bucket, items });
    });
    const rings = [...style.oneWay].filter((i) => onScreen[i]);
    if (rings.length) steps.push({ type: 'rings', items: rings });
    if (this.sun !== -1) steps.push({ type: 'sun', index: this.sun });
    // Zoomed out on a crowded map, only you and the most urgent are named: the picture stays
    // readable and says at once where to look. They lead the ranked labels, so only that
    // prefix is walked (walking all 50k ranked plants to find six took 5-18 ms a plan).
    const ranked = style.labelOrder;
    const end = showsLabels(view, this.nodeCount) ? ranked.length : style.namedFar;
    function* candidates(): Generator<number> {
      for (let j = 0; j < end; j += 1) if (onScreen[ranked[j] as number]) yield ranked[j] as number;
    }
    const items = placeLabels(this.scene, positions, view, candidates(), width, height, MAX_LABELS);
    if (items.length) steps.push({ type: 'labels', items });
    return { view, width, height, positions, steps, step: 0, offset: 0, nodeCount: this.nodeCount, edgeCount: this.edgeCount, labelCount: items.length };
  }
}

/** Culls to the screen and groups what is left by style, in paint order, in one go. */
export function planBase(scene: PaintScene, view: View, width: number, height: number): BasePlan {
  return new PlanBuilder(scene, view, width, height).advance() as BasePlan;
}

// ---- painting ------------------------------------------------------------------------------

export interface PaintContext {
  palette: Palette;
  dpr: number;
  font: string;
}

type Ctx = CanvasRenderingContext2D;

function worldTransform(ctx: Ctx, view: View, dpr: number): void {
  ctx.setTransform(dpr * view.k, 0, 0, dpr * view.k, dpr * view.x, dpr * view.y);
}

function dash(ctx: Ctx, style: EdgeStyle | Outline, k: number): void {
  if (style === 'dashed' || style === 'dotted') ctx.setLineDash(DASH[style].map((v) => v / k));
  else ctx.setLineDash([]);
}

/** Work (see itemWork) per path: bounded so one chunk of a large garden stays a few milliseconds. */
const CHUNK = 1500;

function arrowHead(ctx: Ctx, positions: Float32Array, scene: PaintScene, edgeIndex: number, k: number): void {
  const t = arrowTriangle(scene.data, scene.view.radius, positions, edgeIndex, k);
  if (!t) return;
  ctx.moveTo(t[0], t[1]);
  ctx.lineTo(t[2], t[3]);
  ctx.lineTo(t[4], t[5]);
  ctx.closePath();
}

function runStep(ctx: Ctx, step: Step, from: number, to: number, plan: BasePlan, scene: PaintScene, paint: PaintContext): void {
  const { positions, view } = plan;
  const k = view.k;
  const palette = paint.palette;
  const radius = scene.view.radius;
  switch (step.type) {
    case 'edges': {
      worldTransform(ctx, view, paint.dpr);
      ctx.globalAlpha = step.bucket.alpha;
      ctx.strokeStyle = palette.colour(step.bucket.colour);
      ctx.lineWidth = step.bucket.width / k;
      dash(ctx, step.bucket.style, k);
      ctx.beginPath();
      for (let j = from; j < to; j += 1) {
        const edge = scene.data.edges[step.items[j] as number];
        if (!edge) continue;
        ctx.moveTo(positions[edge.source * 2] as number, positions[edge.source * 2 + 1] as number);
        ctx.lineTo(positions[edge.target * 2] as number, positions[edge.target * 2 + 1] as number);
      }
      ctx.stroke();
      ctx.globalAlpha = 1;
      return;
    }
    case 'arrows': {
      worldTransform(ctx, view, paint.dpr);
      ctx.setLineDash([]);
      ctx.fillStyle = palette.colour('graph-oneway');
      ctx.beginPath();
      for (let j = from; j < to; j += 1) arrowHead(ctx, positions, scene, step.items[j] as number, k);
      ctx.fill();
      return;
    }
    case 'dots': {
      ctx.setTransform(paint.dpr, 0, 0, paint.dpr, 0, 0);
      ctx.fillStyle = palette.colour(step.fill);
      for (let j = from; j < to; j += 1) {
        const i = step.items[j] as number;
        ctx.fillRect((positions[i * 2] as number) * k + view.x - 1, (positions[i * 2 + 1] as number) * k + view.y - 1, 2, 2);
      }
      return;
    }
    case 'nodes': {
      worldTransform(ctx, view, paint.dpr);
      const { shape, fill, outline } = step.bucket;
      ctx.beginPath();
      for (let j = from; j < to; j += 1) {
        const i = step.items[j] as number;
        traceShape(ctx, shape, positions[i * 2] as number, positions[i * 2 + 1] as number, radius[i] as number);
      }
      ctx.fillStyle = outline === 'hollow' ? palette.colour('graph-bg') : palette.colour(fill);
      ctx.fill();
      dash(ctx, outline, k);
      ctx.strokeStyle = outline === 'hollow' ? palette.colour(fill) : palette.colour('graph-outline');
      ctx.lineWidth = OUTLINE_WIDTH[outline] / k;
      ctx.stroke();
      ctx.setLineDash([]);
      return;
    }
    case 'rings': {
      worldTransform(ctx, view, paint.dpr);
      ctx.setLineDash([]);
      ctx.strokeStyle = palette.colour('graph-oneway');
      ctx.lineWidth = 2 / k;
      ctx.beginPath();
      for (let j = from; j < to; j += 1) {
        const i = step.items[j] as number;
        const r = (radius[i] as number) + 3.5 / k;
        const x = positions[i * 2] as number;
        const y = positions[i * 2 + 1] as number;
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, Math.PI * 2);
      }
      ctx.stroke();
      return;
    }
    case 'sun': {
      worldTransform(ctx, view, paint.dpr);
      const i = step.index;
      const x = positions[i * 2] as number;
      const y = positions[i * 2 + 1] as number;
      const r = radius[i] as number;
      ctx.setLineDash([]);
      ctx.strokeStyle = palette.colour('graph-you');
      ctx.lineWidth = Math.max(1.5 / k, r * 0.16);
      ctx.lineCap = 'round';
      ctx.beginPath();
      traceRays(ctx, x, y, r);
      ctx.stroke();
      ctx.lineCap = 'butt';
      ctx.beginPath();
      traceShape(ctx, 'circle', x, y, r);
      ctx.fillStyle = palette.colour('graph-you');
      ctx.fill();
      ctx.strokeStyle = palette.colour('graph-outline');
      ctx.lineWidth = 1 / k;
      ctx.stroke();
      return;
    }
    case 'labels': {
      ctx.setTransform(paint.dpr, 0, 0, paint.dpr, 0, 0);
      drawLabels(ctx, scene, positions, view, step.items.slice(from, to), paint, false);
      return;
    }
  }
}

const HALO_OFFSETS: readonly (readonly [number, number])[] = [[-1, 0], [1, 0], [0, -1], [0, 1], [-1, -1], [1, 1], [-1, 1], [1, -1]];

export function drawLabels(ctx: Ctx, scene: PaintScene, positions: Float32Array, view: View, items: readonly LabelPlacement[], paint: PaintContext, strong: boolean): void {
  ctx.font = `${strong ? '600 ' : ''}${LABEL_FONT_PX}px ${paint.font}`;
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.setLineDash([]);
  const halo = paint.palette.colour('graph-bg');
  const ink = paint.palette.colour('graph-label');
  for (const { index: i, left } of items) {
    const node = scene.data.nodes[i];
    if (!node) continue;
    const r = shapeExtent(node.shape, scene.view.radius[i] as number) * view.k;
    const cx = (positions[i * 2] as number) * view.k + view.x;
    const y = (positions[i * 2 + 1] as number) * view.k + view.y;
    ctx.textAlign = left ? 'right' : 'left';
    const x = left ? cx - r - 3 : cx + r + 3;
    const text = labelText(node.label);
    // The halo that keeps a label readable over edges: the text in the background colour a
    // pixel off in eight directions. strokeText made the same halo at ~0.3 ms a label in
    // Chromium's software raster (2.3x these fills), so a few hundred labels were a long task.
    ctx.fillStyle = halo;
    for (const [dx, dy] of HALO_OFFSETS) ctx.fillText(text, x + dx, y + dy);
    ctx.fillStyle = ink;
    ctx.fillText(text, x, y);
  }
  ctx.textAlign = 'left';
}

function stepSize(step: Step): number {
  return step.type === 'sun' ? 1 : step.items.length;
}

/**
 * What a kind of step costs to paint varies a lot (a dashed line costs several solid ones to
 * rasterise), so slices are paced per kind: this names it.
 */
export function stepKind(step: { type: string; bucket?: { style?: string; outline?: string } }): string {
  return `${step.type}|${step.bucket?.style ?? step.bucket?.outline ?? ''}`;
}

/**
 * What one item of a step costs to rasterise, relative to others of its kind. A line costs
 * with its length on screen (a dashed one is a dash every few pixels: a long dashed edge from
 * you across a 50k map cost ~60 short ones), a shape with its size; the rest about the same
 * each. Chunks are measured in this, so a chunk's cost can be foreseen from the last one's.
 */
export function itemWork(step: Step, j: number, plan: BasePlan, scene: PaintScene): number {
  const { positions, view } = plan;
  switch (step.type) {
    case 'edges': {
      const edge = scene.data.edges[step.items[j] as number];
      if (!edge) return 1;
      const dx = (positions[edge.target * 2] as number) - (positions[edge.source * 2] as number);
      const dy = (positions[edge.target * 2 + 1] as number) - (positions[edge.source * 2 + 1] as number);
      const length = Math.sqrt(dx * dx + dy * dy) * view.k;
      // Not placed yet (NaN): nothing is drawn.
      return Number.isFinite(length) ? 1 + length / 8 : 1;
    }
    case 'nodes':
    case 'rings':
      return 1 + ((scene.view.radius[step.items[j] as number] as number) * view.k) / 4;
    default:
      return 1;
  }
}

/**
 * Paints the plan from where it stopped until it is done or `outOfTime()` says to stop
 * (checked between chunks). True when the plan is complete.
 * `chunk(kind)` says how much work (see itemWork) of a step to draw before asking
 * `outOfTime(kind, work)`, which is told what was just drawn (to learn its cost).
 */
export function runPlan(
  ctx: Ctx, plan: BasePlan, scene: PaintScene, paint: PaintContext,
  outOfTime: (kind: string, work: number) => boolean = () => false, chunk: number | ((kind: string) => number) = CHUNK,
): boolean {
  if (plan.step === 0 && plan.offset === 0) {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    ctx.fillStyle = paint.palette.colour('graph-bg');
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  }
  while (plan.step < plan.steps.length) {
    const step = plan.steps[plan.step] as Step;
    const size = stepSize(step);
    const kind = stepKind(step);
    const budget = typeof chunk === 'number' ? chunk : chunk(kind);
    // At least one item, then as many as the budget holds.
    let end = plan.offset;
    let work = 0;
    do {
      work += step.type === 'sun' ? 1 : itemWork(step, end, plan, scene);
      end += 1;
    } while (end < size && work < budget);
    runStep(ctx, step, plan.offset, end, plan, scene, paint);
    if (end >= size) {
      plan.step += 1;
      plan.offset = 0;
    } else {
      plan.offset = end;
    }
    if (plan.step < plan.steps.length && outOfTime(kind, work)) return false;
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  return true;
}

// ---- the overlay ---------------------------------------------------------------------------

export interface Highlight {
  hovered: number;
  selected: number;
  /** Nodes and edges to bring forward over a dimmed base (hover or selection neighbourhood, search). */
  nodes: readonly number[];
  edges: readonly number[];
  dim: boolean;
  /** 0..1 through one breath, or -1 for none. */
  pulse: number;
  pulsing: readonly number[];
}

/** Neighbours of a node, and the edges to them, over visible edges. */
export function neighbourhood(data: GraphData, view: GraphView, index: number): { nodes: number[]; edges: number[] } {
  const nodes = new Set<number>([index]);
  const edges: number[] = [];
  for (const edge of data.edges) {
    if (!view.edgeVisible[edge.index]) continue;
    if (edge.source === index) nodes.add(edge.target);
    else if (edge.target === index) nodes.add(edge.source);
    else continue;
    edges.push(edge.index);
  }
  return { nodes: [...nodes], edges };
}

export function paintOverlay(ctx: Ctx, scene: PaintScene, view: View, width: number, height: number, paint: PaintContext, highlight: Highlight): void {
  const { positions, data } = scene;
  const gv = scene.view;
  const palette = paint.palette;
  const k = view.k;
  if (highlight.dim) {
    ctx.setTransform(paint.dpr, 0, 0, paint.dpr, 0, 0);
    ctx.globalAlpha = 0.72;
    ctx.fillStyle = palette.colour('graph-bg');
    ctx.fillRect(0, 0, width, height);
    ctx.globalAlpha = 1;
  }
  const rect = worldRect(view, width, height, 24);
  const plan: BasePlan = { view, width, height, positions, steps: [], step: 0, offset: 0, nodeCount: 0, edgeCount: 0, labelCount: 0 };
  if (highlight.edges.length) {
    const byBucket = new Map<number, number[]>();
    for (const e of highlight.edges) {
      const edge = data.edges[e];
      if (!edge) continue;
      const a = edge.source * 2;
      const b = edge.target * 2;
      if (!segmentMayCross(rect, positions[a] as number, positions[a + 1] as number, positions[b] as number, positions[b + 1] as number)) continue;
      const bucket = scene.style.edgeBucketOf[e] as number;
      const list = byBucket.get(bucket);
      if (list) list.push(e);
      else byBucket.set(bucket, [e]);
    }
    for (const [bucket, items] of byBucket) {
      const style = scene.style.edgeBuckets[bucket];
      if (style) plan.steps.push({ type: 'edges', bucket: { ...style, alpha: 1, width: style.width + 0.5 }, items });
    }
    const arrows = highlight.edges.filter((e) => data.edges[e]?.arrow);
    if (arrows.length) plan.steps.push({ type: 'arrows', items: arrows });
  }
  if (highlight.nodes.length) {
    const byBucket = new Map<number, number[]>();
    let sun = -1;
    const rings: number[] = [];
    for (const i of highlight.nodes) {
      if (!gv.visible[i]) continue;
      const x = positions[i * 2] as number;
      const y = positions[i * 2 + 1] as number;
      if (x < rect.x0 || x > rect.x1 || y < rect.y0 || y > rect.y1) continue;
      if (data.nodes[i]?.kind === 'you') {
        sun = i;
        continue;
      }
      if (data.nodes[i]?.oneWay) rings.push(i);
      const bucket = scene.style.nodeBucketOf[i] as number;
      const list = byBucket.get(bucket);
      if (list) list.push(i);
      else byBucket.set(bucket, [i]);
    }
    for (const [bucket, items] of [...byBucket].sort((a, b) => a[0] - b[0])) {
      const style = scene.style.nodeBuckets[bucket];
      if (style) plan.steps.push({ type: 'nodes', bucket: style, items });
    }
    if (rings.length) plan.steps.push({ type: 'rings', items: rings });
    if (sun !== -1) plan.steps.push({ type: 'sun', index: sun });
  }
  for (const step of plan.steps) runStep(ctx, step, 0, stepSize(step), plan, scene, paint);

  // The breath of the most urgent: a ring that grows and fades.
  if (highlight.pulse >= 0 && highlight.pulsing.length) {
    worldTransform(ctx, view, paint.dpr);
    ctx.setLineDash([]);
    ctx.lineWidth = 2 / k;
    for (const i of highlight.pulsing) {
      if (!gv.visible[i]) continue;
      const node = data.nodes[i];
      if (!node) continue;
      ctx.globalAlpha = 0.7 * (1 - highlight.pulse);
      ctx.strokeStyle = palette.colour(gv.fill[i] as ColourToken);
      ctx.beginPath();
      const r = shapeExtent(node.shape, gv.radius[i] as number) + (3 + 12 * highlight.pulse) / k;
      ctx.arc(positions[i * 2] as number, positions[i * 2 + 1] as number, r, 0, Math.PI * 2);
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
  }

  // Selection and hover rings.
  worldTransform(ctx, view, paint.dpr);
  for (const [i, colour, width] of [[highlight.selected, 'graph-focus', 3], [highlight.hovered, 'graph-label', 1.5]] as const) {
    if (i < 0 || !gv.visible[i]) continue;
    const node = data.nodes[i];
    if (!node) continue;
    ctx.setLineDash([]);
    ctx.strokeStyle = palette.colour(colour);
    ctx.lineWidth = width / k;
    ctx.beginPath();
    ctx.arc(positions[i * 2] as number, positions[i * 2 + 1] as number, shapeExtent(node.shape, gv.radius[i] as number) + 5 / k, 0, Math.PI * 2);
    ctx.stroke();
  }

  // Labels for what is highlighted, whatever the zoom: the hovered and selected first, then
  // their neighbours by importance, none over another.
  const labelled = new Set<number>();
  if (highlight.hovered >= 0) labelled.add(highlight.hovered);
  if (highlight.selected >= 0) labelled.add(highlight.selected);
  if (highlight.dim) {
    const rank = new Map<number, number>();
    scene.style.labelOrder.forEach((i, r) => rank.set(i, r));
    for (const i of [...highlight.nodes].sort((a, b) => (rank.get(a) ?? 1e9) - (rank.get(b) ?? 1e9))) labelled.add(i);
  }
  const items = placeLabels(scene, positions, view, [...labelled].filter((i) => gv.visible[i]), width, height, 80);
  if (items.length) {
    ctx.setTransform(paint.dpr, 0, 0, paint.dpr, 0, 0);
    drawLabels(ctx, scene, positions, view, items, paint, true);
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}
