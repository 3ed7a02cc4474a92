/**
 * Work written as a generator that pauses (yields) between pieces, so the same code can run
 * at once (Node, tests, small gardens) or spread over several tasks in the page, which then
 * never freezes on a large garden (renderer/src/graph/sliced.ts).
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step now and returns the result. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
