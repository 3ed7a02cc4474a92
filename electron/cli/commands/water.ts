/**
 * `pln water <garden> [--now YYYY-MM-DD] [--json]`: everything that needs watering, most
 * urgent first. Read-only: the garden is left exactly as it was.
 *
 * What is listed: people who are thirsty, wilting or dormant, and people whose ties are
 * one-way (only taking, only giving) even when their vitality is fine — then their state
 * is the one-way one; sources, notes and goals that are thirsty, wilting, dormant,
 * unplanted or orphan. Order: by state (dormant, wilting, thirsty, only-taking,
 * only-giving, unplanted, orphan), people first within a state, then the lowest vitality,
 * then the path. Each person gets a suggestion (shared/suggest.ts): the newest note or
 * source sharing their tags not yet given to them, or null.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PlantSummary } from '../../../shared/api';
import type { GardenPath, IsoDate } from '../../../shared/types';
import { Garden } from '../../garden/garden';
import { giftCandidates, giftsFor } from '../../garden/network/suggestions';
import { buildSnapshot } from '../../garden/snapshot';
import { gardenStateSchema } from '../../garden/state-schemas';
import type { HealthSettings } from '../../../shared/health';
import type { CliIo } from '../io';

export const WATER_STATES = ['dormant', 'wilting', 'thirsty', 'only-taking', 'only-giving', 'unplanted', 'orphan'] as const;
export type WaterState = (typeof WATER_STATES)[number];

export interface WaterItem {
  path: GardenPath;
  kind: PlantSummary['kind'];
  title: string;
  state: WaterState;
  reason: string;
  vitality: number;
  daysSince?: number;
  cadence?: number;
  balance?: number | null;
  reciprocity?: string;
  suggestion?: GardenPath | null;
}

/** The garden's own cadence settings, read without opening (or creating) its state file for writing. */
export async function readSettings(root: string): Promise<Partial<HealthSettings>> {
  const text = await readFile(path.join(root, '.garden', 'state.json'), 'utf8').catch(() => null);
  if (text === null) return {};
  try {
    const parsed = gardenStateSchema.safeParse(JSON.parse(text));
    const cadence = parsed.success ? parsed.data.settings.cadenceByCircle : undefined;
    return cadence ? { cadenceByCircle: { professional: cadence.professional, personal: cadence.personal, both: cadence.both } } : {};
  } catch {
    return {};
  }
}

function stateOf(plant: PlantSummary): WaterState | null {
  const { state, reciprocity } = plant.health;
  if (state === 'dormant' || state === 'wilting' || state === 'thirsty' || state === 'unplanted' || state === 'orphan') return state;
  if (plant.kind === 'person' && (reciprocity === 'only-taking' || reciprocity === 'only-giving')) return reciprocity;
  return null;
}

export function wateringList(garden: Garden, today: IsoDate, settings: Partial<HealthSettings>): WaterItem[] {
  const snapshot = buildSnapshot(garden.index, garden.name, today, settings);
  const candidates = giftCandidates(garden.index);
  const items: WaterItem[] = [];
  for (const plant of snapshot.plants) {
    const state = stateOf(plant);
    if (!state) continue;
    const item: WaterItem = { path: plant.path, kind: plant.kind, title: plant.title, state, reason: plant.health.reason, vitality: plant.health.vitality };
    if (plant.kind === 'person' && plant.person) {
      const [gift] = giftsFor(garden.index, plant.path, candidates, 1);
      item.daysSince = plant.health.daysSince ?? 0;
      item.cadence = plant.health.cadence ?? 0;
      item.balance = plant.health.balance ?? null;
      item.reciprocity = plant.health.reciprocity ?? 'unknown';
      item.suggestion = gift?.path ?? null;
    }
    items.push(item);
  }
  const rank = (s: WaterState) => WATER_STATES.indexOf(s);
  return items.sort((a, b) =>
    rank(a.state) - rank(b.state) ||
    Number(b.kind === 'person') - Number(a.kind === 'person') ||
    a.vitality - b.vitality ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export async function waterCommand(root: string, now: IsoDate | null, json: boolean, io: CliIo): Promise<number> {
  const garden = await Garden.open(root, { readOnly: true });
  const today = now ?? garden.today();
  const items = wateringList(garden, today, await readSettings(garden.root));
  if (json) {
    io.out(JSON.stringify(items));
    return 0;
  }
  if (items.length === 0) {
    io.out(`Nothing needs watering in ${garden.name} on ${today}.`);
    return 0;
  }
  io.out(`${garden.name}: ${items.length === 1 ? '1 plant needs' : `${items.length} plants need`} watering on ${today}, most urgent first`);
  const width = Math.max(...items.map((i) => i.state.length));
  for (const item of items) {
    io.out(`  ${item.state.padEnd(width)}  ${item.title} (${item.path})`);
    io.out(`  ${' '.repeat(width)}  ${item.reason}`);
    if (item.suggestion) io.out(`  ${' '.repeat(width)}  Something to give: ${item.suggestion}`);
  }
  return 0;
}
