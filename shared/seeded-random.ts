/**
 * d3-force's own linear congruential generator, from a chosen seed: same seed, same sequence.
 * Used for layouts that must come out the same each time, and for generated test and bench data.
 */
export function seededRandom(seed: number): () => number {
  let state = (Math.abs(Math.floor(seed)) % 4294967296) || 1;
  return () => (state = (1664525 * state + 1013904223) % 4294967296) / 4294967296;
}
