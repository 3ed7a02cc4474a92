/** 'person.suggest' (something to give, not given yet) and the exports the app downloads. */
import { afterEach, describe, expect, it } from 'vitest';

import { createGardenService, type GardenService } from '../../../../../electron/garden/service';
import { RESOURCES, tempDir, writeTree } from '../helpers';
import { value } from '../call-result';

const services: GardenService[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) await s.close();
});

async function service(files: Record<string, string>, name = 'My Garden') {
  const parent = await tempDir();
  const root = `${parent}/${name}`;
  await writeTree(root, files);
  const s = await createGardenService({ userDataDir: await tempDir(), resourcesDir: RESOURCES, initialRoot: root, now: () => new Date('2026-11-25T12:00:00Z'), watch: false });
  services.push(s);
  return s;
}

describe('person.suggest', () => {
  it('offers notes and sources sharing a tag, newest first, and never what was already given (by any spelling of the link)', async () => {
    const s = await service({
      'people/Priya.md': '---\ntype: person\nname: Priya\ntags: [phonics]\ninteractions:\n  - { date: 2026-11-01, kind: shared-resource, direction: gave, about: "[[decodable|the post]]" }\n---\n',
      'sources/Decodable.md': '---\ntype: source\ntitle: Decodable\ncreated: 2026-11-20\ntags: [phonics]\n---\n',
      'notes/Older.md': '---\ncreated: 2026-01-01\ntags: [phonics/blending]\n---\n',
      'notes/Newer.md': '---\ncreated: 2026-10-01\ntags: [Phonics]\n---\n',
      'notes/Other.md': '---\ncreated: 2026-11-24\ntags: [betta]\n---\n',
    });
    expect(value(await s.call('person.suggest', { paths: ['people/Priya.md', 'notes/Other.md', 'people/Nobody.md'] }))).toEqual({
      'people/Priya.md': [
        { path: 'notes/Newer.md', kind: 'note', title: 'Newer' },
        { path: 'notes/Older.md', kind: 'note', title: 'Older' },
      ],
      'notes/Other.md': [],
      'people/Nobody.md': [],
    });
    expect(value(await s.call('person.suggest', { paths: ['people/Priya.md'], limit: 1 }))['people/Priya.md']).toHaveLength(1);
  });
});

describe('export.people and export.sources', () => {
  const files = {
    'people/Maya Chen.md': '---\ntype: person\nname: Maya Chen\nemail: maya@example.org\n---\n',
    'people/Ana.md': '---\ntype: person\nname: Ana\n---\n',
    'sources/Sold a Story.md': '---\ntype: source\ntitle: Sold a Story\nurl: "https://features.apmreports.org/sold-a-story/"\nkind: podcast\n---\n',
  };

  it('hand over vCard 4.0, BibTeX and CSL-JSON with a file name from the garden', async () => {
    const s = await service(files, 'Sample Garden');
    const people = value(await s.call('export.people', {}));
    expect(people).toMatchObject({ fileName: 'Sample-Garden-people.vcf', mimeType: 'text/vcard', count: 2 });
    expect(people.content.match(/BEGIN:VCARD\r?\nVERSION:4\.0/g)).toHaveLength(2);
    expect(people.content).toContain('EMAIL:maya@example.org');
    const bib = value(await s.call('export.sources', { format: 'bibtex' }));
    expect(bib).toMatchObject({ fileName: 'Sample-Garden-sources.bib', count: 1 });
    expect(bib.content).toMatch(/^@misc\{|@\w+\{/m);
    const csl = value(await s.call('export.sources', { format: 'csl-json' }));
    expect(csl.fileName).toBe('Sample-Garden-sources.json');
    expect((JSON.parse(csl.content) as { title: string }[]).map((i) => i.title)).toEqual(['Sold a Story']);
    expect(await s.call('export.sources', { format: 'docx' })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });
});
