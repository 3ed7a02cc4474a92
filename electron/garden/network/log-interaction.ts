/**
 * Watering a person from the app or `pln log`: one interaction into their frontmatter
 * (shared/interaction-log.ts), the rest of the file byte for byte. The write is an ordinary
 * save, so the index, the health of the person and of their ties, and every open view update
 * through the one change path: the clock of their health is this interaction from now on.
 */
import { GardenError, type WriteResult } from '../../../shared/api';
import { withInteraction, type NewInteraction } from '../../../shared/interaction-log';
import type { Garden } from '../garden';
import { editPlant, plantAt } from './edit-plant';

export async function logInteraction(garden: Garden, rel: string, interaction: NewInteraction, baseHash?: string): Promise<WriteResult> {
  const plant = await plantAt(garden, rel);
  const record = garden.index.records.get(plant);
  if (record?.kind !== 'person') throw new GardenError('bad-input', `"${record?.title ?? rel}" is not a person, so there is no one to water.`);
  const today = garden.today();
  if (interaction.date > today) {
    throw new GardenError('bad-input', `${interaction.date} is after today (${today}); log an interaction once it has happened.`);
  }
  return editPlant(garden, plant, (text) => withInteraction(text, interaction), baseHash);
}
