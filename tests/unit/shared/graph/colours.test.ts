/** The SVG writer's colour tables are the page's: graph.css and shared/graph/colours.ts cannot drift apart. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GRAPH_COLOURS, themeColour } from '../../../../shared/graph/colours';

const css = readFileSync(fileURLToPath(new URL('../../../../renderer/src/styles/graph.css', import.meta.url)), 'utf8');

function variables(block: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const match of block.matchAll(/--(graph-[\w-]+)\s*:\s*(#[0-9a-fA-F]{6})\s*;/g)) vars[match[1]!] = match[2]!;
  return vars;
}

const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const light = variables(css.slice(0, darkStart));
const dark = { ...light, ...variables(css.slice(darkStart, css.indexOf('/* ---- layout'))) };

describe('graph colour tables', () => {
  it('match graph.css in the light theme', () => expect(GRAPH_COLOURS.light).toEqual(light));
  it('match graph.css in the dark theme', () => expect(GRAPH_COLOURS.dark).toEqual(dark));
  it('fall back to a neutral grey for an unknown token', () => expect(themeColour('dark', 'graph-nope')).toBe('#8a8a8a'));
});
