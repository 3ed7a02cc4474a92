/**
 * The People view as data: one row per person with what the columns show, and the pure
 * filter and sort over them (tested without React).
 *
 * The clock is always the last logged interaction (never the file's date, never a reminder
 * of its own: monicahq/monica#1814 must not happen here): `last` and `daysSince` come from
 * the same interactions the health model reads, and `daysOverdue` is `daysSince − cadence`.
 * A person with nothing logged counts from when they were added, as the health model does.
 * "Losing touch" is past their cadence: thirsty, wilting or dormant.
 */
import type { PlantSummary } from '../../../../shared/api';
import { lastInteractionOnOrBefore, reciprocity } from '../../../../shared/health';
import type { Circle, HealthState, IsoDate, Reciprocity } from '../../../../shared/types';
import { platformKey, platformName } from '../platforms/platform-label';

export interface PersonRow {
  plant: PlantSummary;
  path: string;
  name: string;
  circle: Circle;
  /** Platform labels, distinct, as the map names them. */
  platforms: string[];
  tags: string[];
  /** The last interaction on or before today; null when none is logged. */
  last: IsoDate | null;
  daysSince: number;
  cadence: number;
  /** Days past the cadence; 0 while within it. */
  daysOverdue: number;
  state: HealthState;
  reciprocity: Reciprocity;
  /** (G − R) / (G + R) over the last year; null with no interaction in it. */
  balance: number | null;
  gave: number;
  received: number;
  losingTouch: boolean;
}

const LOSING_TOUCH: ReadonlySet<HealthState> = new Set(['thirsty', 'wilting', 'dormant']);

export function personRow(plant: PlantSummary, today: IsoDate): PersonRow | null {
  const person = plant.person;
  if (plant.kind !== 'person' || !person) return null;
  const daysSince = plant.health.daysSince ?? 0;
  const cadence = plant.health.cadence ?? 0;
  const give = reciprocity(person.interactions, today);
  const platforms = [...new Map(person.platforms.map((p) => [platformKey(p.platform), platformName(p.platform)])).values()];
  return {
    plant,
    path: plant.path,
    name: plant.title,
    circle: person.circle,
    platforms,
    tags: plant.tags,
    last: lastInteractionOnOrBefore(person.interactions, today),
    daysSince,
    cadence,
    daysOverdue: Math.max(0, daysSince - cadence),
    state: plant.health.state,
    reciprocity: plant.health.reciprocity ?? give.reciprocity,
    balance: plant.health.balance ?? give.balance,
    gave: give.gave,
    received: give.received,
    losingTouch: LOSING_TOUCH.has(plant.health.state),
  };
}

export function personRows(plants: readonly PlantSummary[], today: IsoDate): PersonRow[] {
  return plants.map((p) => personRow(p, today)).filter((r): r is PersonRow => r !== null);
}

// ---- filter --------------------------------------------------------------------------------

export const CONTACT_FILTERS = ['any', 'within-30', 'over-30', 'over-90', 'never'] as const;
export type ContactFilter = (typeof CONTACT_FILTERS)[number];

export interface PeopleFilter {
  text: string;
  circle: Circle | 'all';
  platform: string | 'all';
  tag: string | 'all';
  state: HealthState | 'all';
  reciprocity: Reciprocity | 'all';
  contact: ContactFilter;
  overdueOnly: boolean;
  losingTouch: boolean;
}

export const NO_FILTER: PeopleFilter = {
  text: '', circle: 'all', platform: 'all', tag: 'all', state: 'all', reciprocity: 'all', contact: 'any', overdueOnly: false, losingTouch: false,
};

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

function contactMatches(row: PersonRow, contact: ContactFilter): boolean {
  switch (contact) {
    case 'any': return true;
    case 'never': return row.last === null;
    case 'within-30': return row.last !== null && row.daysSince <= 30;
    case 'over-30': return row.last === null || row.daysSince > 30;
    case 'over-90': return row.last === null || row.daysSince > 90;
  }
}

export function filterPeople(rows: readonly PersonRow[], filter: PeopleFilter): PersonRow[] {
  const text = fold(filter.text.trim());
  const tag = filter.tag === 'all' ? null : filter.tag.toLowerCase();
  return rows.filter((row) =>
    (text === '' || fold(row.name).includes(text) || row.plant.aliases.some((a) => fold(a).includes(text))) &&
    (filter.circle === 'all' || row.circle === filter.circle) &&
    (filter.platform === 'all' || row.platforms.includes(filter.platform)) &&
    (tag === null || row.tags.some((t) => t.toLowerCase() === tag)) &&
    (filter.state === 'all' || row.state === filter.state) &&
    (filter.reciprocity === 'all' || row.reciprocity === filter.reciprocity) &&
    contactMatches(row, filter.contact) &&
    (!filter.overdueOnly || row.daysOverdue > 0) &&
    (!filter.losingTouch || row.losingTouch));
}

/** The values each select can take, from the people there are. */
export function filterChoices(rows: readonly PersonRow[]): { platforms: string[]; tags: string[] } {
  const platforms = new Set<string>();
  const tags = new Map<string, string>();
  for (const row of rows) {
    for (const p of row.platforms) platforms.add(p);
    for (const t of row.tags) if (!tags.has(t.toLowerCase())) tags.set(t.toLowerCase(), t);
  }
  const byText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });
  return { platforms: [...platforms].sort(byText), tags: [...tags.values()].sort(byText) };
}

// ---- sort ----------------------------------------------------------------------------------

export const PEOPLE_SORT_KEYS = ['name', 'circle', 'platforms', 'tags', 'last', 'overdue', 'state', 'balance'] as const;
export type PeopleSortKey = (typeof PEOPLE_SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

const STATE_ORDER: Record<HealthState, number> = { thriving: 0, healthy: 1, thirsty: 2, wilting: 3, dormant: 4, orphan: 5, unplanted: 6, seed: 7 };
const CIRCLE_ORDER: Record<Circle, number> = { professional: 0, both: 1, personal: 2 };

function compare(a: PersonRow, b: PersonRow, key: PeopleSortKey): number {
  switch (key) {
    case 'name': return a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
    case 'circle': return CIRCLE_ORDER[a.circle] - CIRCLE_ORDER[b.circle];
    case 'platforms': return (a.platforms[0] ?? '\uffff').localeCompare(b.platforms[0] ?? '\uffff') || a.platforms.length - b.platforms.length;
    case 'tags': return (a.tags[0] ?? '\uffff').localeCompare(b.tags[0] ?? '\uffff');
    // Never contacted sorts as the longest ago.
    case 'last': return (a.last ?? '0000-00-00').localeCompare(b.last ?? '0000-00-00');
    case 'overdue': return a.daysOverdue - b.daysOverdue || a.daysSince / (a.cadence || 1) - b.daysSince / (b.cadence || 1);
    case 'state': return STATE_ORDER[a.state] - STATE_ORDER[b.state] || a.plant.health.vitality - b.plant.health.vitality;
    case 'balance': return (a.balance ?? 0) - (b.balance ?? 0);
  }
}

/** Sorted by `key`, ties by name; the direction flips the key, never the tie-break. */
export function sortPeople(rows: readonly PersonRow[], key: PeopleSortKey, direction: SortDirection): PersonRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b, key) || compare(a, b, 'name'));
}

/** The direction a column starts in when first clicked: the most urgent first where there is urgency. */
export function firstDirection(key: PeopleSortKey): SortDirection {
  return key === 'overdue' || key === 'state' ? 'descending' : 'ascending';
}

/** "+0.33" / "−1.00" / "—": the balance as shown, with a sign always. */
export function formatBalance(balance: number | null): string {
  if (balance === null) return '—';
  const text = Math.abs(balance).toFixed(2);
  return balance > 0 ? `+${text}` : balance < 0 ? `−${text}` : text;
}
