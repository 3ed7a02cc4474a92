/**
 * The lint bans of QUALITY.md (markup from text, eval, shell.openExternal outside its wrapper)
 * fire: each snippet is linted with the project's own eslint.config.js, as `npm run lint` does.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function findings(code: string, file: string): Promise<{ rule: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).map((m) => ({ rule: m.ruleId, message: m.message }));
}

const banned: [label: string, file: string, code: string, rule: string, message: RegExp][] = [
  ['innerHTML', 'renderer/src/x.ts', 'export function f(el: HTMLElement, s: string) { el.innerHTML = s; }', 'no-restricted-syntax', /innerHTML is banned/],
  ['innerHTML read', 'renderer/src/x.ts', 'export const f = (el: HTMLElement) => el.innerHTML;', 'no-restricted-syntax', /innerHTML is banned/],
  ['outerHTML', 'renderer/src/x.ts', 'export function f(el: HTMLElement, s: string) { el.outerHTML = s; }', 'no-restricted-syntax', /outerHTML is banned/],
  ['insertAdjacentHTML', 'renderer/src/x.ts', "export function f(el: HTMLElement, s: string) { el.insertAdjacentHTML('beforeend', s); }", 'no-restricted-syntax', /insertAdjacentHTML is banned/],
  ['dangerouslySetInnerHTML', 'renderer/src/x.tsx', 'export const X = ({ s }: { s: string }) => <div dangerouslySetInnerHTML={{ __html: s }} />;', 'no-restricted-syntax', /dangerouslySetInnerHTML is banned/],
  ['d3 .html()', 'renderer/src/graph/x.ts', "import { select } from 'd3';\nexport const f = (s: string) => select('g').append('text').html(s);", 'no-restricted-syntax', /d3 \.html\(\) is banned/],
  ['eval', 'renderer/src/x.ts', 'export const f = (s: string): unknown => eval(s);', 'no-eval', /eval/],
  ['new Function', 'electron/garden/x.ts', "export const f = (s: string) => new Function('x', s);", 'no-new-func', /Function/],
  ['setTimeout with a string', 'renderer/src/x.ts', "export const f = (s: string) => setTimeout('run(' + s + ')', 1);", 'no-implied-eval', /eval/],
  ['shell.openExternal in main', 'electron/main/x.ts', "import { shell } from 'electron';\nexport const f = (u: string) => shell.openExternal(u);", 'no-restricted-syntax', /shell\.openExternal is banned outside electron\/main\/external-links\.ts/],
  ["shell['openExternal']", 'electron/main/x.ts', "import { shell } from 'electron';\nexport const f = (u: string) => shell['openExternal'](u);", 'no-restricted-syntax', /shell\.openExternal is banned/],
  ['openExternal destructured from shell', 'electron/main/x.ts', "import { shell } from 'electron';\nconst { openExternal } = shell;\nexport const f = (u: string) => openExternal(u);", 'no-restricted-syntax', /shell\.openExternal is banned/],
  ['openExternal imported by name', 'electron/main/x.ts', "import { openExternal } from 'some-shell';\nexport const f = (u: string) => openExternal(u);", 'no-restricted-syntax', /shell\.openExternal is banned/],
];

describe('lint bans that keep code from running', () => {
  it.each(banned)('%s is an error', async (_label, file, code, rule, message) => {
    const found = await findings(code, file);
    expect(found.filter((f) => f.rule === rule).map((f) => f.message)).toEqual([expect.stringMatching(message)]);
  });

  it('lets the one wrapper call shell.openExternal, and text rendering through .text()', async () => {
    expect(await findings("export const openerFor = (shell: { openExternal(u: string): Promise<void> }) => (u: string) => shell.openExternal(u);", 'electron/main/external-links.ts')).toEqual([]);
    expect(await findings("import { select } from 'd3';\nexport const f = (s: string) => select('g').append('text').text(s);", 'renderer/src/graph/x.ts')).toEqual([]);
    // A dependency merely named openExternal (the wrapper handed in) is not the shell.
    expect(await findings('export const f = (deps: { openExternal(u: string): void }, u: string) => deps.openExternal(u);', 'electron/main/x.ts')).toEqual([]);
  });

  it('keeps the wrapper under the markup bans', async () => {
    const found = await findings('export function f(el: HTMLElement, s: string) { el.innerHTML = s; }', 'electron/main/external-links.ts');
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/innerHTML is banned/)]);
  });
});
