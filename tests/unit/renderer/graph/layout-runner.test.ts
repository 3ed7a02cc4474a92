/** The layout worker's loop: frames only when the page hands a buffer back, and a stop when settled. */
import { describe, expect, it } from 'vitest';
import { defaultLayoutSettings } from '../../../../shared/graph/layout-core';
import { layoutInit } from '../../../../shared/graph/layout-input';
import type { FromWorker, LayoutInit } from '../../../../renderer/src/graph/layout-protocol';
import { LayoutRunner } from '../../../../renderer/src/graph/layout-runner';
import { buildGraph } from '../../../../shared/graph/view-model';
import { smallGarden } from '../helpers/plants';

const data = buildGraph(smallGarden());
const none = () => undefined;

describe('LayoutRunner', () => {
  function harness(init: LayoutInit) {
    const posted: FromWorker[] = [];
    const queue: (() => void)[] = [];
    let clock = 0;
    const runner = new LayoutRunner({
      post: (message) => posted.push(message),
      now: () => clock,
      schedule: (run) => {
        queue.push(run);
      },
    });
    runner.handle({ type: 'start', init, generation: 1 });
    const step = (n = 1) => {
      for (let i = 0; i < n && queue.length > 0; i += 1) {
        clock += 1;
        queue.shift()!();
      }
    };
    return { runner, posted, queue, step };
  }

  it('posts a frame only when the page has handed a buffer back, then settles and stops', () => {
    const { runner, posted, queue, step } = harness(layoutInit(data, none, new Set()));
    step(5);
    // One buffer: one frame, then it waits for the page to hand it back.
    expect(posted.filter((m) => m.type === 'positions')).toHaveLength(1);
    const first = posted[0]!;
    if (first.type === 'error') throw new Error(first.message);
    expect(first.generation).toBe(1);
    runner.handle({ type: 'frame', buffer: first.buffer });
    expect(posted.filter((m) => m.type === 'positions')).toHaveLength(2);
    step(10_000);
    expect(posted.at(-1)?.type).toBe('settled');
    expect(queue).toHaveLength(0);
    const settled = posted.at(-1)!;
    if (settled.type !== 'settled') throw new Error('not settled');
    expect(new Float32Array(settled.buffer)).toHaveLength(data.nodes.length * 2);
    expect(settled.stats.alpha).toBeLessThan(defaultLayoutSettings(data.nodes.length).alphaMin);
  });

  it('settles at once when every position is known, and wakes for a drag', () => {
    const known = new Map(data.nodes.map((n) => [n.id, [n.index * 10, n.index * 5] as [number, number]]));
    const { runner, posted, queue, step } = harness(layoutInit(data, (id) => known.get(id), new Set()));
    expect(posted.map((m) => m.type)).toEqual(['settled']);
    expect(queue).toHaveLength(0);
    runner.handle({ type: 'drag', index: 2, x: 100, y: 100 });
    step(50);
    // Still warm while held.
    expect(posted.at(-1)?.type).toBe('positions');
    runner.handle({ type: 'release', index: 2, pinned: true });
    for (const m of posted) if (m.type === 'positions') runner.handle({ type: 'frame', buffer: m.buffer });
    step(10_000);
    expect(posted.at(-1)?.type).toBe('settled');
  });
});
