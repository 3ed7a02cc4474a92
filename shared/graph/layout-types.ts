/**
 * What the force layout is given: plain typed arrays, so it runs the same in the page's
 * worker and in Node (the `pln graph` command, the portfolio export).
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
  /** Pull of every node toward the centre (keeps islands from drifting off). */
  centreStrength: number;
  /** Set when the user asked to lay the garden out again: start this warm even if every position is known. */
  reheat?: number;
  settings: LayoutSettings;
}
