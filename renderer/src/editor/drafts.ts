/**
 * A rescue copy of unsaved text, for the moments a save cannot be seen through: the window
 * closing, the note being left while a save is out. Kept in the page's localStorage per
 * garden and path, written only at those moments (not per keystroke), removed once a save
 * succeeds. When the note opens again with a draft that differs from the file, the draft
 * comes back into the editor, and if the file changed meanwhile the person sees both.
 */

export interface Draft {
  text: string;
  /** The hash of the version the draft was based on. */
  baseHash: string;
  savedAt: string;
}

export interface DraftStore {
  get(garden: string, path: string): Draft | null;
  put(garden: string, path: string, draft: Draft): void;
  remove(garden: string, path: string): void;
}

const PREFIX = 'pln.draft.';

function keyOf(garden: string, path: string): string {
  return `${PREFIX}${JSON.stringify([garden, path])}`;
}

function isDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.text === 'string' && typeof v.baseHash === 'string' && typeof v.savedAt === 'string';
}

export function storageDrafts(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null): DraftStore {
  return {
    get(garden, path) {
      try {
        const raw = storage?.getItem(keyOf(garden, path));
        if (!raw) return null;
        const parsed: unknown = JSON.parse(raw);
        return isDraft(parsed) ? parsed : null;
      } catch {
        return null;
      }
    },
    put(garden, path, draft) {
      try {
        storage?.setItem(keyOf(garden, path), JSON.stringify(draft));
      } catch {
        // Storage full or unavailable: the save itself is still attempted.
      }
    },
    remove(garden, path) {
      try {
        storage?.removeItem(keyOf(garden, path));
      } catch {
        // nothing to do
      }
    },
  };
}

function pageStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export const drafts: DraftStore = storageDrafts(pageStorage());
