/**
 * The snapshot the local graph beside a note is drawn from. Drawing it means building the
 * whole garden's graph (~0.1 s at 10k notes, most of a second at 50k), and each autosave
 * makes a new snapshot: rebuilding on every one would stall typing in a large garden. So a
 * new snapshot is taken once the garden has been quiet for QUIET_MS, or at once when the
 * drawn one cannot show the open note at all (a note just created, another garden).
 */
import { useEffect, useState } from 'react';
import type { GardenSnapshot } from '../../../../shared/api';

export const QUIET_MS = 800;

/** Whether `next` must replace `drawn` now rather than after the quiet. */
export function takeAtOnce(drawn: GardenSnapshot | null, next: GardenSnapshot | null, path: string): boolean {
  if (!drawn || !next) return true;
  if (drawn.name !== next.name) return true;
  return !drawn.plants.some((p) => p.path === path);
}

export function useSettledSnapshot(snapshot: GardenSnapshot | null, path: string, quietMs = QUIET_MS): GardenSnapshot | null {
  const [drawn, setDrawn] = useState(snapshot);
  const atOnce = drawn !== snapshot && takeAtOnce(drawn, snapshot, path);
  useEffect(() => {
    if (drawn === snapshot || atOnce) return undefined;
    const timer = setTimeout(() => setDrawn(snapshot), quietMs);
    return () => clearTimeout(timer);
  }, [drawn, snapshot, atOnce, quietMs]);
  if (atOnce && drawn !== snapshot) setDrawn(snapshot);
  return atOnce ? snapshot : drawn;
}
