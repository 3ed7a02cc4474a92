/**
 * Saved views of the garden map in `.garden/state.json` (`views`). The file may have been
 * edited by hand, so entries are validated when read and the unreadable ones left alone
 * (kept in the file, not offered).
 */
import { GardenError } from '../../../shared/api';
import { MAX_SAVED_VIEWS, readSavedViews, type SavedView } from '../../../shared/graph/saved-view';
import type { Garden } from '../garden';
import type { HandlerContext, HandlerMap } from './types';

export type ViewMethods = 'views.list' | 'views.save' | 'views.delete';

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function writable(garden: Garden) {
  const state = garden.state;
  if (!state) throw new GardenError('read-only', 'This garden was opened read-only, so views cannot be saved.');
  return state;
}

export function viewHandlers({ current }: HandlerContext): HandlerMap<ViewMethods> {
  return {
    'views.list': () => readSavedViews(current().state?.data.views ?? []),
    'views.save': async (view) => {
      const state = writable(current());
      const others = state.data.views.filter((v) => typeof v?.name !== 'string' || !sameName(v.name, view.name));
      if (others.length >= MAX_SAVED_VIEWS) throw new GardenError('bad-input', `A garden keeps at most ${MAX_SAVED_VIEWS} views: delete one first.`);
      const saved: SavedView & Record<string, unknown> = { name: view.name.trim(), options: view.options, ...(view.forces ? { forces: view.forces } : {}) };
      state.data.views = [...others, saved].sort((a, b) => String(a.name).localeCompare(String(b.name)));
      await state.write();
      return readSavedViews(state.data.views);
    },
    'views.delete': async ({ name }) => {
      const state = writable(current());
      const before = state.data.views.length;
      state.data.views = state.data.views.filter((v) => typeof v?.name !== 'string' || !sameName(v.name, name));
      if (state.data.views.length === before) throw new GardenError('not-found', `There is no view named "${name}".`);
      await state.write();
      return readSavedViews(state.data.views);
    },
  };
}
