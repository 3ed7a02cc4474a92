/**
 * Moving between plants with the arrow keys: the nearest visible node roughly in that
 * direction (within 60° of it), nearer and straighter ahead winning. Pure.
 */
export type Direction = 'left' | 'right' | 'up' | 'down';

const ANGLE: Record<Direction, number> = { right: 0, down: Math.PI / 2, left: Math.PI, up: -Math.PI / 2 };

export function nearestInDirection(positions: Float32Array, visible: Uint8Array, from: number, direction: Direction): number {
  const fx = positions[from * 2];
  const fy = positions[from * 2 + 1];
  if (fx === undefined || fy === undefined) return -1;
  const want = ANGLE[direction];
  let best = -1;
  let bestScore = Infinity;
  for (let i = 0; i < visible.length; i += 1) {
    if (i === from || !visible[i]) continue;
    const dx = (positions[i * 2] as number) - fx;
    const dy = (positions[i * 2 + 1] as number) - fy;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    let off = Math.atan2(dy, dx) - want;
    off = Math.atan2(Math.sin(off), Math.cos(off));
    if (Math.abs(off) > Math.PI / 3) continue;
    const score = distance * (1 + 2 * Math.abs(Math.sin(off)));
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}
