/**
 * The page's handle on the layout: a Web Worker where there is one (the app, browser mode),
 * else the same runner on the page in small slices (unit tests under jsdom). Either way the
 * page gets frames through `onFrame` and hands each buffer back with `done` once drawn.
 */
import type { FromWorker, LayoutInit, LayoutStats, ToWorker } from './layout-protocol';
import { LayoutRunner } from './layout-runner';

export interface LayoutListener {
  onFrame(positions: Float32Array, stats: LayoutStats, settled: boolean): void;
  onError(message: string): void;
}

export interface LayoutEngine {
  readonly kind: 'worker' | 'inline';
  start(init: LayoutInit): void;
  drag(index: number, x: number, y: number): void;
  release(index: number, pinned: boolean): void;
  unpin(index: number): void;
  reheat(alpha: number): void;
  /** Hands a drawn frame's buffer back, so the next frame can come. */
  done(positions: Float32Array): void;
  destroy(): void;
}

function engineOver(
  kind: LayoutEngine['kind'],
  send: (message: ToWorker, transfer?: Transferable[]) => void,
  destroy: () => void,
  generation: { current: number },
): LayoutEngine {
  return {
    kind,
    start: (init) => send({ type: 'start', init, generation: ++generation.current }),
    drag: (index, x, y) => send({ type: 'drag', index, x, y }),
    release: (index, pinned) => send({ type: 'release', index, pinned }),
    unpin: (index) => send({ type: 'unpin', index }),
    reheat: (alpha) => send({ type: 'reheat', alpha }),
    done: (positions) => send({ type: 'frame', buffer: positions.buffer as ArrayBuffer }, [positions.buffer as ArrayBuffer]),
    destroy,
  };
}

/** Frames of a layout replaced since are dropped. */
function deliver(listener: LayoutListener, message: FromWorker, generation: { current: number }): void {
  if (message.type === 'error') listener.onError(message.message);
  else if (message.generation === generation.current) listener.onFrame(new Float32Array(message.buffer), message.stats, message.type === 'settled');
}

export function createWorkerEngine(listener: LayoutListener): LayoutEngine {
  const generation = { current: 0 };
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<FromWorker>) => deliver(listener, event.data, generation);
  worker.onerror = (event) => listener.onError(event.message || 'The layout stopped unexpectedly.');
  return engineOver('worker', (message, transfer = []) => worker.postMessage(message, transfer), () => worker.terminate(), generation);
}

export function createInlineEngine(listener: LayoutListener): LayoutEngine {
  let alive = true;
  const generation = { current: 0 };
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const runner = new LayoutRunner({
    post: (message) => {
      // Asynchronous, as a worker's message would be.
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (alive) deliver(listener, message, generation);
      }, 0);
      timers.add(timer);
    },
    now: () => performance.now(),
    schedule: (run, delayMs) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (alive) run();
      }, delayMs);
      timers.add(timer);
    },
  });
  return engineOver(
    'inline',
    (message) => {
      if (alive) runner.handle(message);
    },
    () => {
      alive = false;
      runner.handle({ type: 'stop' });
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
    generation,
  );
}

export function createLayoutEngine(listener: LayoutListener): LayoutEngine {
  if (typeof Worker === 'function') {
    try {
      return createWorkerEngine(listener);
    } catch {
      // A page that may not start workers still gets a layout, on its own thread.
    }
  }
  return createInlineEngine(listener);
}
