/**
 * The garden's settings the network reads: the default cadence per circle, kept in
 * `.garden/state.json` through the state layer (lowdb, durable writes). Saving one
 * re-assesses every person who has no cadence of their own, and the views hear of it.
 */
import { GardenError, type GardenSettings } from '../../../shared/api';
import { DEFAULT_HEALTH_SETTINGS, resolveHealthSettings } from '../../../shared/health';
import type { Circle } from '../../../shared/types';
import type { Garden } from '../garden';

export function readSettings(garden: Garden): GardenSettings {
  const resolved = resolveHealthSettings(garden.healthSettings());
  return {
    cadenceByCircle: { ...resolved.cadenceByCircle },
    defaults: { cadenceByCircle: { ...DEFAULT_HEALTH_SETTINGS.cadenceByCircle } },
    writable: garden.state !== null,
  };
}

export async function saveSettings(garden: Garden, cadenceByCircle: Record<Circle, number>): Promise<GardenSettings> {
  const state = garden.state;
  if (!state) throw new GardenError('read-only', 'This garden was opened read-only, so its settings cannot be saved.');
  // lowdb writes what is in memory: a write that failed must not leave the new values there,
  // or the app would use them now and the next state write (the map's layout) would save them.
  const before = state.data.settings.cadenceByCircle;
  state.data.settings.cadenceByCircle = { ...cadenceByCircle };
  await state.write().catch((error: NodeJS.ErrnoException) => {
    state.data.settings.cadenceByCircle = before;
    throw new GardenError('io', `Could not save the settings: ${error.code === 'ENOSPC' ? 'the disk is full' : error.message}.`);
  });
  const people = [...garden.index.records.values()].filter((r) => r.kind === 'person').map((r) => r.path);
  garden.announceHealth(people);
  return readSettings(garden);
}
