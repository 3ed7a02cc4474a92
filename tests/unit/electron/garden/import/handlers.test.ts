/** 'import.plan' and 'import.apply' through the garden service (what both doors call). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangedEvent } from '../../../../../shared/api';
import { createGardenService, type GardenService } from '../../../../../electron/garden/service';
import { RESOURCES, tempDir, writeTree } from '../helpers';
import { fixtureText } from './fixtures';
import { value } from '../call-result';

const services: GardenService[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) await s.close();
});

describe('the import methods', () => {
  it('plan writes nothing; apply writes through the garden, whose change events reach the views', async () => {
    const root = await tempDir();
    await writeTree(root, { 'notes/Welcome.md': '# Welcome\n' });
    const service = await createGardenService({ userDataDir: await tempDir(), resourcesDir: RESOURCES, initialRoot: root, now: () => new Date('2026-11-25T12:00:00Z'), watch: false });
    services.push(service);
    const changed: ChangedEvent[] = [];
    service.subscribe((event, payload) => {
      if (event === 'garden.changed') changed.push(payload as ChangedEvent);
    });
    const input = { fileName: 'Connections.csv', content: fixtureText('Connections.csv') };
    const plan = value(await service.call('import.plan', input));
    expect(plan.items.map((i) => [i.action, i.path])).toEqual([['create', 'people/Maya Chen.md'], ['create', 'people/Tomás Ribeiro.md'], ['create', 'people/Lena Vogel.md']]);
    await expect(readFile(path.join(root, 'people/Maya Chen.md'))).rejects.toThrow();
    expect(changed).toEqual([]);

    const done = value(await service.call('import.apply', input));
    expect(done).toEqual(plan);
    expect(await readFile(path.join(root, 'people/Maya Chen.md'), 'utf8')).toContain('name: Maya Chen\n');
    expect(changed.flatMap((c) => c.changed)).toEqual(expect.arrayContaining(['people/Maya Chen.md', 'people/Tomás Ribeiro.md', 'people/Lena Vogel.md']));
    const snapshot = value(await service.call('garden.snapshot', {}));
    expect(snapshot.plants.find((p) => p.path === 'people/Lena Vogel.md')?.person?.interactions).toEqual([
      { date: '2023-07-07', kind: 'other', direction: 'mutual', note: 'Connected on LinkedIn' },
    ]);
  });

  it('answers an unknown format as bad input, with a sentence', async () => {
    const service = await createGardenService({ userDataDir: await tempDir(), resourcesDir: RESOURCES, initialRoot: await tempDir(), watch: false });
    services.push(service);
    expect(await service.call('import.plan', { fileName: 'x.docx', content: 'PK' })).toEqual({
      ok: false,
      error: { code: 'bad-input', message: '"x.docx" is not a file pln can import; it reads vCard (.vcf), LinkedIn Connections.csv, browser bookmarks (.html), OPML (.opml), BibTeX (.bib) or CSL-JSON (.json).' },
    });
  });
});
