/**
 * Graph positions in `.garden/state.json`. lowdb rewrites the whole file on each write, so
 * the renderer saves once the layout settles (and on drag end), never per frame.
 */
import { GardenError } from '../../../shared/api';
import type { HandlerContext, HandlerMap } from './types';

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
      // Only positions of plants that exist: a stale or hostile payload cannot grow the file.
      const known = (p: string) => garden.index.records.has(p as never);
      state.data.layout = Object.fromEntries(Object.entries(positions).filter(([p]) => known(p)));
      state.data.pinned = pinned.filter(known);
      await state.write();
      return { saved: Object.keys(state.data.layout).length };
    },
  };
}
