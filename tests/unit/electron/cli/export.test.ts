/** `pln export-contacts` and `pln export-sources`. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../electron/cli/io';
import { runCli } from '../../../../electron/cli/main';
import { RESOURCES, tempDir } from '../garden/helpers';

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}

const SAMPLE = path.join(RESOURCES, 'sample-garden');

describe('pln export-contacts and export-sources', () => {
  it('write vCard 4.0, BibTeX and CSL-JSON from the sample garden without touching it', async () => {
    const out = await tempDir();
    const before = await readdir(SAMPLE, { recursive: true });

    const contacts = capture();
    expect(await runCli(['export-contacts', SAMPLE, '--out', path.join(out, 'people.vcf')], contacts)).toBe(0);
    expect(contacts.stdout).toEqual([`Wrote 7 people to ${path.join(out, 'people.vcf')} (vCard 4.0).`]);
    const vcf = await readFile(path.join(out, 'people.vcf'), 'utf8');
    expect(vcf.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(7);
    expect(vcf).toContain('FN:Priya Raman\r\n');
    expect(vcf).toContain('URL;TYPE=x:https://x.com/priya_reads_example\r\n');

    const bib = capture();
    expect(await runCli(['export-sources', SAMPLE, '--out', path.join(out, 'library.bib')], bib)).toBe(0);
    expect(bib.stdout).toEqual([`Wrote 10 sources to ${path.join(out, 'library.bib')} (BibTeX).`]);
    expect(await readFile(path.join(out, 'library.bib'), 'utf8')).toMatch(/^@audio\{\w+,\n {2}title = \{\{Sold a Story: How Teaching Kids to Read Went So Wrong\}\},$/m);

    const json = capture();
    expect(await runCli(['export-sources', SAMPLE, '--out', path.join(out, 'library.txt'), '--format', 'csl-json'], json)).toBe(0);
    const items = JSON.parse(await readFile(path.join(out, 'library.txt'), 'utf8')) as { type: string; title: string }[];
    expect(items).toHaveLength(10);
    expect(items.find((i) => i.title.startsWith('Sold a Story'))?.type).toBe('song');

    expect(await readdir(SAMPLE, { recursive: true })).toEqual(before);
  });

  it('exit 2 without --out or with an unknown format; 1 when the file cannot be written', async () => {
    for (const argv of [
      ['export-contacts', SAMPLE], ['export-sources', SAMPLE, '--out', 'x.txt'], ['export-sources', SAMPLE, '--out', 'x.bib', '--format', 'ris'], ['export-sources'],
    ]) {
      const io = capture();
      expect(await runCli(argv, io), argv.join(' ')).toBe(2);
      expect(io.stderr).toHaveLength(1);
    }
    const io = capture();
    expect(await runCli(['export-contacts', SAMPLE, '--out', '/no/such/folder/people.vcf'], io)).toBe(1);
    expect(io.stderr).toEqual(['pln: Could not write /no/such/folder/people.vcf: its folder does not exist.']);
  });
});
