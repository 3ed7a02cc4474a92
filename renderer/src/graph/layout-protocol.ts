/**
 * What the page and the layout worker say to each other. Positions travel as x,y pairs in
 * a Float32Array whose buffer is transferred, never copied; the page hands each buffer back
 * once it has drawn it, so the worker posts at most one frame per animation frame.
 */
import type { LayoutInit } from '../../../shared/graph/layout-types';

export type { LayoutInit, LayoutSettings } from '../../../shared/graph/layout-types';

export type ToWorker =
  /** `generation` tells this layout's frames from those of one started before it. */
  | { type: 'start'; init: LayoutInit; generation: number }
  /** A drawn frame's buffer, handed back for the next one. */
  | { type: 'frame'; buffer: ArrayBuffer }
  | { type: 'drag'; index: number; x: number; y: number }
  | { type: 'release'; index: number; pinned: boolean }
  | { type: 'unpin'; index: number }
  | { type: 'reheat'; alpha: number }
  | { type: 'stop' };

export interface LayoutStats {
  alpha: number;
  /** Ticks run since start. */
  ticks: number;
  /** Mean duration of one tick over the last slice, in ms (for the bench). */
  tickMs: number;
}

export type FromWorker =
  | { type: 'positions'; buffer: ArrayBuffer; stats: LayoutStats; generation: number }
  | { type: 'settled'; buffer: ArrayBuffer; stats: LayoutStats; generation: number }
  | { type: 'error'; message: string };
