/**
 * Reads the theme's custom properties and checks WCAG contrast in both themes: badge text
 * on its badge ≥ 4.5:1, body text, muted text and links on the page and panels ≥ 4.5:1.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HEALTH_STATES } from '../../../../shared/types';

const css = readFileSync(fileURLToPath(new URL('../../../../renderer/src/styles/theme.css', import.meta.url)), 'utf8');

function variables(block: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const match of block.matchAll(/(--[\w-]+)\s*:\s*(#[0-9a-fA-F]{6})\s*;/g)) vars.set(match[1]!, match[2]!);
  return vars;
}

const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const light = variables(css.slice(0, darkStart));
const dark = new Map([...light, ...variables(css.slice(darkStart))]);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const pairs: [string, string][] = [
  ...HEALTH_STATES.map((s): [string, string] => [`--health-${s}-fg`, `--health-${s}-bg`]),
  ['--oneway-fg', '--oneway-bg'],
  ['--text', '--bg'],
  ['--text', '--surface'],
  ['--text-muted', '--bg'],
  ['--text-muted', '--surface'],
  ['--text-muted', '--sidebar-bg'],
  ['--text-muted', '--surface-sunken'],
  ['--link', '--bg'],
  ['--link', '--surface'],
  ['--link', '--surface-sunken'],
  ['--seed', '--bg'],
  ['--accent-text', '--accent'],
  ['--error-fg', '--error-bg'],
  ['--warning-fg', '--warning-bg'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme', (_name, vars) => {
  it.each(pairs)('%s on %s is at least 4.5:1', (fg, bg) => {
    const a = vars.get(fg);
    const b = vars.get(bg);
    expect(a, fg).toBeDefined();
    expect(b, bg).toBeDefined();
    expect(contrast(a!, b!)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('contrast()', () => {
  it('matches known WCAG values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
