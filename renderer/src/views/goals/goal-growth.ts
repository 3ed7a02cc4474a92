/**
 * The Goals view as data: each goal with its due date, the plants linked to it (either way,
 * as the health model counts them) and its recent growth: which of them changed in the last
 * `window` days (30, the health model's goal stall), newest first.
 */
import type { GardenSnapshot, PlantSummary } from '../../../../shared/api';
import { daysBetween } from '../../../../shared/dates';
import type { GoalHorizon, IsoDate } from '../../../../shared/types';

export const GROWTH_WINDOW_DAYS = 30;

export interface GoalRow {
  plant: PlantSummary;
  horizon: GoalHorizon;
  /** Days until due (negative: past due); null with no due date. */
  dueIn: number | null;
  linked: PlantSummary[];
  /** Linked plants changed in the window, newest first, with how many days ago. */
  growth: { plant: PlantSummary; daysAgo: number }[];
}

export function goalRows(snapshot: GardenSnapshot, window = GROWTH_WINDOW_DAYS): GoalRow[] {
  const byPath = new Map(snapshot.plants.map((p) => [p.path as string, p]));
  const neighbours = new Map<string, Set<string>>();
  const join = (a: string, b: string) => {
    if (a === b) return;
    neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
  };
  for (const { from, to } of snapshot.links) {
    join(from, to);
    join(to, from);
  }
  const today: IsoDate = snapshot.today;
  const rows: GoalRow[] = [];
  for (const plant of snapshot.plants) {
    if (plant.kind !== 'goal' || !plant.goal) continue;
    const linked = [...(neighbours.get(plant.path) ?? [])]
      .map((p) => byPath.get(p))
      .filter((p): p is PlantSummary => p !== undefined)
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title));
    const growth = linked
      .map((p) => ({ plant: p, daysAgo: daysBetween(p.modified, today) }))
      .filter((g) => g.daysAgo < window)
      .sort((a, b) => a.daysAgo - b.daysAgo || a.plant.title.localeCompare(b.plant.title))
      .map((g) => ({ ...g, daysAgo: Math.max(0, g.daysAgo) }));
    rows.push({ plant, horizon: plant.goal.horizon, dueIn: plant.goal.due ? daysBetween(today, plant.goal.due) : null, linked, growth });
  }
  const statusOrder = { active: 0, paused: 1, done: 2 } as const;
  return rows.sort((a, b) =>
    statusOrder[a.plant.goal?.status ?? 'active'] - statusOrder[b.plant.goal?.status ?? 'active'] ||
    (a.dueIn ?? Infinity) - (b.dueIn ?? Infinity) ||
    a.plant.title.localeCompare(b.plant.title));
}

export function dueText(row: GoalRow): string {
  const due = row.plant.goal?.due;
  if (!due || row.dueIn === null) return 'No due date';
  if (row.dueIn === 0) return `Due today (${due})`;
  if (row.dueIn > 0) return `Due ${due}, in ${row.dueIn === 1 ? '1 day' : `${row.dueIn} days`}`;
  return `Was due ${due}, ${-row.dueIn === 1 ? '1 day' : `${-row.dueIn} days`} ago`;
}
