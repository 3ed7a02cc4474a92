/**
 * The layout worker: d3-force off the main thread, so the page only draws. A thin adapter
 * between messages and LayoutRunner; see layout-runner.ts for the loop.
 */
import type { ToWorker } from './layout-protocol';
import { LayoutRunner } from './layout-runner';

/** The little of a dedicated worker's global scope used here (the DOM lib types `self` as a Window). */
interface WorkerScope {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;

const runner = new LayoutRunner({
  post: (message, transfer) => scope.postMessage(message, transfer),
  now: () => performance.now(),
  schedule: (run, delayMs) => {
    setTimeout(run, delayMs);
  },
});

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  try {
    runner.handle(event.data);
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
