/**
 * Paces a progressive base paint: learns what a unit of work (painter's itemWork) of each
 * kind of step costs to rasterise, and sizes the next chunk to end inside the slice.
 *
 * A chunk is rasterised at once and cannot be interrupted, so a slice overshoots by whatever
 * the last chunk cost beyond the estimate. Costs rise at once when a chunk was dearer than
 * thought and fall back slowly, and within one plan a kind's chunks at most double: a wrong
 * estimate then costs one slice a few milliseconds, not a long task.
 */
export class PaintPacer {
  private readonly costPerWork = new Map<string, number>();
  private readonly lastChunk = new Map<string, number>();

  constructor(
    private readonly sliceMs: number,
    /** Work of the first chunk of a kind never measured: small, as a guess too big is a long task. */
    private readonly firstChunk = 4,
    /** Bounds one path, so a cheap kind does not build a huge one. */
    private readonly maxChunk = 4000,
  ) {}

  /** A new plan: chunk sizes start again from what is known. */
  startPlan(): void {
    this.lastChunk.clear();
  }

  /** How much work of `kind` to draw next, `elapsedMs` into the slice. */
  chunk(kind: string, elapsedMs: number): number {
    const cost = this.costPerWork.get(kind);
    const previous = this.lastChunk.get(kind);
    let size: number;
    if (cost === undefined) {
      size = previous === undefined ? this.firstChunk : 2 * previous;
    } else {
      // Aim at most of what is left of the slice; a slice always gets something drawn.
      const left = Math.max(this.sliceMs * 0.25, this.sliceMs - elapsedMs) * 0.7;
      size = Math.min(left / Math.max(1e-6, cost), 2 * (previous ?? this.firstChunk));
    }
    size = Math.max(1, Math.min(this.maxChunk, size));
    this.lastChunk.set(kind, size);
    return size;
  }

  /** What drawing (and rasterising) `work` of `kind` took. */
  learn(kind: string, work: number, ms: number): void {
    if (work <= 0) return;
    const measured = ms / work;
    const known = this.costPerWork.get(kind);
    this.costPerWork.set(kind, known === undefined || measured > known ? measured : known * 0.7 + measured * 0.3);
  }
}
