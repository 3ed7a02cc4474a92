/**
 * The health model (FORMATS.md § The health model): one pure module that scores every plant
 * and every edge, read alike by the graph, the lists, the CLI and the export. Every function
 * takes `today`, so results are exact and testable.
 *
 * People: vitality `v = 0.5 ^ (d / c)`, where `d` is the number of days since the last
 * interaction dated on or before today (interactions in the future do not reset the clock),
 * and `c` the person's cadence, else the default for their circle. With no interaction yet,
 * `d` counts from the file's `created` date, else from `modified` (its first appearance).
 * State from `d / c`: thriving < 0.5 ≤ healthy < 1 ≤ thirsty < 2 ≤ wilting < 4 ≤ dormant.
 * A negative `d` (a date after today, e.g. clock skew) counts as 0.
 *
 * Reciprocity over the window: `G` = gave + mutual, `R` = received + mutual, balance
 * `(G − R) / (G + R)`. The window holds interactions dated from `today − window` to
 * `today`, both included (so 365 days ago is in, 366 is out). With `G + R ≥ minCount`,
 * balance ≤ −threshold is only-taking, ≥ threshold only-giving, else balanced; with fewer,
 * 'unknown'. Reciprocity never changes a person's state: it goes in `reciprocity`, and a
 * one-way tie is named in the reason.
 *
 * Other plants (decisions beyond FORMATS.md are marked *):
 * - Source: status to-read for more than `sourceToReadDays` since `added` (else `created`,
 *   else `modified`) → thirsty; exactly 30 days is still healthy. *The to-read rule comes
 *   first, even when a note links to it. read/applied and linked from no note → unplanted;
 *   linked from a note (only notes count, not people or goals) → healthy. *reading → healthy.
 * - Note: no links in or out → orphan. Linked (either direction) to an active goal and
 *   untouched for `noteStaleDays` or more (d ≥ 90) → thirsty. Else healthy.
 * - Goal: *done → thriving (it bore fruit; done wins over a past due date). Past due
 *   (due < today) and not done (active or paused) → wilting. Active and no linked plant
 *   (either direction) modified fewer than `goalStallDays` days ago (d < 30, a future
 *   date counts as recent) → thirsty; the goal's own file does not count. *Paused and not
 *   past due → healthy. Else healthy.
 * - *Vitality of non-people comes from their state (`STATE_VITALITY`): thriving and healthy
 *   1, thirsty 0.6, wilting, unplanted, orphan and seed 0.3, dormant 0.1.
 * - Edges between two plants carry the lower vitality of their ends (`edgeVitality`); the
 *   edge from you to a person carries that person's assessment.
 * - *Self-links are ignored. A link to a path that is not among the plants still saves a
 *   note from being an orphan, but, its kind and date being unknown, it is neither a note
 *   using a source, nor a goal, nor recent growth.
 */
import type {
  Assessment, Circle, GardenPath, GoalFields, HealthState, Interaction, IsoDate, PersonFields, PlantKind,
  Reciprocity, SourceFields,
} from './types';
import { daysBetween } from './dates';

export interface HealthSettings {
  /** Default days between waterings per circle: professional 30, personal 14, both 21. */
  cadenceByCircle: Record<Circle, number>;
  /** A source still to-read after more than this many days is thirsty (30). */
  sourceToReadDays: number;
  /** A note linked to an active goal and untouched this many days is thirsty (90). */
  noteStaleDays: number;
  /** An active goal with no linked plant changed within this many days is thirsty (30). */
  goalStallDays: number;
  /** Reciprocity looks this many days back (365). */
  reciprocityWindowDays: number;
  /** Fewer interactions than this in the window: reciprocity is 'unknown' (3). */
  reciprocityMinCount: number;
  /** |balance| at or above this is one-way (0.8). */
  reciprocityThreshold: number;
}

export const DEFAULT_HEALTH_SETTINGS: HealthSettings = Object.freeze({
  cadenceByCircle: Object.freeze({ professional: 30, personal: 14, both: 21 }),
  sourceToReadDays: 30,
  noteStaleDays: 90,
  goalStallDays: 30,
  reciprocityWindowDays: 365,
  reciprocityMinCount: 3,
  reciprocityThreshold: 0.8,
}) as HealthSettings;

export interface HealthInput {
  path: GardenPath;
  kind: PlantKind;
  created: IsoDate | null;
  /** File mtime as a date. */
  modified: IsoDate;
  person?: PersonFields;
  source?: SourceFields;
  goal?: GoalFields;
  /** Resolved links to/from other .md plants, distinct. */
  linksOut: readonly GardenPath[];
  linksIn: readonly GardenPath[];
}

/** Finds another plant by path; what assessing a source, note or goal needs to know of its links. */
export type PlantLookup = (path: GardenPath) => HealthInput | undefined;

/** Vitality of a plant that is not a person, by state. */
export const STATE_VITALITY: Readonly<Record<HealthState, number>> = Object.freeze({
  thriving: 1,
  healthy: 1,
  thirsty: 0.6,
  wilting: 0.3,
  unplanted: 0.3,
  orphan: 0.3,
  seed: 0.3,
  dormant: 0.1,
});

// ---- settings ------------------------------------------------------------------------------

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * Complete settings from a partial (e.g. read from `.garden/state.json`): every missing,
 * non-numeric, zero or negative value takes its default, and a threshold above 1 is 1.
 */
export function resolveHealthSettings(partial?: Partial<HealthSettings> | null): HealthSettings {
  const d = DEFAULT_HEALTH_SETTINGS;
  const p: Partial<HealthSettings> = partial ?? {};
  const circles: Partial<Record<Circle, number>> =
    typeof p.cadenceByCircle === 'object' && p.cadenceByCircle !== null ? p.cadenceByCircle : {};
  return {
    cadenceByCircle: {
      professional: positive(circles.professional, d.cadenceByCircle.professional),
      personal: positive(circles.personal, d.cadenceByCircle.personal),
      both: positive(circles.both, d.cadenceByCircle.both),
    },
    sourceToReadDays: positive(p.sourceToReadDays, d.sourceToReadDays),
    noteStaleDays: positive(p.noteStaleDays, d.noteStaleDays),
    goalStallDays: positive(p.goalStallDays, d.goalStallDays),
    reciprocityWindowDays: positive(p.reciprocityWindowDays, d.reciprocityWindowDays),
    reciprocityMinCount: positive(p.reciprocityMinCount, d.reciprocityMinCount),
    reciprocityThreshold: Math.min(1, positive(p.reciprocityThreshold, d.reciprocityThreshold)),
  };
}

// ---- words ---------------------------------------------------------------------------------

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

function ago(n: number): string {
  return n === 0 ? 'today' : `${days(n)} ago`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

// ---- people --------------------------------------------------------------------------------

/** thriving < 0.5 ≤ healthy < 1 ≤ thirsty < 2 ≤ wilting < 4 ≤ dormant (NaN: dormant). */
export function vitalityState(ratio: number): HealthState {
  if (ratio < 0.5) return 'thriving';
  if (ratio < 1) return 'healthy';
  if (ratio < 2) return 'thirsty';
  if (ratio < 4) return 'wilting';
  return 'dormant';
}

export interface ReciprocityResult {
  /** G: gave + mutual in the window. */
  gave: number;
  /** R: received + mutual in the window. */
  received: number;
  /** (G − R) / (G + R); null when G + R is 0. */
  balance: number | null;
  reciprocity: Reciprocity;
}

export function reciprocity(
  interactions: readonly Interaction[], today: IsoDate, s: HealthSettings = DEFAULT_HEALTH_SETTINGS,
): ReciprocityResult {
  let gave = 0;
  let received = 0;
  for (const interaction of interactions) {
    const daysAgo = daysBetween(interaction.date, today);
    if (daysAgo < 0 || daysAgo > s.reciprocityWindowDays) continue;
    if (interaction.direction !== 'received') gave += 1;
    if (interaction.direction !== 'gave') received += 1;
  }
  const total = gave + received;
  const balance = total === 0 ? null : (gave - received) / total;
  let kind: Reciprocity = 'unknown';
  if (balance !== null && total >= s.reciprocityMinCount) {
    if (balance <= -s.reciprocityThreshold) kind = 'only-taking';
    else if (balance >= s.reciprocityThreshold) kind = 'only-giving';
    else kind = 'balanced';
  }
  return { gave, received, balance, reciprocity: kind };
}

function cadenceFor(person: PersonFields | undefined, s: HealthSettings): number {
  const own = person?.cadence;
  if (typeof own === 'number' && Number.isFinite(own) && own > 0) return own;
  const circle = person?.circle ?? 'professional';
  const byCircle = Object.hasOwn(s.cadenceByCircle, circle) ? s.cadenceByCircle[circle] : undefined;
  return positive(byCircle, DEFAULT_HEALTH_SETTINGS.cadenceByCircle.professional);
}

/**
 * The last logged interaction dated on or before today: the one clock every view, the CLI
 * and the health model read (never the file's date, never a reminder's own schedule).
 */
export function lastInteractionOnOrBefore(interactions: readonly Interaction[], today: IsoDate): IsoDate | null {
  let last: IsoDate | null = null;
  for (const { date } of interactions) {
    if (date <= today && (last === null || date > last)) last = date;
  }
  return last;
}

export function assessPerson(p: HealthInput, today: IsoDate, s: HealthSettings = DEFAULT_HEALTH_SETTINGS): Assessment {
  const interactions = p.person?.interactions ?? [];
  const cadence = cadenceFor(p.person, s);
  const last = lastInteractionOnOrBefore(interactions, today);
  const since = last ?? p.created ?? p.modified;
  const daysSince = Math.max(0, daysBetween(since, today));
  const ratio = daysSince / cadence;
  const state = vitalityState(ratio);
  const give = reciprocity(interactions, today, s);

  const water = `you meant to water every ${days(cadence)}.`;
  let reason: string;
  if (last !== null) reason = `Last contact ${ago(daysSince)}; ${water}`;
  else if (p.created !== null) reason = `No contact logged since you added this person ${ago(daysSince)}; ${water}`;
  else reason = `No contact logged since this file appeared ${ago(daysSince)}; ${water}`;
  const year = s.reciprocityWindowDays === 365 ? 'the last year' : `the last ${days(s.reciprocityWindowDays)}`;
  if (give.reciprocity === 'only-taking') {
    reason += ` You only take: ${give.received} received, ${give.gave} given in ${year}.`;
  } else if (give.reciprocity === 'only-giving') {
    reason += ` You only give: ${give.gave} given, ${give.received} received in ${year}.`;
  }

  return {
    state,
    vitality: 0.5 ** ratio,
    reason,
    daysSince,
    cadence,
    balance: give.balance,
    reciprocity: give.reciprocity,
  };
}

// ---- sources, notes, goals -----------------------------------------------------------------

function neighbours(p: HealthInput, links: readonly GardenPath[], lookup: PlantLookup): HealthInput[] {
  const seen = new Set<GardenPath>();
  const found: HealthInput[] = [];
  for (const path of links) {
    if (path === p.path || seen.has(path)) continue;
    seen.add(path);
    const plant = lookup(path);
    if (plant) found.push(plant);
  }
  return found;
}

function judged(state: HealthState, reason: string, daysSince?: number): Assessment {
  const assessment: Assessment = { state, vitality: STATE_VITALITY[state], reason };
  if (daysSince !== undefined) assessment.daysSince = daysSince;
  return assessment;
}

export function assessSource(
  p: HealthInput, today: IsoDate, s: HealthSettings = DEFAULT_HEALTH_SETTINGS, lookup: PlantLookup = () => undefined,
): Assessment {
  const status = p.source?.status ?? 'to-read';
  const notes = neighbours(p, p.linksIn, lookup).filter((plant) => plant.kind === 'note').length;
  const usedIn = `used in ${plural(notes, 'note', 'notes')}`;
  if (status === 'to-read') {
    const since = p.source?.added ?? p.created ?? p.modified;
    const d = daysBetween(since, today);
    if (d > s.sourceToReadDays) return judged('thirsty', `Saved ${ago(d)} and still to read.`, d);
    return judged('healthy', `Saved ${ago(Math.max(0, d))}; still to read.`, Math.max(0, d));
  }
  if (status === 'reading') return judged('healthy', notes > 0 ? `Reading; ${usedIn}.` : 'Reading.');
  const done = status === 'applied' ? 'Applied' : 'Read';
  if (notes === 0) return judged('unplanted', `${done}, but no note links to it yet: plant it in a note.`);
  return judged('healthy', `${done} and ${usedIn}.`);
}

export function assessNote(
  p: HealthInput, today: IsoDate, s: HealthSettings = DEFAULT_HEALTH_SETTINGS, lookup: PlantLookup = () => undefined,
): Assessment {
  const linkedIn = p.linksIn.filter((path) => path !== p.path);
  const linkedOut = p.linksOut.filter((path) => path !== p.path);
  if (linkedIn.length === 0 && linkedOut.length === 0) {
    return judged('orphan', 'Nothing links here and this note links nowhere.');
  }
  const d = Math.max(0, daysBetween(p.modified, today));
  const activeGoal = neighbours(p, [...linkedOut, ...linkedIn], lookup).some(
    (plant) => plant.kind === 'goal' && (plant.goal?.status ?? 'active') === 'active',
  );
  if (activeGoal && d >= s.noteStaleDays) {
    return judged('thirsty', `Linked to an active goal but untouched for ${days(d)}.`, d);
  }
  const count = new Set([...linkedIn, ...linkedOut]).size;
  return judged('healthy', `Linked with ${plural(count, 'plant', 'plants')}.`, d);
}

export function assessGoal(
  p: HealthInput, today: IsoDate, s: HealthSettings = DEFAULT_HEALTH_SETTINGS, lookup: PlantLookup = () => undefined,
): Assessment {
  const status = p.goal?.status ?? 'active';
  const due = p.goal?.due ?? null;
  if (status === 'done') return judged('thriving', 'Done.');
  if (due !== null && due < today) {
    const late = daysBetween(due, today);
    return judged('wilting', `Due ${due}, ${ago(late)}, and not done.`);
  }
  if (status === 'paused') return judged('healthy', 'Paused.');

  const linked = neighbours(p, [...p.linksOut, ...p.linksIn], lookup);
  if (linked.length === 0) return judged('thirsty', 'Nothing is linked to this goal yet.');
  let latest = Number.POSITIVE_INFINITY;
  for (const plant of linked) latest = Math.min(latest, daysBetween(plant.modified, today));
  const d = Math.max(0, latest);
  if (latest >= s.goalStallDays) {
    return judged('thirsty', `Nothing linked to this goal has changed in the last ${days(s.goalStallDays)} (last change ${ago(d)}).`, d);
  }
  return judged('healthy', `Growing: a linked plant changed ${ago(d)}.`, d);
}

// ---- the garden ----------------------------------------------------------------------------

export function assessPlant(
  p: HealthInput, today: IsoDate, s: HealthSettings = DEFAULT_HEALTH_SETTINGS, lookup: PlantLookup = () => undefined,
): Assessment {
  switch (p.kind) {
    case 'person': return assessPerson(p, today, s);
    case 'source': return assessSource(p, today, s, lookup);
    case 'goal': return assessGoal(p, today, s, lookup);
    default: return assessNote(p, today, s, lookup);
  }
}

/** Every plant's assessment, keyed by path (a path listed twice: the last one wins). */
export function assessGarden(
  plants: readonly HealthInput[], today: IsoDate, s?: Partial<HealthSettings>,
): Map<GardenPath, Assessment> {
  const settings = resolveHealthSettings(s);
  const byPath = new Map<GardenPath, HealthInput>();
  for (const plant of plants) byPath.set(plant.path, plant);
  const lookup: PlantLookup = (path) => byPath.get(path);
  const result = new Map<GardenPath, Assessment>();
  for (const plant of byPath.values()) result.set(plant.path, assessPlant(plant, today, settings, lookup));
  return result;
}

/** An edge between two plants is as healthy as its weaker end. */
export function edgeVitality(a: Assessment, b: Assessment): number {
  return Math.min(a.vitality, b.vitality);
}
