/**
 * Graph positions in `.garden/state.json`. lowdb rewrites the whole file on each write, so
 * the renderer saves once the layout settles (and on drag end), never per frame.
 */
import { GardenError } from '../../../shared/api';
import type { HandlerContext, HandlerMap } from './types';

/** Ids of the map's derived nodes (see shared/graph/view-model.ts). */
const DERIVED_ID = /^(platform|seed):./;
const MIN_DERIVED = 200;

export type LayoutMethods = 'layout.get' | 'layout.save';

export function layoutHandlers({ current }: HandlerContext): HandlerMap<LayoutMethods> {
  return {
    'layout.get': () => {
      const data = current().state?.data;
      return { positions: data?.layout ?? {}, pinned: data?.pinned ?? [] };
    },
    'layout.save': async ({ positions, pinned }) => {
      const garden = current();
      const state = garden.state;
      if (!state) throw new GardenError('read-only', 'This garden was opened read-only, so its layout is not saved.');
      // Positions of plants that exist, and of the hubs the map derives from them (platforms,
      // seeds), so a garden reopens exactly as it was left. A stale or hostile payload cannot
      // grow the file: derived ids are capped by the number of plants.
      const plant = (p: string) => garden.index.records.has(p as never);
      let derivedRoom = Math.max(MIN_DERIVED, garden.index.records.size);
      const keep = (p: string) => plant(p) || (DERIVED_ID.test(p) && derivedRoom-- > 0);
      state.data.layout = Object.fromEntries(Object.entries(positions).filter(([p]) => keep(p)));
      state.data.pinned = pinned.filter((p) => p in state.data.layout);
      await state.write();
      return { saved: Object.keys(state.data.layout).length };
    },
  };
}
