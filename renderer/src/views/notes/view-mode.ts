/**
 * How a note is shown: the editor, the rendered preview, or both side by side. The choice is
 * the person's and is remembered (localStorage) for every note.
 */
import { useCallback, useState } from 'react';

export type ViewMode = 'edit' | 'split' | 'preview';
export const VIEW_MODES: readonly ViewMode[] = ['edit', 'split', 'preview'];
export const VIEW_MODE_LABELS: Record<ViewMode, string> = { edit: 'Edit', split: 'Split', preview: 'Preview' };

const KEY = 'pln.note.viewMode';
const LAST_EDITING_KEY = 'pln.note.lastEditingMode';
export const DEFAULT_VIEW_MODE: ViewMode = 'split';

function isMode(value: unknown): value is ViewMode {
  return typeof value === 'string' && (VIEW_MODES as readonly string[]).includes(value);
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readViewMode(): ViewMode {
  const stored = storage()?.getItem(KEY);
  return isMode(stored) ? stored : DEFAULT_VIEW_MODE;
}

/** The mode "Toggle preview" goes to: preview, or back to the editing mode used last. */
export function toggledMode(current: ViewMode, lastEditing: ViewMode): ViewMode {
  if (current !== 'preview') return 'preview';
  return lastEditing === 'preview' ? 'edit' : lastEditing;
}

export function useViewMode(): { mode: ViewMode; setMode(mode: ViewMode): void; toggle(): void } {
  const [mode, setModeState] = useState<ViewMode>(readViewMode);
  const setMode = useCallback((next: ViewMode) => {
    setModeState(next);
    try {
      storage()?.setItem(KEY, next);
      if (next !== 'preview') storage()?.setItem(LAST_EDITING_KEY, next);
    } catch {
      // Not remembered this time; the mode still changes.
    }
  }, []);
  const toggle = useCallback(() => {
    const last = storage()?.getItem(LAST_EDITING_KEY);
    setModeState((current) => {
      const next = toggledMode(current, isMode(last) ? last : 'edit');
      try {
        storage()?.setItem(KEY, next);
      } catch {
        // as above
      }
      return next;
    });
  }, []);
  return { mode, setMode, toggle };
}
