/**
 * What the quick switcher lists: with an empty box, the recent notes; otherwise the
 * core's completions (prefix and fuzzy, best first), and "Create note" when no plant is
 * called exactly what was typed.
 */
import type { Completion, PlantSummary } from '../../../shared/api';
import type { GardenPath, PlantKind } from '../../../shared/types';
import { fold } from '../palette/match';

export type SwitcherEntry =
  | { type: 'plant'; path: GardenPath; kind: PlantKind; title: string; alias?: string; recent?: true }
  | { type: 'create'; title: string };

export function switcherEntries(query: string, completions: readonly Completion[] | null, recent: readonly PlantSummary[]): SwitcherEntry[] {
  const typed = query.trim();
  if (typed === '') return recent.map((p) => ({ type: 'plant', path: p.path, kind: p.kind, title: p.title, recent: true }));
  if (completions === null) return [];
  const seen = new Set<GardenPath>();
  const entries: SwitcherEntry[] = [];
  for (const c of completions) {
    if (seen.has(c.path)) continue;
    seen.add(c.path);
    entries.push(c.alias ? { type: 'plant', path: c.path, kind: c.kind, title: c.title, alias: c.alias } : { type: 'plant', path: c.path, kind: c.kind, title: c.title });
  }
  const exact = completions.some((c) => fold(c.title) === fold(typed) || (c.alias !== undefined && fold(c.alias) === fold(typed)));
  if (!exact) entries.push({ type: 'create', title: typed });
  return entries;
}
