/** The network (issue 4): watering people, suggestions, cadence settings, sources from an address. */
import type { Gift } from '../../../shared/api';
import type { GardenPath, IsoDate } from '../../../shared/types';
import { addSource } from '../network/add-source';
import { logInteraction } from '../network/log-interaction';
import type { PageFetcher } from '../network/page-meta';
import { readSettings, saveSettings } from '../network/settings';
import { setSourceStatus } from '../network/source-status';
import { giftCandidates, giftsFor } from '../network/suggestions';
import type { HandlerContext, HandlerMap } from './types';

export type NetworkMethods = 'person.log' | 'person.suggest' | 'settings.get' | 'settings.save' | 'source.add' | 'source.status';

export function networkHandlers({ current }: HandlerContext, fetchPage: PageFetcher | null): HandlerMap<NetworkMethods> {
  return {
    'person.log': ({ path, interaction, baseHash }) => logInteraction(current(), path, { ...interaction, date: interaction.date as IsoDate }, baseHash),
    'person.suggest': ({ paths, limit }) => {
      const garden = current();
      const candidates = giftCandidates(garden.index);
      const out: Record<string, Gift[]> = {};
      for (const path of paths) out[path] = giftsFor(garden.index, path as GardenPath, candidates, limit ?? 3);
      return out;
    },
    'settings.get': () => readSettings(current()),
    'settings.save': ({ cadenceByCircle }) => saveSettings(current(), cadenceByCircle),
    'source.add': async (input) => (await addSource(current(), input, fetchPage)).added,
    'source.status': ({ path, status }) => setSourceStatus(current(), path, status),
  };
}
