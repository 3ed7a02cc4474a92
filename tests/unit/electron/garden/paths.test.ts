import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GardenError } from '../../../../shared/api';
import { isInside, resolveInside, safeFileStem } from '../../../../electron/garden/paths';
import { tempDir } from './helpers';

async function refusal(promise: Promise<unknown>): Promise<GardenError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GardenError) return error;
    throw error;
  }
  throw new Error('expected the path to be refused');
}

describe('isInside', () => {
  it('decides by path, not by string prefix', () => {
    expect(isInside('/g', '/g')).toBe(true);
    expect(isInside('/g', '/g/a/b.md')).toBe(true);
    expect(isInside('/g', '/garden-two/a.md')).toBe(false);
    expect(isInside('/g', '/g/../x')).toBe(false);
    expect(isInside('/g', '/x')).toBe(false);
  });

  it('accepts a name inside that merely starts with two dots', () => {
    expect(isInside('/g', '/g/..notes.md')).toBe(true);
    expect(isInside('/g', '/g/...')).toBe(true);
  });
});

describe('resolveInside', () => {
  it('resolves ordinary garden paths, with either separator', async () => {
    const root = await tempDir();
    expect(await resolveInside(root, 'notes/a.md')).toBe(path.join(root, 'notes', 'a.md'));
    expect(await resolveInside(root, 'notes\\a.md')).toBe(path.join(root, 'notes', 'a.md'));
    expect(await resolveInside(root, './people//Maya Chen.md')).toBe(path.join(root, 'people', 'Maya Chen.md'));
  });

  it.each([
    ['../x.md'],
    ['/etc/passwd'],
    ['C:\\x'],
    ['c:/Windows/win.ini'],
    ['notes/../../x'],
    ['notes/../x.md'],
    ['\\\\host\\share\\x.md'],
    ['.garden/state.json'],
    ['notes/.obsidian/app.json'],
  ])('refuses %j as outside the garden', async (rel) => {
    const root = await tempDir();
    const error = await refusal(resolveInside(root, rel));
    expect(error.code).toBe('outside-garden');
    expect(error.message).toContain(rel);
  });

  it('refuses NUL bytes and empty paths with a sentence', async () => {
    const root = await tempDir();
    const nul = await refusal(resolveInside(root, 'a\0.md'));
    expect(nul.code).toBe('bad-input');
    expect(nul.message).toMatch(/NUL/);
    const empty = await refusal(resolveInside(root, './'));
    expect(empty.code).toBe('bad-input');
  });

  it('allows the hidden .garden folder only when asked to', async () => {
    const root = await tempDir();
    expect(await resolveInside(root, '.garden/state.json', { allowHidden: true })).toBe(path.join(root, '.garden', 'state.json'));
  });

  it('refuses a symlinked folder or file inside the garden that leads outside', async () => {
    const root = await tempDir();
    const outside = await tempDir('pln-outside-');
    await writeFile(path.join(outside, 'secret.md'), 'outside');
    await symlink(outside, path.join(root, 'linked'), 'dir');
    await symlink(path.join(outside, 'secret.md'), path.join(root, 'secret.md'), 'file');

    for (const rel of ['linked/secret.md', 'linked/new.md', 'linked/deeper/new.md', 'secret.md']) {
      const error = await refusal(resolveInside(root, rel));
      expect(error.code).toBe('outside-garden');
      expect(error.message).toMatch(/outside the garden/);
    }
  });

  it('refuses a dangling symlink that would lead outside once its target exists', async () => {
    const root = await tempDir();
    const outside = await tempDir('pln-outside-');
    await symlink(path.join(outside, 'not-yet.md'), path.join(root, 'later.md'), 'file');
    await symlink(path.join(outside, 'no-dir'), path.join(root, 'later-dir'), 'dir');
    expect((await refusal(resolveInside(root, 'later.md'))).code).toBe('outside-garden');
    expect((await refusal(resolveInside(root, 'later-dir/x.md'))).code).toBe('outside-garden');
  });

  it('accepts a symlink whose target is inside the garden', async () => {
    const root = await tempDir();
    await mkdir(path.join(root, 'notes'));
    await writeFile(path.join(root, 'notes', 'real.md'), 'x');
    await symlink(path.join(root, 'notes'), path.join(root, 'alias-dir'), 'dir');
    const resolved = await resolveInside(root, 'alias-dir/real.md');
    expect(await readFile(resolved, 'utf8')).toBe('x');
  });

  it('refuses a symlink loop with a readable error instead of hanging', async () => {
    const root = await tempDir();
    await symlink(path.join(root, 'b'), path.join(root, 'a'));
    await symlink(path.join(root, 'a'), path.join(root, 'b'));
    const error = await refusal(resolveInside(root, 'a/x.md'));
    expect(['bad-input', 'outside-garden']).toContain(error.code);
    expect(error.message.length).toBeGreaterThan(10);
  });
});

// ---- safeFileStem ---------------------------------------------------------------------------

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Windows treats `NUL.txt`, `nul .md`, `COM1.tar.gz` as the device: what is before the first dot counts. */
function isWindowsReserved(fileName: string): boolean {
  const head = fileName.split('.')[0] ?? '';
  return RESERVED.test(head.trimEnd());
}

function assertSafe(title: string): void {
  const stem = safeFileStem(title);
  expect(stem).not.toMatch(/[/\\:*?"<>|#^[\]]/);
  // eslint-disable-next-line no-control-regex
  expect(stem).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  expect(['', '.', '..']).not.toContain(stem);
  expect(stem.startsWith('.')).toBe(false);
  expect(stem).toBe(stem.trim());
  expect(isWindowsReserved(stem)).toBe(false);
  expect(isWindowsReserved(`${stem}.md`)).toBe(false);
  expect(Buffer.byteLength(stem, 'utf8')).toBeLessThanOrEqual(200);
  // Stable: a safe stem maps to itself, so re-saving never renames a file.
  expect(safeFileStem(stem)).toBe(stem);
}

describe('safeFileStem', () => {
  it.each([
    ['../etc/passwd', 'etc passwd'],
    ['CON', 'CON (note)'],
    ['a:b', 'a b'],
    ['  ', 'Untitled'],
    ['', 'Untitled'],
    ['..', 'Untitled'],
    ['Maya Chen', 'Maya Chen'],
    ['Sold a Story?', 'Sold a Story'],
    ['[[Link]] #tag ^block | x', 'Link tag block x'],
    ['.hidden', 'hidden'],
    ['tab\there\nnewline', 'tab here newline'],
  ])('maps %j to %j', (title, stem) => {
    expect(safeFileStem(title)).toBe(stem);
  });

  it.each(['CON', 'con', 'nul.txt', 'COM1', 'lpt9', 'aux.tar.gz', 'PRN ', 'nul .md', 'COM¹', 'Con.'])('never yields a Windows device name for %j', (title) => {
    const stem = safeFileStem(title);
    expect(isWindowsReserved(`${stem}.md`)).toBe(false);
    assertSafe(title);
  });

  it('keeps long titles within 200 UTF-8 bytes without splitting a character', () => {
    const stem = safeFileStem('🌱'.repeat(100));
    expect(Buffer.byteLength(stem, 'utf8')).toBeLessThanOrEqual(200);
    expect(stem).toBe('🌱'.repeat(50));
    const reservedLong = safeFileStem(`nul.${'x'.repeat(300)}`);
    expect(Buffer.byteLength(reservedLong, 'utf8')).toBeLessThanOrEqual(200);
    expect(isWindowsReserved(`${reservedLong}.md`)).toBe(false);
  });

  it('normalises to NFC so NFC/NFD twins map to one name', () => {
    expect(safeFileStem('Cafe\u0301')).toBe(safeFileStem('Caf\u00e9'));
  });

  it('always returns a safe, stable stem (property)', () => {
    const nasty = fc.constantFrom('/', '\\', ':', '*', '?', '"', '<', '>', '|', '#', '^', '[', ']', '.', ' ', '\0', '\n', '\u007f', '\u0085', 'CON', 'nul', 'COM1', 'LPT²', '..', '🌱', 'é', 'e\u0301', '\u3000');
    const title = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.array(fc.oneof(nasty, fc.string({ maxLength: 3 })), { maxLength: 40 }).map((parts) => parts.join('')),
      fc.tuple(fc.constantFrom('CON', 'prn', 'Aux', 'nul', 'com3', 'LPT1'), fc.string({ maxLength: 220 })).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(title, (t) => {
        assertSafe(t);
      }),
      { numRuns: 2000 },
    );
  });
});
