/**
 * Builds what the renderer draws: every plant with its health for a given day, the
 * resolved links between plants, and the seeds. Pure over the index.
 */
import type { GardenSnapshot, PlantSummary } from '../../shared/api';
import { assessGarden, type HealthInput, type HealthSettings } from '../../shared/health';
import { toIsoDate } from '../../shared/dates';
import type { GardenPath, IsoDate } from '../../shared/types';
import type { GardenIndex } from './garden-index';

export function healthInputs(index: GardenIndex): HealthInput[] {
  const inputs: HealthInput[] = [];
  for (const record of index.records.values()) {
    const { out, in: incoming } = index.plantNeighbours(record.path);
    inputs.push({
      path: record.path,
      kind: record.kind,
      created: record.created,
      modified: toIsoDate(new Date(record.mtimeMs)),
      ...(record.person ? { person: record.person } : {}),
      ...(record.source ? { source: record.source } : {}),
      ...(record.goal ? { goal: record.goal } : {}),
      linksOut: out,
      linksIn: incoming,
    });
  }
  return inputs;
}

export function buildSnapshot(index: GardenIndex, name: string, today: IsoDate, settings?: Partial<HealthSettings>): GardenSnapshot {
  const inputs = healthInputs(index);
  const health = assessGarden(inputs, today, settings);
  const plants: PlantSummary[] = inputs.map((input) => {
    const record = index.records.get(input.path);
    if (!record) throw new Error(`index out of step for ${input.path}`);
    return {
      path: record.path,
      kind: record.kind,
      title: record.title,
      aliases: record.aliases,
      tags: record.tags,
      created: record.created,
      modified: input.modified,
      problems: record.problems,
      health: health.get(record.path) ?? { state: 'healthy', vitality: 1, reason: '' },
      ...(record.person ? { person: record.person } : {}),
      ...(record.source ? { source: record.source } : {}),
      ...(record.goal ? { goal: record.goal } : {}),
    };
  });
  const links: { from: GardenPath; to: GardenPath }[] = [];
  for (const input of inputs) for (const to of input.linksOut) links.push({ from: input.path, to });
  const seeds = index.seeds().map(({ target, mentionedIn }) => ({ target, mentionedIn }));
  return { name, today, plants, links, seeds };
}
