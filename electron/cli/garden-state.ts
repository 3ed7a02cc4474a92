/**
 * A garden's `.garden/state.json` read without opening it for writing (the CLI never creates
 * or rewrites it): settings, saved layout and views. A missing or unreadable file reads as
 * the defaults.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { HealthSettings } from '../../shared/health';
import { gardenStateSchema, type GardenState } from '../garden/state-schemas';

export async function readGardenState(root: string): Promise<GardenState | null> {
  const text = await readFile(path.join(root, '.garden', 'state.json'), 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    const parsed = gardenStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function healthSettingsOf(state: GardenState | null): Partial<HealthSettings> {
  const cadence = state?.settings.cadenceByCircle;
  return cadence ? { cadenceByCircle: { professional: cadence.professional, personal: cadence.personal, both: cadence.both } } : {};
}
