/**
 * Builds what the renderer draws: every plant with its health for a given day, the
 * resolved links between plants, and the seeds; or the same for just the plants a change
 * touched (health depends only on a plant and its direct neighbours). Pure over the index.
 */
import type { ChangedEvent, GardenSnapshot, PlantSummary, SeedSummary } from '../../shared/api';
import { localIsoDate } from '../../shared/dates';
import { sharerName } from '../../shared/diversity';
import { assessPlant, resolveHealthSettings, type HealthInput, type HealthSettings } from '../../shared/health';
import type { GardenPath, IsoDate } from '../../shared/types';
import type { GardenIndex } from './garden-index';

/** Health inputs computed on demand and memoised for one build. */
function inputLookup(index: GardenIndex): (path: GardenPath) => HealthInput | undefined {
  const memo = new Map<GardenPath, HealthInput>();
  return (path) => {
    const cached = memo.get(path);
    if (cached) return cached;
    const record = index.records.get(path);
    if (!record) return undefined;
    const { out, in: incoming } = index.plantNeighbours(path);
    const input: HealthInput = {
      path,
      kind: record.kind,
      created: record.created,
      modified: localIsoDate(new Date(record.mtimeMs)),
      ...(record.person ? { person: record.person } : {}),
      ...(record.source ? { source: record.source } : {}),
      ...(record.goal ? { goal: record.goal } : {}),
      linksOut: out,
      linksIn: incoming,
    };
    memo.set(path, input);
    return input;
  };
}

function summarize(index: GardenIndex, paths: Iterable<GardenPath>, today: IsoDate, settings: HealthSettings): PlantSummary[] {
  const lookup = inputLookup(index);
  const plants: PlantSummary[] = [];
  for (const path of paths) {
    const record = index.records.get(path);
    const input = lookup(path);
    if (!record || !input) continue;
    plants.push({
      path,
      kind: record.kind,
      title: record.title,
      aliases: record.aliases,
      tags: record.tags,
      created: record.created,
      modified: input.modified,
      problems: record.problems,
      health: assessPlant(input, today, settings, lookup),
      ...(record.person ? { person: record.person } : {}),
      ...(record.source ? { source: record.source } : {}),
      ...(record.goal ? { goal: record.goal } : {}),
      ...sharedByOf(index, path, record.source?.sharedBy ?? null),
    });
  }
  return plants;
}

/** Who shared a source, resolved like any link (shared_by is a link in its frontmatter). */
function sharedByOf(index: GardenIndex, path: GardenPath, sharedBy: string | null): { sharedByPath?: GardenPath } {
  const name = sharerName(sharedBy);
  const resolved = name === null ? null : index.resolveWritten(name, path);
  return resolved !== null && index.records.has(resolved) ? { sharedByPath: resolved } : {};
}

function seedsOf(index: GardenIndex): SeedSummary[] {
  return index.seeds().map(({ target, mentionedIn }) => ({ target, mentionedIn }));
}

export function buildSnapshot(index: GardenIndex, name: string, today: IsoDate, settings?: Partial<HealthSettings>): GardenSnapshot {
  const plants = summarize(index, index.records.keys(), today, resolveHealthSettings(settings));
  const links: { from: GardenPath; to: GardenPath }[] = [];
  for (const plant of plants) for (const to of index.plantNeighbours(plant.path).out) links.push({ from: plant.path, to });
  return { name, today, plants, links, seeds: seedsOf(index) };
}

/** The delta for plants `touched` by an update (changed ones included) and paths removed. */
export function buildDelta(
  index: GardenIndex, changed: GardenPath[], touched: Iterable<GardenPath>, removed: GardenPath[], today: IsoDate, settings?: Partial<HealthSettings>,
): ChangedEvent {
  const paths = new Set([...changed, ...touched].filter((p) => index.records.has(p)));
  const plants = summarize(index, paths, today, resolveHealthSettings(settings));
  const links = plants.map((plant) => ({ from: plant.path, to: index.plantNeighbours(plant.path).out }));
  return { changed, removed, plants, links, seeds: seedsOf(index) };
}
