/**
 * What the page and the layout worker say to each other. Positions travel as x,y pairs in
 * a Float32Array whose buffer is transferred, never copied; the page hands each buffer back
 * once it has drawn it, so the worker posts at most one frame per animation frame.
 */

export interface LayoutSettings {
  /** Barnes–Hut accuracy of the many-body force: higher is faster and coarser (d3: 0.9). */
  theta: number;
  chargeStrength: number;
  /** Beyond this distance nodes do not repel (speeds up large gardens). */
  distanceMax: number;
  alphaDecay: number;
  alphaMin: number;
  velocityDecay: number;
}

export interface LayoutInit {
  count: number;
  /** x,y per node; NaN where no position is known yet. */
  positions: Float32Array;
  /** 1 for a pinned node: the layout never moves it. */
  pinned: Uint8Array;
  /** Edge ends, two per edge. */
  links: Uint32Array;
  linkDistance: Float32Array;
  /** Multiplies d3's default link strength (1 / the smaller degree of the ends). */
  linkStrength: Float32Array;
  /** Distance from the centre a node is drawn to (people orbit you); NaN for none. */
  orbit: Float32Array;
  orbitStrength: number;
  /** The node held at the centre (you). */
  centre: number;
  settings: LayoutSettings;
}

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
