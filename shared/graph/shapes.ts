/**
 * The shape of each kind as a canvas sub-path (PRODUCT.md: person a circle, note a leaf,
 * source a diamond, goal a star, platform a hexagon, seed a hollow dot, you the sun).
 * Each adds to the current path without beginning one, so many nodes of a kind are filled
 * with one call.
 */
import type { NodeShape } from './model';

/** The part of a canvas path the shapes use; a CanvasRenderingContext2D is one, so is an SVG path recorder. */
export interface PathLike {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number): void;
  quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): void;
  closePath(): void;
}

const TAU = Math.PI * 2;

function polygon(ctx: PathLike, x: number, y: number, r: number, sides: number, rotation: number): void {
  for (let i = 0; i < sides; i += 1) {
    const a = rotation + (i * TAU) / sides;
    const px = x + r * Math.cos(a);
    const py = y + r * Math.sin(a);
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.closePath();
}

function star(ctx: PathLike, x: number, y: number, r: number): void {
  const inner = r * 0.48;
  for (let i = 0; i < 10; i += 1) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : inner;
    const px = x + rr * Math.cos(a);
    const py = y + rr * Math.sin(a);
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.closePath();
}

/** A leaf pointing up-right, its two sides curved (as KindIcon's leaf). */
function leaf(ctx: PathLike, x: number, y: number, r: number): void {
  const d = r * 1.05;
  ctx.moveTo(x - d, y + d);
  ctx.quadraticCurveTo(x - d, y - d, x + d, y - d);
  ctx.quadraticCurveTo(x + d, y + d, x - d, y + d);
  ctx.closePath();
}

export function traceShape(ctx: PathLike, shape: NodeShape, x: number, y: number, r: number): void {
  switch (shape) {
    case 'diamond':
      polygon(ctx, x, y, r * 1.25, 4, -Math.PI / 2);
      return;
    case 'star':
      star(ctx, x, y, r * 1.35);
      return;
    case 'hexagon':
      polygon(ctx, x, y, r * 1.12, 6, 0);
      return;
    case 'leaf':
      leaf(ctx, x, y, r);
      return;
    default:
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, TAU);
  }
}

/** The sun's rays around you. */
export function traceRays(ctx: PathLike, x: number, y: number, r: number): void {
  for (let i = 0; i < 12; i += 1) {
    const a = (i * TAU) / 12;
    ctx.moveTo(x + Math.cos(a) * r * 1.25, y + Math.sin(a) * r * 1.25);
    ctx.lineTo(x + Math.cos(a) * r * 1.6, y + Math.sin(a) * r * 1.6);
  }
}

/** How far the shape reaches from its centre, for culling and hit tests. */
export function shapeExtent(shape: NodeShape, r: number): number {
  switch (shape) {
    case 'diamond':
      return r * 1.25;
    case 'star':
      return r * 1.35;
    case 'leaf':
      return r * 1.5;
    case 'sun':
      return r * 1.6;
    case 'hexagon':
      return r * 1.12;
    default:
      return r;
  }
}

/** The same shape as an SVG path, for the legend: it shows exactly what the map draws. */
export function shapePath(shape: NodeShape, x: number, y: number, r: number): string {
  const parts: string[] = [];
  const n = (v: number) => String(Math.round(v * 100) / 100);
  const recorder: PathLike = {
    moveTo: (px, py) => void parts.push(`M${n(px)} ${n(py)}`),
    lineTo: (px, py) => void parts.push(`L${n(px)} ${n(py)}`),
    quadraticCurveTo: (cx, cy, px, py) => void parts.push(`Q${n(cx)} ${n(cy)} ${n(px)} ${n(py)}`),
    closePath: () => void parts.push('Z'),
    // traceShape draws whole circles only.
    arc: (cx, cy, rr) => void parts.push(`M${n(cx + rr)} ${n(cy)}A${n(rr)} ${n(rr)} 0 1 0 ${n(cx - rr)} ${n(cy)}A${n(rr)} ${n(rr)} 0 1 0 ${n(cx + rr)} ${n(cy)}`),
  };
  traceShape(recorder, shape === 'sun' || shape === 'hollow' ? 'circle' : shape, x, y, r);
  return parts.join('');
}

/** The sun's rays as an SVG path. */
export function raysPath(x: number, y: number, r: number): string {
  const parts: string[] = [];
  const n = (v: number) => String(Math.round(v * 100) / 100);
  traceRays({ moveTo: (px, py) => void parts.push(`M${n(px)} ${n(py)}`), lineTo: (px, py) => void parts.push(`L${n(px)} ${n(py)}`), arc: () => undefined, quadraticCurveTo: () => undefined, closePath: () => undefined }, x, y, r);
  return parts.join('');
}
