/**
 * The Sources view as a reading list, as data: one row per source with its status and how
 * long it has been in it, who shared it, the notes that use it; grouping and filters.
 *
 * "Age in the current status" reads `status_since` (the app writes it when the list moves a
 * source on); without it, a to-read source counts from `added` (else `created`), as the
 * health model does; any other status falls back to the file's last change, and says so.
 * "Used in" is the notes that link to the source (only notes count, as for health); an
 * unplanted seed is read or applied and used in no note (the health model's `unplanted`).
 */
import type { GardenSnapshot, PlantSummary } from '../../../../shared/api';
import { daysBetween } from '../../../../shared/dates';
import { sharerName } from '../../../../shared/diversity';
import { inferSource } from '../../../../shared/source-url';
import type { IsoDate, SourceKind, SourceStatus } from '../../../../shared/types';
import { platformName } from '../platforms/platform-label';

export type AgeBasis = 'status_since' | 'added' | 'created' | 'modified';

export interface SourceRow {
  plant: PlantSummary;
  path: string;
  title: string;
  status: SourceStatus;
  kind: SourceKind;
  /** Platform label, else null. */
  platform: string | null;
  community: string | null;
  url: string | null;
  tags: string[];
  /** Who shared it: the person's plant when the link resolves, else the name as written. */
  sharer: { name: string; path: string | null } | null;
  age: { days: number; since: IsoDate; basis: AgeBasis };
  usedIn: PlantSummary[];
  unplanted: boolean;
}

function ageOf(plant: PlantSummary, today: IsoDate): SourceRow['age'] {
  const source = plant.source;
  let since: IsoDate = plant.modified;
  let basis: AgeBasis = 'modified';
  if (source?.statusSince) [since, basis] = [source.statusSince, 'status_since'];
  else if ((source?.status ?? 'to-read') === 'to-read' && source?.added) [since, basis] = [source.added, 'added'];
  else if ((source?.status ?? 'to-read') === 'to-read' && plant.created) [since, basis] = [plant.created, 'created'];
  return { days: Math.max(0, daysBetween(since, today)), since, basis };
}

export function sourceRows(snapshot: GardenSnapshot): SourceRow[] {
  const byPath = new Map(snapshot.plants.map((p) => [p.path as string, p]));
  const usedIn = new Map<string, PlantSummary[]>();
  for (const link of snapshot.links) {
    const from = byPath.get(link.from);
    if (from?.kind !== 'note' || link.from === link.to) continue;
    const list = usedIn.get(link.to) ?? [];
    if (!list.includes(from)) list.push(from);
    usedIn.set(link.to, list);
  }
  const rows: SourceRow[] = [];
  for (const plant of snapshot.plants) {
    const source = plant.source;
    if (plant.kind !== 'source' || !source) continue;
    const guess = source.url ? inferSource(source.url) : null;
    const named = sharerName(source.sharedBy);
    const sharerPlant = plant.sharedByPath ? byPath.get(plant.sharedByPath) : undefined;
    const notes = (usedIn.get(plant.path) ?? []).sort((a, b) => a.title.localeCompare(b.title));
    rows.push({
      plant,
      path: plant.path,
      title: plant.title,
      status: source.status,
      kind: source.kind,
      platform: source.platform ? platformName(source.platform) : null,
      community: guess?.community ?? null,
      url: source.url,
      tags: plant.tags,
      sharer: sharerPlant ? { name: sharerPlant.title, path: sharerPlant.path } : named ? { name: named, path: null } : null,
      age: ageOf(plant, snapshot.today),
      usedIn: notes,
      unplanted: plant.health.state === 'unplanted',
    });
  }
  return rows;
}

// ---- filter and group ------------------------------------------------------------------------

export interface SourceFilter {
  text: string;
  status: SourceStatus | 'all';
  kind: SourceKind | 'all';
  platform: string | 'all';
  tag: string | 'all';
  sharer: string | 'all';
  unplantedOnly: boolean;
}

export const NO_SOURCE_FILTER: SourceFilter = { text: '', status: 'all', kind: 'all', platform: 'all', tag: 'all', sharer: 'all', unplantedOnly: false };

export const GROUPINGS = ['status', 'kind', 'platform', 'tag', 'sharer', 'none'] as const;
export type Grouping = (typeof GROUPINGS)[number];

const NOBODY = 'Nobody recorded';
const NO_PLATFORM = 'No platform';
const NO_TAG = 'No tag';

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export function filterSources(rows: readonly SourceRow[], filter: SourceFilter): SourceRow[] {
  const text = fold(filter.text.trim());
  const tag = filter.tag === 'all' ? null : filter.tag.toLowerCase();
  return rows.filter((row) =>
    (text === '' || fold(row.title).includes(text) || (row.url !== null && fold(row.url).includes(text))) &&
    (filter.status === 'all' || row.status === filter.status) &&
    (filter.kind === 'all' || row.kind === filter.kind) &&
    (filter.platform === 'all' || (row.platform ?? NO_PLATFORM) === filter.platform) &&
    (tag === null || row.tags.some((t) => t.toLowerCase() === tag)) &&
    (filter.sharer === 'all' || (row.sharer?.name ?? NOBODY) === filter.sharer) &&
    (!filter.unplantedOnly || row.unplanted));
}

export function sourceChoices(rows: readonly SourceRow[]): { platforms: string[]; tags: string[]; sharers: string[] } {
  const platforms = new Set<string>();
  const tags = new Map<string, string>();
  const sharers = new Set<string>();
  for (const row of rows) {
    platforms.add(row.platform ?? NO_PLATFORM);
    for (const t of row.tags) if (!tags.has(t.toLowerCase())) tags.set(t.toLowerCase(), t);
    sharers.add(row.sharer?.name ?? NOBODY);
  }
  const byText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });
  return { platforms: [...platforms].sort(byText), tags: [...tags.values()].sort(byText), sharers: [...sharers].sort(byText) };
}

const STATUS_ORDER: readonly SourceStatus[] = ['to-read', 'reading', 'read', 'applied'];

export interface SourceGroup {
  key: string;
  rows: SourceRow[];
}

/** Groups in a stable order (statuses along the reading list, others by name, "none" last); a source under several tags is in each. */
export function groupSources(rows: readonly SourceRow[], by: Grouping): SourceGroup[] {
  const groups = new Map<string, SourceRow[]>();
  const put = (key: string, row: SourceRow) => groups.set(key, [...(groups.get(key) ?? []), row]);
  for (const row of rows) {
    switch (by) {
      case 'none': put('All sources', row); break;
      case 'status': put(row.status, row); break;
      case 'kind': put(row.kind, row); break;
      case 'platform': put(row.platform ?? NO_PLATFORM, row); break;
      case 'sharer': put(row.sharer?.name ?? NOBODY, row); break;
      case 'tag':
        if (row.tags.length === 0) put(NO_TAG, row);
        for (const tag of row.tags) put(tag, row);
        break;
    }
  }
  const last = new Set([NOBODY, NO_PLATFORM, NO_TAG]);
  const order = (key: string) => (by === 'status' ? STATUS_ORDER.indexOf(key as SourceStatus) : last.has(key) ? 1 : 0);
  return [...groups.entries()]
    .map(([key, list]) => ({ key, rows: list.sort((a, b) => b.age.days - a.age.days || a.title.localeCompare(b.title)) }))
    .sort((a, b) => order(a.key) - order(b.key) || a.key.localeCompare(b.key, undefined, { sensitivity: 'base' }));
}

export const STATUS_LABELS: Record<SourceStatus, string> = { 'to-read': 'To read', reading: 'Reading', read: 'Read', applied: 'Applied' };

/** "To read for 48 days", "Read 3 days ago"…, with the basis when it is only the file's date. */
export function ageText(row: SourceRow): string {
  const d = row.age.days;
  const span = d === 0 ? 'since today' : d === 1 ? 'for 1 day' : `for ${d} days`;
  const base = `${STATUS_LABELS[row.status]} ${span}`;
  return row.age.basis === 'modified' ? `${base} (at least; from the file's last change)` : base;
}
