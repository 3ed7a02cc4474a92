/**
 * A choice remembered on this machine (localStorage), such as table or cards: a convenience
 * of the person's, not part of the garden. An unreadable or unknown stored value is the default.
 */
import { useCallback, useState } from 'react';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function useRemembered<T extends string>(key: string, choices: readonly T[], fallback: T): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => {
    const stored = storage()?.getItem(key);
    return stored !== null && stored !== undefined && (choices as readonly string[]).includes(stored) ? (stored as T) : fallback;
  });
  const set = useCallback(
    (next: T) => {
      setValue(next);
      try {
        storage()?.setItem(key, next);
      } catch {
        // Not remembered this time; the choice still applies.
      }
    },
    [key],
  );
  return [value, set];
}
