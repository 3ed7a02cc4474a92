/** Adding a source by its address: offline first, the page's own title after, never twice, never a hostile URL. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { Garden } from '../../../../../electron/garden/garden';
import { addSource } from '../../../../../electron/garden/network/add-source';
import type { PageFetcher } from '../../../../../electron/garden/network/page-meta';
import { createGardenService, type GardenService } from '../../../../../electron/garden/service';
import { RESOURCES, tempDir, writeTree } from '../helpers';
import { value } from '../call-result';

const services: GardenService[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) await s.close();
});

const now = () => new Date('2026-11-25T12:00:00Z');

async function garden(files: Record<string, string> = {}) {
  const root = await tempDir();
  await writeTree(root, files);
  return { root, garden: await Garden.open(root, { now }) };
}

describe('source.add', () => {
  it('saves at once from the address alone: kind, platform, community, a title, today', async () => {
    const root = await tempDir();
    await writeTree(root, { 'people/Jordan Ellis.md': '---\ntype: person\nname: Jordan Ellis\n---\n' });
    const service = await createGardenService({ userDataDir: await tempDir(), resourcesDir: RESOURCES, initialRoot: root, now, watch: false });
    services.push(service);
    const added = value(await service.call('source.add', {
      url: 'https://www.reddit.com/r/Teachers/comments/abc123/how_do_you_teach_blending/?utm_source=share',
      sharedBy: 'Jordan Ellis',
      tags: ['phonics', '#blending', 'phonics'],
    }));
    expect(added).toEqual({ path: 'sources/How do you teach blending.md', title: 'How do you teach blending', kind: 'post', platform: 'reddit', fetching: false });
    expect(await readFile(path.join(root, added.path), 'utf8')).toBe(
      '---\ntype: source\ntitle: How do you teach blending\nurl: "https://www.reddit.com/r/Teachers/comments/abc123/how_do_you_teach_blending/?utm_source=share"\n' +
        'kind: post\nplatform: reddit\ncommunity: r/Teachers\nstatus: to-read\nadded: 2026-11-25\ntags: [phonics, blending]\nshared_by: "[[Jordan Ellis]]"\n---\n\n',
    );
    const source = value(await service.call('garden.snapshot', {})).plants.find((p) => p.path === added.path);
    expect(source).toMatchObject({ kind: 'source', sharedByPath: 'people/Jordan Ellis.md', source: { status: 'to-read', added: '2026-11-25' } });
  });

  it('refuses an address that is not http(s), with the reason, and writes nothing', async () => {
    const root = await tempDir();
    const service = await createGardenService({ userDataDir: await tempDir(), resourcesDir: RESOURCES, initialRoot: root, now, watch: false });
    services.push(service);
    for (const [url, reason] of [
      ['javascript:alert(1)', 'runs code'],
      ['data:text/html,<script>alert(1)</script>', 'data: address'],
      ['file:///etc/passwd', 'file on a computer'],
      ['\\\\server\\share\\x', 'network path'],
      ['https://youtube.com@evil.example/', 'user name'],
      ['not a url', 'not a web address'],
    ]) {
      const result = await service.call('source.add', { url });
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.error.message).toMatch(new RegExp(`^That address was not added: .*${reason}`));
    }
    expect(value(await service.call('garden.snapshot', {})).plants).toEqual([]);
  });

  it('does not add an address twice (scheme, www, trailing slash and tracking ignored)', async () => {
    const { garden: g } = await garden({ 'sources/Sold a Story.md': '---\ntype: source\ntitle: Sold a Story\nurl: "https://features.apmreports.org/sold-a-story/"\n---\n' });
    await expect(addSource(g, { url: 'http://features.apmreports.org/sold-a-story?utm_source=x' }, null)).rejects.toThrow(
      'This address is already in the garden as "Sold a Story" (sources/Sold a Story.md).',
    );
  });

  it('the same address sent twice at once (a double click, two windows) is one source', async () => {
    const { root, garden: g } = await garden();
    const [first, second] = await Promise.allSettled([
      addSource(g, { url: 'https://example.org/one-page' }, null),
      addSource(g, { url: 'http://www.example.org/one-page?utm_source=x' }, null),
    ]);
    expect(first).toMatchObject({ status: 'fulfilled', value: { added: { path: 'sources/One page.md' } } });
    expect(second).toMatchObject({ status: 'rejected', reason: { code: 'exists', message: 'This address is already in the garden as "One page" (sources/One page.md).' } });
    expect(await readdir(path.join(root, 'sources'))).toEqual(['One page.md']);
  });

  it('takes the next free file name and a typed title over the guess', async () => {
    const { root, garden: g } = await garden({ 'sources/YouTube video abc.md': '# taken\n' });
    const a = await addSource(g, { url: 'https://www.youtube.com/watch?v=abc' }, null);
    expect(a.added.path).toBe('sources/YouTube video abc 2.md');
    expect(await readFile(path.join(root, 'sources', 'YouTube video abc.md'), 'utf8')).toBe('# taken\n');
    const b = await addSource(g, { url: 'https://vimeo.com/12345', title: '  Blending,  in a minute ', status: 'read' }, null);
    expect(b.added).toMatchObject({ path: 'sources/Blending, in a minute.md', title: 'Blending, in a minute', kind: 'video', platform: 'vimeo' });
    const text = await readFile(path.join(root, b.added.path), 'utf8');
    expect(text).toContain('status: read\n');
    expect(text).toContain('status_since: 2026-11-25\n');
  });

  it('with a fetcher: saved before the page answers, then its title and description are written in', async () => {
    const { root, garden: g } = await garden();
    let answer!: (meta: { title: string | null; description: string | null }) => void;
    const fetchPage: PageFetcher = () => new Promise((resolve) => (answer = resolve));
    const { added, enriched } = await addSource(g, { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }, fetchPage);
    expect(added).toMatchObject({ title: 'YouTube video dQw4w9WgXcQ', fetching: true });
    const file = path.join(root, added.path);
    expect(await readFile(file, 'utf8')).toContain('title: YouTube video dQw4w9WgXcQ\n');
    answer({ title: 'Blending routine: a demo', description: 'Continuous blending with a small group.' });
    await enriched;
    const text = await readFile(file, 'utf8');
    expect(text).toContain('title: "Blending routine: a demo"\n');
    expect(text).toContain('description: Continuous blending with a small group.\n');
    expect(g.index.records.get(added.path)?.title).toBe('Blending routine: a demo');
  });

  it('the user\'s own title always wins: typed at once, or changed before the page answered', async () => {
    const { root, garden: g } = await garden();
    const meta = { title: 'From the page', description: null };
    const typed = await addSource(g, { url: 'https://example.org/a-page', title: 'Mine' }, async () => meta);
    await typed.enriched;
    expect(await readFile(path.join(root, typed.added.path), 'utf8')).toContain('title: Mine\n');

    let answer!: () => void;
    const slow: PageFetcher = () => new Promise((resolve) => (answer = () => resolve(meta)));
    const later = await addSource(g, { url: 'https://example.org/another-page' }, slow);
    const file = path.join(root, later.added.path);
    await writeFile(file, (await readFile(file, 'utf8')).replace('title: Another page', 'title: Renamed by me'));
    await g.applyFile(file);
    answer();
    await later.enriched;
    expect(await readFile(file, 'utf8')).toContain('title: Renamed by me\n');
    expect(await readFile(file, 'utf8')).not.toContain('From the page');
  });

  it('a fetcher that fails or finds nothing changes nothing', async () => {
    const { root, garden: g } = await garden();
    const failing = await addSource(g, { url: 'https://example.org/x-page' }, () => Promise.reject(new Error('offline')));
    await failing.enriched;
    const empty = await addSource(g, { url: 'https://example.org/y-page' }, async () => null);
    await empty.enriched;
    expect(await readFile(path.join(root, failing.added.path), 'utf8')).toContain('title: X page\n');
    expect(await readFile(path.join(root, empty.added.path), 'utf8')).not.toContain('description');
  });
});
