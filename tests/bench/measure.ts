/** Small timing helpers for the bench: medians and percentiles over repeated runs. */
import { performance } from 'node:perf_hooks';

export async function time<T>(task: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await task();
  return { ms: performance.now() - start, value };
}

/**
 * Median of `runs` timed runs, each started on a collected heap (when run with --expose-gc,
 * as `npm run bench` is): a run then pays for the garbage it makes, not for what earlier
 * runs left, as an app opening its garden at launch does. Figure and baseline alike.
 */
export async function median(runs: number, task: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    gc();
    samples.push((await time(task)).ms);
  }
  return percentile(samples, 50);
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * The heap in use once garbage from earlier steps is really gone: timers and watchers of a
 * garden that was just dropped hold it until their callbacks have run, so a bare gc() right
 * after can count it (a baseline taken that way once made the search's memory negative).
 * Typed arrays' contents live outside V8's heap (`arrayBuffers`), so they are counted too:
 * an index made of typed arrays would otherwise look free.
 */
export async function settledHeap(): Promise<number> {
  for (let i = 0; i < 3; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    gc();
  }
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}
