import type { Steps } from '../../../../shared/graph/steps';

/** Runs stepped work to its end as the page would, counting the pauses it made on the way. */
export function drainSteps<T>(steps: Steps<T>): { pauses: number; value: T } {
  let pauses = 0;
  let next = steps.next();
  while (!next.done) {
    pauses += 1;
    next = steps.next();
  }
  return { pauses, value: next.value };
}
