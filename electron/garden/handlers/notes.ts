/** Reading and writing single plants. */
import type { GardenPath } from '../../../shared/types';
import type { HandlerContext, HandlerMap } from './types';

export type NoteMethods = 'note.read' | 'note.write' | 'note.create' | 'note.delete' | 'link.resolve';

export function noteHandlers({ current }: HandlerContext): HandlerMap<NoteMethods> {
  return {
    'note.read': ({ path }) => current().readNote(path),
    'note.write': ({ path, text, baseHash }) => current().writeNote(path, text, baseHash),
    'note.create': async ({ title, kind, folder }) => ({ path: await current().createPlant(title, kind, folder) }),
    'note.delete': async ({ path }) => ({ trashed: await current().trash(path) }),
    'link.resolve': ({ target, from }) => ({ path: current().index.resolve(target, from as GardenPath) }),
  };
}
