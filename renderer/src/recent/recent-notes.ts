/**
 * Recently opened notes, most recent first, per garden (keyed by the garden's root, so
 * two gardens never mix). Kept in localStorage: it is a convenience of this machine, not
 * part of the garden. Paths only; titles come from the live snapshot when shown, so a
 * renamed or deleted note simply drops out of the list shown.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { GardenPath } from '../../../shared/types';

export const MAX_RECENT_NOTES = 20;
const KEY_PREFIX = 'pln.recent-notes:';

/** The list after visiting `path`: it moves to the front, once, and the list stays short. */
export function withVisit(list: readonly GardenPath[], path: GardenPath, max = MAX_RECENT_NOTES): GardenPath[] {
  return [path, ...list.filter((p) => p !== path)].slice(0, max);
}

/** What storage held, kept only if it is a list of paths: a hand-edited or corrupt value is an empty list. */
export function parseStored(raw: string | null): GardenPath[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    const paths = value.filter((p): p is GardenPath => typeof p === 'string' && p !== '');
    return [...new Set(paths)].slice(0, MAX_RECENT_NOTES);
  } catch {
    return [];
  }
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export interface RecentNotesStore {
  get(root: string): readonly GardenPath[];
  visit(root: string, path: GardenPath): void;
  subscribe(listener: () => void): () => void;
}

/**
 * A store over any storage. `get` reads storage each time (another window may have
 * written) but returns the same array while the stored value is unchanged, as React's
 * useSyncExternalStore needs. Without usable storage the list lives in memory.
 */
export function createRecentNotesStore(storage: () => StorageLike | null): RecentNotesStore {
  const cache = new Map<string, { raw: string | null; list: readonly GardenPath[] }>();
  const memory = new Map<string, string>();
  let memoryOnly = false;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  function readRaw(root: string): string | null {
    if (memoryOnly) return memory.get(root) ?? null;
    try {
      const store = storage();
      if (store) return store.getItem(KEY_PREFIX + root);
    } catch {
      // Storage can be switched off: fall back to this session's memory.
    }
    return memory.get(root) ?? null;
  }

  function get(root: string): readonly GardenPath[] {
    const raw = readRaw(root);
    const cached = cache.get(root);
    if (cached && cached.raw === raw) return cached.list;
    const list = parseStored(raw);
    cache.set(root, { raw, list });
    return list;
  }

  return {
    get,
    visit(root, path) {
      const current = get(root);
      if (current[0] === path) return;
      const raw = JSON.stringify(withVisit(current, path));
      memory.set(root, raw);
      try {
        storage()?.setItem(KEY_PREFIX + root, raw);
      } catch {
        // Full or switched-off storage: from now on the lists are kept in memory.
        memoryOnly = true;
      }
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      // Another window of the app changed the list.
      const onStorage = (event: StorageEvent) => {
        if (event.key === null || event.key.startsWith(KEY_PREFIX)) listener();
      };
      if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(listener);
        if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
      };
    },
  };
}

function browserStorage(): StorageLike | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export const recentNotes = createRecentNotesStore(browserStorage);

const EMPTY: readonly GardenPath[] = [];

/** The recent notes of the garden at `root` (none while no garden is open), live. */
export function useRecentNotes(root: string | undefined, store: RecentNotesStore = recentNotes): readonly GardenPath[] {
  const getSnapshot = useCallback(() => (root ? store.get(root) : EMPTY), [root, store]);
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot);
}
