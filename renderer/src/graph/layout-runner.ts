/**
 * Runs a LayoutSimulation in slices and posts frames: the loop of the layout worker (and of
 * the page itself where no Worker exists, as in unit tests). Each slice ticks for a few
 * milliseconds, then yields so messages (drag, release) get through. A frame is posted
 * only when the page has handed a buffer back, so at most one per drawn frame; when the
 * layout cools below alphaMin it posts 'settled' and stops: no work while nothing moves.
 */
import { LayoutSimulation } from '../../../shared/graph/layout-core';
import type { FromWorker, LayoutStats, ToWorker } from './layout-protocol';

export interface RunnerHost {
  post(message: FromWorker, transfer: Transferable[]): void;
  now(): number;
  schedule(run: () => void, delayMs: number): void;
}

/** Work per slice: small enough that a drag message waits at most this long. */
const SLICE_MS = 12;
/** Ticks per ~16 ms while settling: a small garden eases in over a second or two. */
const TICKS_PER_FRAME = 3;
const FRAME_MS = 16;

export class LayoutRunner {
  private simulation: LayoutSimulation | null = null;
  private spare: ArrayBuffer[] = [];
  private framePending = false;
  private running = false;
  private dragging = false;
  private lastTickMs = 0;
  private generation = -1;

  constructor(private readonly host: RunnerHost) {}

  handle(message: ToWorker): void {
    const simulation = this.simulation;
    switch (message.type) {
      case 'start': {
        this.generation = message.generation;
        this.simulation = new LayoutSimulation(message.init);
        // One buffer: it is either here or on the page, so one frame at a time is in flight.
        this.spare = [new ArrayBuffer(message.init.count * 2 * Float32Array.BYTES_PER_ELEMENT)];
        this.framePending = false;
        this.dragging = false;
        if (this.simulation.settled) this.postSettled();
        else this.wake();
        return;
      }
      case 'frame':
        if (simulation && message.buffer.byteLength === simulation.count * 8 && this.spare.length === 0) this.spare.push(message.buffer);
        if (this.framePending) this.offerFrame();
        return;
      case 'drag':
        this.dragging = true;
        simulation?.drag(message.index, message.x, message.y);
        this.wake();
        return;
      case 'release':
        this.dragging = false;
        simulation?.release(message.index, message.pinned);
        this.wake();
        return;
      case 'unpin':
        simulation?.unpin(message.index);
        this.wake();
        return;
      case 'reheat':
        simulation?.reheat(message.alpha);
        this.wake();
        return;
      case 'stop':
        this.generation = -1;
        this.simulation = null;
        this.running = false;
        return;
    }
  }

  private wake(): void {
    if (this.running || !this.simulation) return;
    this.running = true;
    const generation = this.generation;
    this.host.schedule(() => this.slice(generation), 0);
  }

  private slice(generation: number): void {
    const simulation = this.simulation;
    if (generation !== this.generation || !simulation) return;
    const start = this.host.now();
    let ticks = 0;
    const most = this.dragging ? 1 : TICKS_PER_FRAME;
    do {
      simulation.tick();
      ticks += 1;
    } while (!simulation.settled && ticks < most && this.host.now() - start < SLICE_MS);
    const elapsed = this.host.now() - start;
    this.lastTickMs = elapsed / ticks;
    if (simulation.settled) {
      this.running = false;
      this.postSettled();
      return;
    }
    this.framePending = true;
    this.offerFrame();
    this.host.schedule(() => this.slice(generation), Math.max(0, FRAME_MS - elapsed));
  }

  private stats(): LayoutStats {
    return { alpha: this.simulation?.alpha ?? 0, ticks: this.simulation?.ticks ?? 0, tickMs: this.lastTickMs };
  }

  private offerFrame(): void {
    const simulation = this.simulation;
    const buffer = this.spare.pop();
    if (!simulation || !buffer) return;
    this.framePending = false;
    simulation.write(new Float32Array(buffer));
    this.host.post({ type: 'positions', buffer, stats: this.stats(), generation: this.generation }, [buffer]);
  }

  private postSettled(): void {
    const simulation = this.simulation;
    if (!simulation) return;
    this.framePending = false;
    // Always delivered, whether or not a spare buffer is back.
    const positions = simulation.write(new Float32Array(simulation.count * 2));
    this.host.post({ type: 'settled', buffer: positions.buffer as ArrayBuffer, stats: this.stats(), generation: this.generation }, [positions.buffer as ArrayBuffer]);
  }
}
