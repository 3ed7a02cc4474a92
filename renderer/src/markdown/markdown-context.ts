/**
 * What a rendered note knows about where it is shown: how deep inside embeds it sits, which
 * notes contain it (to stop cycles), and what clicking a seed does (plant it, when the page
 * offers that). Passed by context so nested MarkdownViews inherit it.
 */
import { createContext, useContext } from 'react';

export interface MarkdownSurroundings {
  /** 0 for the note itself, 1 inside one embed, … */
  depth: number;
  /** The notes shown around this one, outermost first; the last is the note being rendered. */
  ancestors: readonly string[];
  /** Plants (creates) a note for an unresolved link and opens it; absent = plain seed links. */
  onFollowSeed?: (target: string) => void;
}

export const MAX_EMBED_DEPTH = 3;

export const MarkdownContext = createContext<MarkdownSurroundings>({ depth: 0, ancestors: [] });

export function useMarkdownSurroundings(): MarkdownSurroundings {
  return useContext(MarkdownContext);
}
