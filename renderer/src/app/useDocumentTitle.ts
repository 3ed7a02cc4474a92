import { useEffect } from 'react';

/** The window title names what is open, so window lists and history entries say something. */
export function useDocumentTitle(parts: readonly (string | null | undefined)[]): void {
  const title = [...parts.filter((p): p is string => Boolean(p)), 'PLN Garden'].join(' — ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
