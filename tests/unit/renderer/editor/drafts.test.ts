import { describe, expect, it } from 'vitest';
import { storageDrafts } from '../../../../renderer/src/editor/drafts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('drafts', () => {
  it('keeps a draft per garden and path until removed', () => {
    const storage = memoryStorage();
    const drafts = storageDrafts(storage);
    const draft = { text: 'unsaved', baseHash: 'h1', savedAt: '2026-11-25T10:00:00.000Z' };
    drafts.put('/g/one', 'notes/a.md', draft);
    expect(drafts.get('/g/one', 'notes/a.md')).toEqual(draft);
    expect(drafts.get('/g/two', 'notes/a.md')).toBeNull();
    drafts.remove('/g/one', 'notes/a.md');
    expect(drafts.get('/g/one', 'notes/a.md')).toBeNull();
  });

  it('reads nothing from damaged storage, and never throws', () => {
    const storage = memoryStorage();
    const drafts = storageDrafts(storage);
    drafts.put('/g', 'a.md', { text: 'x', baseHash: 'h', savedAt: 't' });
    for (const key of storage.items.keys()) storage.items.set(key, '{not json');
    expect(drafts.get('/g', 'a.md')).toBeNull();
    for (const key of storage.items.keys()) storage.items.set(key, JSON.stringify({ text: 1 }));
    expect(drafts.get('/g', 'a.md')).toBeNull();
    const full = storageDrafts({ getItem: () => null, setItem: () => { throw new Error('quota'); }, removeItem: () => undefined });
    expect(() => full.put('/g', 'a.md', { text: 'x', baseHash: 'h', savedAt: 't' })).not.toThrow();
    expect(storageDrafts(null).get('/g', 'a.md')).toBeNull();
  });
});
