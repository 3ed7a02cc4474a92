/**
 * Which plants get a label, and where, so none covers another: shared by the canvas painter
 * and the SVG writer, so the exported picture reads like the map. Screen pixels throughout.
 */
import type { GraphNode } from './model';
import { shapeExtent } from './shapes';

export const LABEL_FONT_PX = 11;
const MAX_LABEL_CHARS = 32;
/** A rough advance per character of an 11 px sans-serif: enough to keep boxes apart. */
const CHAR_WIDTH = 0.58;

export function labelText(label: string): string {
  return label.length > MAX_LABEL_CHARS ? `${label.slice(0, MAX_LABEL_CHARS - 1)}…` : label;
}

/** Who gets a label first when they cannot all fit: you, the most urgent, what needs care, plants, then hubs and seeds. */
export function labelRank(node: GraphNode): number {
  if (node.kind === 'you') return 0;
  if (node.urgent) return 1;
  if (node.urgency !== null) return 2;
  if (node.kind === 'platform') return 4;
  if (node.kind === 'seed') return 5;
  return 3;
}

/** Visible nodes in label priority: rank, then the better connected, then by title. */
export function labelPriority(nodes: readonly GraphNode[], visible: Uint8Array): number[] {
  // One number per node, sorted natively: rank, then degree (higher first), then the node's
  // index (plants are numbered in path order). This sorts every node of a 50k garden on each
  // change of the view; an object sort comparing labels took ~25 ms there, this ~3 ms.
  const keys = new Float64Array(nodes.length);
  let count = 0;
  for (const node of nodes) {
    if (!visible[node.index]) continue;
    const degree = Math.min(node.degree, SPAN - 1);
    keys[count++] = (labelRank(node) * SPAN + (SPAN - 1 - degree)) * SPAN + node.index;
  }
  const sorted = keys.subarray(0, count).sort();
  return Array.from(sorted, (key) => key % SPAN);
}

/** 2^20: room for a degree and an index in a label key (exact in a double up to rank 7). */
const SPAN = 1_048_576;

/** A label placed on the map: which node, and on which side of it. */
export interface LabelPlacement {
  index: number;
  left: boolean;
}

export interface ScreenTransform {
  k: number;
  x: number;
  y: number;
}

/**
 * Which labels fit without overlapping, in the order given; each tries the right of its
 * node, then the left, and is whole inside width × height or not placed. `text(i)` is what
 * would be written (null: no label). Boxes are kept in a coarse grid.
 */
export function placeLabels(
  nodes: readonly GraphNode[], radius: Float32Array, positions: Float32Array, view: ScreenTransform, candidates: Iterable<number>,
  width: number, height: number, max: number, text: (index: number) => string | null = (i) => nodes[i]?.label ?? null,
  minRadiusPx = 0,
): LabelPlacement[] {
  const cell = 48;
  const columns = Math.ceil(width / cell) + 4;
  const grid = new Map<number, [number, number, number, number][]>();
  const placed: LabelPlacement[] = [];
  const charWidth = LABEL_FONT_PX * CHAR_WIDTH;
  const cells = (box: [number, number, number, number], visit: (key: number) => boolean | void): boolean => {
    for (let row = Math.floor(box[1] / cell) + 1; row <= Math.floor(box[3] / cell) + 1; row += 1) {
      for (let col = Math.floor(box[0] / cell) + 1; col <= Math.floor(box[2] / cell) + 1; col += 1) {
        if (visit(row * columns + col) === false) return false;
      }
    }
    return true;
  };
  const fits = (box: [number, number, number, number]) => {
    if (box[0] < 0 || box[2] > width || box[1] < 0 || box[3] > height) return false;
    return cells(box, (key) => !(grid.get(key) ?? []).some((o) => box[0] < o[2] && box[2] > o[0] && box[1] < o[3] && box[3] > o[1]));
  };
  const take = (box: [number, number, number, number]) =>
    cells(box, (key) => {
      const list = grid.get(key);
      if (list) list.push(box);
      else grid.set(key, [box]);
    });
  for (const i of candidates) {
    if (placed.length >= max) break;
    const node = nodes[i];
    const label = node ? text(i) : null;
    if (!node || label === null || label === '') continue;
    const r = Math.max(minRadiusPx, shapeExtent(node.shape, radius[i] as number) * view.k);
    const cx = (positions[i * 2] as number) * view.k + view.x;
    const cy = (positions[i * 2 + 1] as number) * view.k + view.y;
    const w = labelText(label).length * charWidth;
    const top = cy - LABEL_FONT_PX * 0.7;
    const bottom = cy + LABEL_FONT_PX * 0.7;
    const right: [number, number, number, number] = [cx + r + 2, top, cx + r + 4 + w, bottom];
    const left: [number, number, number, number] = [cx - r - 4 - w, top, cx - r - 2, bottom];
    if (fits(right)) {
      take(right);
      placed.push({ index: i, left: false });
    } else if (fits(left)) {
      take(left);
      placed.push({ index: i, left: true });
    }
  }
  return placed;
}
