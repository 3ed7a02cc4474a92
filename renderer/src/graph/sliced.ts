/**
 * Runs stepped work (shared/graph/steps.ts) a slice at a time: steps until the slice's
 * budget is spent, then lets the page breathe (input, paint) before the next slice. The
 * first slice runs at once, so work that fits in it (a small garden) finishes synchronously.
 */
import type { Steps } from '../../../shared/graph/steps';

/** A slice's budget: well inside the 50 ms a long task starts at, with room for a frame. */
export const SLICE_MS = 12;

export type SlicedResult<T> = { done: true; value: T } | { done: false; value: Promise<T> };

/** The next slice after the page has handled what waits (a message, not a clamped timer). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** One slice's worth of steps; the value when the work ended within it. */
function slice<T>(steps: Steps<T>, budgetMs: number): { done: true; value: T } | { done: false } {
  const start = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return { done: true, value: next.value };
    if (performance.now() - start >= budgetMs) return { done: false };
  }
}

/**
 * Starts the work: done at once when it fits in the first slice, otherwise a promise for the
 * value. `signal` stops it between slices (the input changed); the promise then never settles.
 */
export function runSliced<T>(steps: Steps<T>, signal?: AbortSignal, budgetMs = SLICE_MS): SlicedResult<T> {
  const first = slice(steps, budgetMs);
  if (first.done) return first;
  return {
    done: false,
    value: new Promise<T>((resolve) => {
      const go = async () => {
        for (;;) {
          await nextTask();
          if (signal?.aborted) return;
          const next = slice(steps, budgetMs);
          if (next.done) return resolve(next.value);
        }
      };
      void go();
    }),
  };
}
