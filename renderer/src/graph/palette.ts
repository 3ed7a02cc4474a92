/**
 * Colours for the canvas, read from CSS custom properties (styles/graph.css), so the map
 * follows the light and dark themes like the rest of the page. Read once per theme, then
 * looked up by token; a token the page does not define falls back to a neutral grey.
 */
import type { ColourToken } from '../../../shared/graph/model';

export interface Palette {
  colour(token: ColourToken): string;
}

const FALLBACK = '#8a8a8a';

export function readPalette(element: Element): Palette {
  const style = typeof getComputedStyle === 'function' ? getComputedStyle(element) : null;
  const cache = new Map<ColourToken, string>();
  return {
    colour(token) {
      let value = cache.get(token);
      if (value === undefined) {
        value = style?.getPropertyValue(`--${token}`).trim() || FALLBACK;
        cache.set(token, value);
      }
      return value;
    },
  };
}

/** A palette from a plain table (tests, the bench). */
export function tablePalette(table: Record<string, string>): Palette {
  return { colour: (token) => table[token] ?? FALLBACK };
}
