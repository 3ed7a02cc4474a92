/**
 * Something to give each of some people (`person.suggest`, computed in the core so links
 * resolve as everywhere else), asked again whenever the garden changes: a note or source
 * given away, or newly tagged, changes the answer. Asked once a burst of changes has passed
 * (autosave while typing elsewhere changes the garden every second), not per change: each
 * answer looks at every note and source of the garden.
 */
import { useEffect, useState } from 'react';
import type { Gift } from '../../../shared/api';
import { useClient } from '../api/ClientContext';
import { useGarden } from '../app/GardenContext';

const SETTLE_MS = 250;

export function useSuggestions(paths: readonly string[], limit = 3): Record<string, Gift[]> {
  const client = useClient();
  const { snapshot } = useGarden();
  const [gifts, setGifts] = useState<Record<string, Gift[]>>({});
  const key = paths.join('\u0000');
  useEffect(() => {
    if (key === '' || !snapshot) return;
    let live = true;
    const timer = setTimeout(() => {
      client
        .call('person.suggest', { paths: key.split('\u0000'), limit })
        .then((answer) => {
          if (live) setGifts(answer);
        })
        .catch(() => {
          // Suggestions are a help, not the task: without them the list still works.
        });
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, key, limit, snapshot]);
  return gifts;
}
