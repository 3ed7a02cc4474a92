/**
 * The map's colours (styles/graph.css) in both themes: every node stands out from the map
 * by its fill or its outline (3:1, WCAG's non-text contrast), so do the lines that carry
 * meaning, labels read at 4.5:1, and states next to each other on the health scale differ
 * in lightness as well as hue, for readers who do not see the hue.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GROUP_COLOURS, legendFor } from '../../../../shared/graph/view-model';
import { DEFAULT_GRAPH_OPTIONS } from '../../../../shared/graph/model';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const css = readFileSync(fileURLToPath(new URL('../../../../renderer/src/styles/graph.css', import.meta.url)), 'utf8');

function variables(block: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const match of block.matchAll(/(--graph-[\w-]+)\s*:\s*(#[0-9a-fA-F]{6})\s*;/g)) vars.set(match[1]!.slice(2), match[2]!);
  return vars;
}

const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const light = variables(css.slice(0, darkStart));
const dark = new Map([...light, ...variables(css.slice(darkStart, css.indexOf('/* ---- layout')))]);

const nodeFills = [
  'graph-thriving', 'graph-healthy', 'graph-thirsty', 'graph-wilting', 'graph-dormant', 'graph-orphan', 'graph-unplanted',
  'graph-you', 'graph-platform', 'graph-neutral',
  'graph-kind-person', 'graph-kind-note', 'graph-kind-source', 'graph-kind-goal', 'graph-kind-platform', 'graph-kind-seed',
  'graph-circle-professional', 'graph-circle-personal', 'graph-circle-both',
  ...Array.from({ length: GROUP_COLOURS }, (_, i) => `graph-group-${i + 1}`),
];
const meaningfulLines = [
  'graph-edge-thriving', 'graph-edge-healthy', 'graph-edge-thirsty', 'graph-edge-wilting', 'graph-edge-dormant', 'graph-edge-seed',
  'graph-seed', 'graph-oneway', 'graph-focus',
];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s map', (_name, vars) => {
  const get = (token: string) => {
    const value = vars.get(token);
    expect(value, token).toBeDefined();
    return value as string;
  };
  const bg = () => get('graph-bg');

  it.each(nodeFills)('%s stands out from the map by its fill or its outline (3:1)', (token) => {
    expect(Math.max(contrast(get(token), bg()), contrast(get('graph-outline'), bg()))).toBeGreaterThanOrEqual(3);
  });

  it.each(meaningfulLines)('%s lines stand out from the map (3:1)', (token) => {
    expect(contrast(get(token), bg())).toBeGreaterThanOrEqual(3);
  });

  it('labels read at 4.5:1', () => {
    expect(contrast(get('graph-label'), bg())).toBeGreaterThanOrEqual(4.5);
  });

  it('tells thirsty from wilting, and thriving from healthy, by lightness too', () => {
    expect(contrast(get('graph-thirsty'), get('graph-wilting'))).toBeGreaterThanOrEqual(1.4);
    expect(contrast(get('graph-thriving'), get('graph-healthy'))).toBeGreaterThanOrEqual(1.4);
  });

  it('defines every colour the legends name', () => {
    for (const colourBy of ['health', 'kind', 'circle', 'groups'] as const) {
      const groups = Array.from({ length: GROUP_COLOURS }, (_, i) => `tag:t${i}`);
      for (const entry of legendFor({ ...DEFAULT_GRAPH_OPTIONS, colourBy, groups })) {
        if (entry.token === 'graph-seed') continue;
        expect(vars.has(entry.token), entry.token).toBe(true);
      }
    }
  });
});
