/** Imports of people and sources from other tools (vCard, LinkedIn CSV, bookmarks, OPML, BibTeX, CSL-JSON). */
import { GardenError } from '../../../shared/api';
import type { HandlerContext, HandlerMap } from './types';

export type ImportMethods = 'import.plan' | 'import.apply';

const notYet = (what: string) => () => {
  throw new GardenError('internal', `${what} is not available in this version yet.`);
};

export function importHandlers(_context: HandlerContext): HandlerMap<ImportMethods> {
  return {
    'import.plan': notYet('Importing'),
    'import.apply': notYet('Importing'),
  };
}
