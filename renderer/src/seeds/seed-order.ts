import type { SeedSummary } from '../../../shared/api';

/** The seeds most mentioned first (the ones the garden is asking for), then by name. */
export function orderSeeds(seeds: readonly SeedSummary[]): SeedSummary[] {
  return [...seeds].sort(
    (a, b) => b.mentionedIn.length - a.mentionedIn.length || a.target.localeCompare(b.target, undefined, { sensitivity: 'base' }),
  );
}
