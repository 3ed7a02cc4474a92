/**
 * Looks a link target up in the note's outgoing links, as resolved by the core: the page
 * never resolves links itself, it only matches what it renders to what the core found.
 */
import type { OutgoingLink } from '../../../shared/api';
import type { GardenPath } from '../../../shared/types';

function normalise(target: string): string {
  const noHeading = target.split('#')[0] ?? '';
  return noHeading.trim().replace(/\.md$/i, '').normalize('NFC').toLowerCase();
}

export type TargetIndex = (target: string) => GardenPath | null;

export function indexOutgoing(outgoing: readonly OutgoingLink[]): TargetIndex {
  const exact = new Map<string, GardenPath | null>();
  const loose = new Map<string, GardenPath>();
  for (const link of outgoing) {
    if (!exact.has(link.target) || link.resolved) exact.set(link.target, link.resolved);
    if (link.resolved) {
      const key = normalise(link.target);
      if (!loose.has(key)) loose.set(key, link.resolved);
    }
  }
  return (target) => exact.get(target) ?? loose.get(normalise(target)) ?? null;
}
