/**
 * The daily note: `daily/YYYY-MM-DD.md` for the garden's today (its injected clock), created
 * from its template when missing. An existing one, even spelt `Daily/` on a case-insensitive
 * disk or with a case twin in the index, is returned as it is, never rewritten.
 */
import { stat } from './disk';
import { GardenError } from '../../shared/api';
import type { GardenPath } from '../../shared/types';
import type { Garden } from './garden';
import { resolveInside, toGardenPath } from './paths';

export const DAILY_FOLDER = 'daily';

export function dailyTemplate(date: string): string {
  return `---\ncreated: ${date}\ntags: [daily]\n---\n\n# ${date}\n\n`;
}

export async function openDailyNote(garden: Garden): Promise<GardenPath> {
  const date = garden.today();
  const absolute = await resolveInside(garden.root, `${DAILY_FOLDER}/${date}.md`);
  const plant = toGardenPath(garden.root, absolute);
  const key = plant.toLowerCase();
  const twin = [...garden.index.records.keys()].find((p) => p.toLowerCase() === key);
  if (twin) return twin;
  const existing = await stat(absolute).catch(() => null);
  if (existing) {
    if (!existing.isFile()) throw new GardenError('exists', `"${plant}" is a folder, so today's daily note cannot be created there.`);
    return plant;
  }
  // Base hash '' means "must not exist": a note created meanwhile is kept, not overwritten.
  await garden.writeNote(plant, dailyTemplate(date), '');
  return plant;
}
