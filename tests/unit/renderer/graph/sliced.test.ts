/** Stepped work spread over tasks: small work at once, large work without holding the page. */
import { describe, expect, it } from 'vitest';
import type { Steps } from '../../../../shared/graph/steps';
import { runSliced } from '../../../../renderer/src/graph/sliced';

/** `count` steps of about `stepMs` of busy work each; returns how many ran. */
function* busySteps(count: number, stepMs: number, ran: { steps: number }): Steps<string> {
  for (let i = 0; i < count; i += 1) {
    const until = performance.now() + stepMs;
    while (performance.now() < until) {
      /* busy, as building a large graph is */
    }
    ran.steps += 1;
    yield;
  }
  return `built in ${count} steps`;
}

describe('runSliced', () => {
  it('finishes work that fits in one slice at once, with its value', () => {
    const ran = { steps: 0 };
    const result = runSliced(busySteps(3, 0, ran), undefined, 12);
    expect(result).toEqual({ done: true, value: 'built in 3 steps' });
    expect(ran.steps).toBe(3);
  });

  it('spreads longer work over several tasks, so what waits (input, a timer) runs before it ends', async () => {
    const ran = { steps: 0 };
    const result = runSliced(busySteps(40, 1, ran), undefined, 5);
    expect(result.done).toBe(false);
    // The first slice stopped near its budget: a handful of 1 ms steps, not all forty.
    expect(ran.steps).toBeGreaterThan(0);
    expect(ran.steps).toBeLessThan(12);
    let stepsWhenTimerRan = -1;
    setTimeout(() => (stepsWhenTimerRan = ran.steps), 0);
    expect(await (result.done ? Promise.resolve(result.value) : result.value)).toBe('built in 40 steps');
    expect(stepsWhenTimerRan).toBeGreaterThan(0);
    expect(stepsWhenTimerRan).toBeLessThan(40);
  });

  it('stops between slices once aborted, and never settles', async () => {
    const ran = { steps: 0 };
    const abort = new AbortController();
    const result = runSliced(busySteps(40, 1, ran), abort.signal, 5);
    abort.abort();
    const afterFirst = ran.steps;
    let settled = false;
    if (!result.done) void result.value.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(ran.steps).toBe(afterFirst);
    expect(settled).toBe(false);
  });
});
