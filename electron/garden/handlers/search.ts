/** Full-text search and completion. */
import { GardenError } from '../../../shared/api';
import type { HandlerContext, HandlerMap } from './types';

export type SearchMethods = 'search.query' | 'search.complete';

const notYet = (what: string) => () => {
  throw new GardenError('internal', `${what} is not available in this version yet.`);
};

export function searchHandlers(_context: HandlerContext): HandlerMap<SearchMethods> {
  return {
    'search.query': notYet('Search'),
    'search.complete': notYet('Completion'),
  };
}
