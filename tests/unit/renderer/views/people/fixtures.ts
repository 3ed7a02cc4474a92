/** People, sources and goals shaped like the sample garden's, for the network views' tests. */
import type { PlantSummary } from '../../../../../shared/api';
import { reciprocity } from '../../../../../shared/health';
import type { Interaction, PersonFields } from '../../../../../shared/types';
import { day, plant } from '../../helpers/plants';

/**
 * A person as the core sends them. The balance and its verdict come from the health model's own
 * reciprocity over their interactions (as the core computes them), so the fixture cannot show a
 * balance its interactions do not give.
 */
export function person(
  name: string, fields: Partial<PersonFields>, health: Partial<Omit<PlantSummary['health'], 'balance' | 'reciprocity'>>, extra: Partial<PlantSummary> = {},
): PlantSummary {
  const give = reciprocity(fields.interactions ?? [], day('2026-11-25'));
  return plant(`people/${name}.md`, {
    kind: 'person',
    title: name,
    person: { name, circle: 'professional', cadence: null, platforms: [], emails: [], interactions: [], ...fields },
    health: { vitality: 0.5, balance: give.balance, reciprocity: give.reciprocity, ...health },
    ...extra,
  });
}

export const i = (date: string, direction: Interaction['direction'], about?: string): Interaction => ({
  date: day(date), kind: 'message', direction, ...(about ? { about } : {}),
});

// Today is 2026-11-25 (helpers/plants.ts snapshot).
export const PRIYA = person(
  'Priya Raman',
  { circle: 'both', cadence: 14, platforms: [{ platform: 'reddit', community: 'r/scienceofreading' }, { platform: 'X' }], interactions: [i('2026-10-16', 'mutual'), i('2026-09-30', 'gave'), i('2026-09-18', 'received'), i('2026-09-01', 'gave')] },
  { state: 'wilting', daysSince: 40, cadence: 14, reason: 'Last contact 40 days ago; you meant to water every 14 days.' },
  { tags: ['phonics', 'zpd'] },
);
export const JORDAN = person(
  'Jordan Ellis',
  { platforms: [{ platform: 'reddit' }, { platform: 'youtube' }], interactions: [i('2026-11-05', 'received'), i('2026-10-08', 'received'), i('2026-09-10', 'received')] },
  { state: 'healthy', daysSince: 20, cadence: 30, reason: 'Last contact 20 days ago. You only take.' },
  { tags: ['phonics'] },
);
export const TESS = person(
  'Tess Nakamura',
  { circle: 'personal', platforms: [{ platform: 'reddit', community: 'r/bettafishcare' }, { platform: 'instagram' }], interactions: [i('2026-11-15', 'mutual'), i('2026-12-01', 'gave')] },
  { state: 'thriving', daysSince: 10, cadence: 30, reason: 'Last contact 10 days ago.' },
  { tags: ['betta-fish'] },
);
export const NEW_PERSON = person('Ana New', { circle: 'personal' }, { state: 'dormant', daysSince: 70, cadence: 14, reason: 'No contact logged since you added this person 70 days ago.' });
export const PEOPLE = [PRIYA, JORDAN, TESS, NEW_PERSON];
