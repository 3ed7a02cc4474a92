// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createRecentNotesStore, MAX_RECENT_NOTES, parseStored, withVisit } from '../../../../renderer/src/recent/recent-notes';
import { recentPlants } from '../../../../renderer/src/recent/recent-plants';
import { gp, plant } from '../helpers/plants';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

describe('recent notes', () => {
  it('puts a visit first, once, and keeps at most 20', () => {
    let list = [gp('a.md'), gp('b.md'), gp('c.md')];
    list = withVisit(list, gp('b.md'));
    expect(list).toEqual(['b.md', 'a.md', 'c.md']);
    for (let i = 0; i < 30; i += 1) list = withVisit(list, gp(`n${i}.md`));
    expect(list).toHaveLength(MAX_RECENT_NOTES);
    expect(list[0]).toBe('n29.md');
  });

  it('reads back only a list of paths from storage', () => {
    expect(parseStored(null)).toEqual([]);
    expect(parseStored('not json')).toEqual([]);
    expect(parseStored('{"a":1}')).toEqual([]);
    expect(parseStored('["a.md", 3, "", "a.md", "b.md"]')).toEqual(['a.md', 'b.md']);
  });

  it('keeps one list per garden root, in storage', () => {
    const storage = memoryStorage();
    const store = createRecentNotesStore(() => storage);
    store.visit('/g/one', gp('a.md'));
    store.visit('/g/one', gp('b.md'));
    store.visit('/g/two', gp('z.md'));
    expect(store.get('/g/one')).toEqual(['b.md', 'a.md']);
    expect(store.get('/g/two')).toEqual(['z.md']);
    expect(JSON.parse(storage.data.get('pln.recent-notes:/g/one')!)).toEqual(['b.md', 'a.md']);
    // A second store (the next start of the app) reads the same lists.
    expect(createRecentNotesStore(() => storage).get('/g/one')).toEqual(['b.md', 'a.md']);
  });

  it('returns the same array until the list changes, and tells subscribers', () => {
    const storage = memoryStorage();
    const store = createRecentNotesStore(() => storage);
    let heard = 0;
    const off = store.subscribe(() => (heard += 1));
    const before = store.get('/g');
    expect(store.get('/g')).toBe(before);
    store.visit('/g', gp('a.md'));
    expect(heard).toBe(1);
    const after = store.get('/g');
    expect(after).not.toBe(before);
    expect(store.get('/g')).toBe(after);
    store.visit('/g', gp('a.md'));
    expect(heard).toBe(1);
    off();
  });

  it('follows a change another window made', () => {
    const storage = memoryStorage();
    const store = createRecentNotesStore(() => storage);
    store.visit('/g', gp('a.md'));
    storage.setItem('pln.recent-notes:/g', JSON.stringify(['x.md', 'a.md']));
    let heard = 0;
    const off = store.subscribe(() => (heard += 1));
    window.dispatchEvent(new StorageEvent('storage', { key: 'pln.recent-notes:/g' }));
    expect(heard).toBe(1);
    expect(store.get('/g')).toEqual(['x.md', 'a.md']);
    off();
  });

  it('works in memory when storage is switched off or full', () => {
    const off = createRecentNotesStore(() => null);
    off.visit('/g', gp('a.md'));
    expect(off.get('/g')).toEqual(['a.md']);
    const full = createRecentNotesStore(() => ({
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    }));
    full.visit('/g', gp('a.md'));
    full.visit('/g', gp('b.md'));
    expect(full.get('/g')).toEqual(['b.md', 'a.md']);
  });

  it('shows only paths that are still plants, in recent order', () => {
    const plants = [plant('a.md'), plant('b.md'), plant('c.md')];
    expect(recentPlants([gp('c.md'), gp('gone.md'), gp('a.md'), gp('b.md')], plants, 2).map((p) => p.path)).toEqual(['c.md', 'a.md']);
    expect(recentPlants([gp('a.md')], undefined)).toEqual([]);
  });
});
