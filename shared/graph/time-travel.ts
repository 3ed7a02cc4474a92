/**
 * The garden as it stood on a past date, for the map's time slider: the plants that existed
 * by then, with health computed for that date by the same model (shared/health.ts).
 *
 * Decisions (what the snapshot can tell, without asking the core for history):
 * - A plant existed from its *birth*: the earliest of its `created`, a source's `added`, a
 *   person's first interaction and the file's last change. A plant edited since keeps its
 *   older dates, so most plants are born where the user wrote they were.
 * - Links are today's links, between plants that existed then (the files' past contents are
 *   not kept); a seed shows while a plant that mentions it existed.
 * - Interactions after the date do not count (the health model ignores future ones); a file
 *   changed after the date counts as last changed at its birth, since when it changed before
 *   is unknown.
 * - A person's cadence is the one in force today (their own, else their circle's default as
 *   the garden's settings made it).
 */
import type { GardenSnapshot, PlantSummary, SeedSummary } from '../api';
import { DEFAULT_HEALTH_SETTINGS, assessPlant, type HealthInput, type PlantLookup } from '../health';
import type { GardenPath, IsoDate } from '../types';

export function plantBorn(plant: PlantSummary): IsoDate {
  let born = plant.modified;
  const consider = (date: IsoDate | null | undefined) => {
    if (date && date < born) born = date;
  };
  consider(plant.created);
  consider(plant.source?.added);
  for (const interaction of plant.person?.interactions ?? []) consider(interaction.date);
  return born;
}

/** The first day the slider can show (the oldest plant's birth) and the last (today). */
export function timeRange(snapshot: GardenSnapshot): { first: IsoDate; last: IsoDate } {
  let first = snapshot.today;
  for (const plant of snapshot.plants) {
    const born = plantBorn(plant);
    if (born < first) first = born;
  }
  return { first, last: snapshot.today };
}

/** The snapshot as of `date`; the snapshot itself for today or later. */
export function snapshotAsOf(snapshot: GardenSnapshot, date: IsoDate): GardenSnapshot {
  if (date >= snapshot.today) return snapshot;
  const born = new Map<GardenPath, IsoDate>();
  const present: PlantSummary[] = [];
  for (const plant of snapshot.plants) {
    const b = plantBorn(plant);
    if (b > date) continue;
    born.set(plant.path, b);
    present.push(plant);
  }
  const out = new Map<GardenPath, GardenPath[]>();
  const into = new Map<GardenPath, GardenPath[]>();
  const links = snapshot.links.filter((l) => born.has(l.from) && born.has(l.to));
  for (const { from, to } of links) {
    (out.get(from) ?? out.set(from, []).get(from))?.push(to);
    (into.get(to) ?? into.set(to, []).get(to))?.push(from);
  }
  const inputs = new Map<GardenPath, HealthInput>();
  for (const plant of present) {
    const modified = plant.modified <= date ? plant.modified : (born.get(plant.path) as IsoDate);
    const person = plant.person ? { ...plant.person, cadence: plant.person.cadence ?? plant.health.cadence ?? null } : undefined;
    inputs.set(plant.path, {
      path: plant.path,
      kind: plant.kind,
      created: plant.created,
      modified,
      ...(person ? { person } : {}),
      ...(plant.source ? { source: plant.source } : {}),
      ...(plant.goal ? { goal: plant.goal } : {}),
      linksOut: out.get(plant.path) ?? [],
      linksIn: into.get(plant.path) ?? [],
    });
  }
  const lookup: PlantLookup = (path) => inputs.get(path);
  const plants = present.map((plant) => ({ ...plant, health: assessPlant(inputs.get(plant.path) as HealthInput, date, DEFAULT_HEALTH_SETTINGS, lookup) }));
  const seeds: SeedSummary[] = [];
  for (const seed of snapshot.seeds) {
    const mentionedIn = seed.mentionedIn.filter((p) => born.has(p));
    if (mentionedIn.length) seeds.push({ target: seed.target, mentionedIn });
  }
  return { ...snapshot, today: date, plants, links, seeds };
}
