/** Rename/move with link rewriting, the trash, headings, tags, unlinked mentions, daily notes. */
import { GardenError } from '../../../shared/api';
import type { HandlerContext, HandlerMap } from './types';

export type EditingMethods = 'note.rename' | 'trash.list' | 'trash.restore' | 'note.headings' | 'tags.list' | 'note.mentions' | 'note.daily';

const notYet = (what: string) => () => {
  throw new GardenError('internal', `${what} is not available in this version yet.`);
};

export function editingHandlers(_context: HandlerContext): HandlerMap<EditingMethods> {
  return {
    'note.rename': notYet('Renaming'),
    'trash.list': notYet('The trash view'),
    'trash.restore': notYet('Restoring from the trash'),
    'note.headings': notYet('Heading completion'),
    'tags.list': notYet('The tag browser'),
    'note.mentions': notYet('Unlinked mentions'),
    'note.daily': notYet('The daily note'),
  };
}
