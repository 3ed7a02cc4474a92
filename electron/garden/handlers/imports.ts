/** Imports of people and sources from other tools (vCard, LinkedIn CSV, bookmarks, OPML, BibTeX, CSL-JSON). */
import { applyImport, planImport } from '../import/plan';
import type { HandlerContext, HandlerMap } from './types';

export type ImportMethods = 'import.plan' | 'import.apply';

export function importHandlers({ current }: HandlerContext): HandlerMap<ImportMethods> {
  return {
    'import.plan': ({ fileName, content }) => planImport(current(), fileName, content),
    'import.apply': ({ fileName, content }) => applyImport(current(), fileName, content),
  };
}
