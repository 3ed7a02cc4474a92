/** `pln export`: the portfolio site (and PDF) from the command line, with the personal data it included. */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../electron/cli/io';
import { runCli } from '../../../../electron/cli/main';
import { findChromium, NO_CHROMIUM } from '../../../../electron/garden/export/portfolio/pdf-chromium';
import { RESOURCES, tempDir } from '../garden/helpers';

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}

const SAMPLE = path.join(RESOURCES, 'sample-garden');

describe('pln export', () => {
  it('writes the site, says where, and lists the personal data it included, without touching the garden', async () => {
    const out = path.join(await tempDir(), 'portfolio');
    const before = await readdir(SAMPLE, { recursive: true });
    const io = capture();
    expect(await runCli(['export', SAMPLE, '--out', out, '--include-tag', 'toastmasters'], io)).toBe(0);
    expect(io.stderr).toEqual([]);
    expect(io.stdout[0]).toMatch(new RegExp(`^Wrote the portfolio to ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 2 goals, 8 notes, 7 sources \\(APA\\), \\d+ files\\.$`));
    expect(io.stdout[1]).toBe(`Open ${path.join(out, 'index.html')}`);
    expect(io.stdout[2]).toBe('Personal data included:');
    expect(io.stdout).toContain('  - Rosa Delgado: an anonymous role (“a practicum mentor teacher”); no handle, email, address, phone or interaction note. 3 mentions in the text are shown that way too.');
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
    expect(existsSync(path.join(out, 'notes', 'scaffolding.html'))).toBe(true);
    expect(await readdir(SAMPLE, { recursive: true })).toEqual(before);
  });

  it('uses another citation style when asked', async () => {
    const out = path.join(await tempDir(), 'p');
    expect(await runCli(['export', SAMPLE, '--out', out, '--style', 'vancouver'], capture())).toBe(0);
    expect(await readFile(path.join(out, 'bibliography.html'), 'utf8')).toContain('in Vancouver style');
  });

  it.skipIf(findChromium() === null)('prints a PDF with a local Chromium', async () => {
    const dir = await tempDir();
    const io = capture();
    expect(await runCli(['export', SAMPLE, '--out', path.join(dir, 'site'), '--pdf', path.join(dir, 'portfolio.pdf')], io)).toBe(0);
    expect(io.stdout).toContain(`PDF: ${path.join(dir, 'portfolio.pdf')}`);
    const pdf = await readFile(path.join(dir, 'portfolio.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThan(5);
  }, 60_000);

  it('exits 2 on bad usage and 1 with one line when the folder holds something else', async () => {
    const usage = capture();
    expect(await runCli(['export', SAMPLE], usage)).toBe(2);
    expect(usage.stderr).toEqual(['pln: usage: pln export <garden> --out <dir> [--pdf <file>] [--style apa|harvard1|vancouver] [--include-tag T]']);
    const style = capture();
    expect(await runCli(['export', SAMPLE, '--out', '/tmp/x', '--style', 'mla'], style)).toBe(2);
    expect(style.stderr).toEqual(['pln: --style takes apa, harvard1, vancouver, not "mla".']);
    const dir = await tempDir();
    await writeFile(path.join(dir, 'thesis.docx'), 'mine');
    const busy = capture();
    expect(await runCli(['export', SAMPLE, '--out', dir], busy)).toBe(1);
    expect(busy.stderr).toEqual([`pln: ${dir} is not empty and holds no earlier portfolio; choose an empty or new folder.`]);
    expect(await readFile(path.join(dir, 'thesis.docx'), 'utf8')).toBe('mine');
  });

  it('finds Chromium from CHROMIUM_PATH or the usual places, and says clearly when there is none', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, (p) => p === '/opt/chrome')).toBe('/opt/chrome');
    expect(findChromium({}, (p) => p === '/usr/bin/chromium-browser')).toBe('/usr/bin/chromium-browser');
    expect(findChromium({}, () => false)).toBeNull();
    expect(NO_CHROMIUM).toBe('No Chromium was found to print the PDF (set CHROMIUM_PATH, or install chromium); the site was written without it.');
  });
});
