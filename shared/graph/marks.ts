/**
 * The marks that make neglect visible without colour, shared by the canvas painter and the
 * SVG writer: a node's outline by its state, and the one arrowhead of a one-way tie.
 */
import type { GraphData } from './model';
import { shapeExtent } from './shapes';

export type Outline = 'plain' | 'strong' | 'dashed' | 'dotted' | 'hollow';

export function outlineOf(state: string | null): Outline {
  switch (state) {
    case 'thriving':
      return 'strong';
    case 'thirsty':
    case 'wilting':
      return 'dashed';
    case 'dormant':
      return 'dotted';
    case 'seed':
      return 'hollow';
    default:
      return 'plain';
  }
}

/** The outline a node is drawn with: you and hubs plain, seeds hollow, plants by state. */
export function nodeOutline(node: GraphData['nodes'][number]): Outline {
  if (node.kind === 'seed') return 'hollow';
  if (node.kind === 'you' || node.kind === 'platform') return 'plain';
  return outlineOf(node.state);
}

/** Outline widths in screen pixels. */
export const OUTLINE_WIDTH: Readonly<Record<Outline, number>> = { strong: 2.2, plain: 1, dashed: 1.6, dotted: 1.6, hollow: 1.6 };

/** Dash patterns in screen pixels (dashed for thirsty and worse, dotted for dormant and seeds). */
export const DASH: Readonly<Record<'dashed' | 'dotted', [number, number]>> = { dashed: [5, 3.5], dotted: [1.2, 2.6] };

/** How opaque each kind of edge is drawn: ties strongest, platform spokes faint. */
export const EDGE_ALPHA: Readonly<Record<string, number>> = { tie: 0.9, link: 0.55, platform: 0.4, seed: 0.7 };

/**
 * The arrowhead of a one-way tie, in world units: its tip just outside the node it points at
 * (the one who only receives), `size` long. Null when the ends coincide.
 */
export function arrowTriangle(
  data: GraphData, radius: Float32Array, positions: Float32Array, edgeIndex: number, k: number, sizePx = 8,
): [number, number, number, number, number, number] | null {
  const edge = data.edges[edgeIndex];
  if (!edge || !edge.arrow) return null;
  const toYou = edge.arrow === 'to-you';
  const from = toYou ? edge.target : edge.source;
  const to = toYou ? edge.source : edge.target;
  const fx = positions[from * 2] as number;
  const fy = positions[from * 2 + 1] as number;
  const tx = positions[to * 2] as number;
  const ty = positions[to * 2 + 1] as number;
  const length = Math.hypot(tx - fx, ty - fy);
  if (!(length > 0)) return null;
  const ux = (tx - fx) / length;
  const uy = (ty - fy) / length;
  const toNode = data.nodes[to];
  const back = (toNode ? shapeExtent(toNode.shape, radius[to] as number) : 0) + 2 / k;
  const size = sizePx / k;
  const px = tx - ux * back;
  const py = ty - uy * back;
  return [
    px, py,
    px - ux * size - uy * size * 0.55, py - uy * size + ux * size * 0.55,
    px - ux * size + uy * size * 0.55, py - uy * size - ux * size * 0.55,
  ];
}
