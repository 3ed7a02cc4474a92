/**
 * Transforms between the layout's world and the screen: `screen = world × k + (x, y)`,
 * as d3-zoom's ZoomTransform. Pure.
 */

export interface View {
  k: number;
  x: number;
  y: number;
}

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 8;

export function toScreen(view: View, wx: number, wy: number): [number, number] {
  return [wx * view.k + view.x, wy * view.k + view.y];
}

export function toWorld(view: View, sx: number, sy: number): [number, number] {
  return [(sx - view.x) / view.k, (sy - view.y) / view.k];
}

/** The part of the world on a `width` × `height` screen, grown by `margin` screen pixels. */
export function worldRect(view: View, width: number, height: number, margin = 0): Rect {
  const [x0, y0] = toWorld(view, -margin, -margin);
  const [x1, y1] = toWorld(view, width + margin, height + margin);
  return { x0, y0, x1, y1 };
}

/** Bounds of the given points (x,y pairs) where `include(i)`; null when none. */
export function bounds(positions: Float32Array, include: (i: number) => boolean): Rect | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const n = positions.length / 2;
  for (let i = 0; i < n; i += 1) {
    if (!include(i)) continue;
    const x = positions[i * 2] as number;
    const y = positions[i * 2 + 1] as number;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return x0 === Infinity ? null : { x0, y0, x1, y1 };
}

/**
 * The view that shows `rect` whole, centred, with `padding` pixels around (and `padX` more
 * left and right, where labels of the outermost plants run); never closer than `maxK`.
 */
export function fitView(rect: Rect, width: number, height: number, padding = 40, maxK = 1.5, padX = 0): View {
  const w = Math.max(1, rect.x1 - rect.x0);
  const h = Math.max(1, rect.y1 - rect.y0);
  const k = Math.max(MIN_ZOOM, Math.min(maxK, (width - 2 * (padding + padX)) / w, (height - 2 * padding) / h));
  const cx = (rect.x0 + rect.x1) / 2;
  const cy = (rect.y0 + rect.y1) / 2;
  return { k, x: width / 2 - cx * k, y: height / 2 - cy * k };
}

/** The view that centres world point (wx, wy) at zoom k. */
export function centreOn(wx: number, wy: number, k: number, width: number, height: number): View {
  return { k, x: width / 2 - wx * k, y: height / 2 - wy * k };
}

/** Whether the segment's bounding box meets the rect: a cheap, conservative cull. */
export function segmentMayCross(rect: Rect, ax: number, ay: number, bx: number, by: number): boolean {
  return !(
    (ax < rect.x0 && bx < rect.x0) ||
    (ax > rect.x1 && bx > rect.x1) ||
    (ay < rect.y0 && by < rect.y0) ||
    (ay > rect.y1 && by > rect.y1)
  );
}
