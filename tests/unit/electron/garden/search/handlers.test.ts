/** search.query and search.complete through the service (what both doors call). */
import { afterEach, describe, expect, it } from 'vitest';

import { createGardenService, type GardenService } from '../../../../../electron/garden/service';
import { copyFixture, RESOURCES, tempDir } from '../helpers';
import { value } from '../call-result';

const services: GardenService[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) await s.close();
});

async function start(): Promise<GardenService> {
  const service = await createGardenService({ userDataDir: await tempDir(), resourcesDir: RESOURCES, initialRoot: await copyFixture('obsidian-vault'), now: () => new Date('2026-11-25T12:00:00Z'), watch: false });
  services.push(service);
  return service;
}

describe('search handlers', () => {
  it('complete: names with kind and alias, best first', async () => {
    const service = await start();
    expect(value(await service.call('search.complete', { prefix: 'scaf', limit: 3 }))).toEqual([{ path: 'notes/Scaffolding.md', kind: 'note', title: 'Scaffolding' }]);
    expect(value(await service.call('search.complete', { prefix: 'maya' }))[0]).toEqual({ path: 'people/Maya Chen.md', kind: 'person', title: 'Maya Chen' });
  });

  it('query: full text with filters, and follows a save made through the API', async () => {
    const service = await start();
    expect(value(await service.call('search.query', { query: 'scaffolding kind:note' })).map((h) => h.path)[0]).toBe('notes/Scaffolding.md');
    const doc = value(await service.call('note.read', { path: 'notes/Lonely.md' }));
    value(await service.call('note.write', { path: 'notes/Lonely.md', text: `${doc.text}\nA word like serendipity.\n`, baseHash: doc.hash }));
    const hits = value(await service.call('search.query', { query: 'serendipity' }));
    expect(hits.map((h) => h.path)).toEqual(['notes/Lonely.md']);
    expect(hits[0]?.snippets).toEqual([{ text: 'A word like serendipity.', highlights: [[12, 23]] }]);
  });

  it('answers bad input with a readable error, never a crash', async () => {
    const service = await start();
    expect(await service.call('search.query', { query: 'kind:robot' })).toEqual({ ok: false, error: { code: 'bad-input', message: '"kind:robot" is not a kind; use note, person, source or goal.' } });
    expect((await service.call('search.query', { query: 'x', limit: 0 })).ok).toBe(false);
    expect((await service.call('search.complete', { prefix: 42 })).ok).toBe(false);
  });
});
