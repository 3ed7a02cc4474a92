/** Rename/move with link rewriting, the trash, headings, tags, unlinked mentions, daily notes. */
import { openDailyNote } from '../daily';
import { noteHeadings } from '../headings';
import { findMentions } from '../mentions';
import { renamePlant } from '../rename';
import { tagCounts } from '../tags';
import { listTrash, restoreFromTrash } from '../trash';
import type { HandlerContext, HandlerMap } from './types';

export type EditingMethods = 'note.rename' | 'trash.list' | 'trash.restore' | 'note.headings' | 'tags.list' | 'note.mentions' | 'note.daily';

export function editingHandlers({ current }: HandlerContext): HandlerMap<EditingMethods> {
  return {
    'note.rename': ({ path, newPath }) => renamePlant(current(), path, newPath),
    'trash.list': () => listTrash(current()),
    'trash.restore': async ({ trashPath }) => ({ path: await restoreFromTrash(current(), trashPath) }),
    'note.headings': ({ path }) => noteHeadings(current(), path),
    'tags.list': () => tagCounts(current().index),
    'note.mentions': ({ path }) => findMentions(current(), path),
    'note.daily': async () => ({ path: await openDailyNote(current()) }),
  };
}
