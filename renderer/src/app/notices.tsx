/**
 * The error surface: a list of dismissible notices (errors from calls, garden warnings).
 * Anything reported is turned into a readable sentence first (messageOf): never a stack.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { messageOf } from '../api/client';

export interface Notice {
  id: number;
  kind: 'error' | 'warning';
  message: string;
}

export interface Notices {
  notices: readonly Notice[];
  report(error: unknown): void;
  warn(message: string): void;
  dismiss(id: number): void;
}

const NoticesContext = createContext<Notices | null>(null);

let nextId = 1;

export function useNoticeState(): Notices {
  const [notices, setNotices] = useState<Notice[]>([]);
  const add = useCallback((kind: Notice['kind'], message: string) => {
    setNotices((current) =>
      // The same sentence twice says nothing new: keep one.
      current.some((n) => n.kind === kind && n.message === message) ? current : [...current, { id: nextId++, kind, message }],
    );
  }, []);
  const report = useCallback((error: unknown) => add('error', messageOf(error)), [add]);
  const warn = useCallback((message: string) => add('warning', message), [add]);
  const dismiss = useCallback((id: number) => setNotices((current) => current.filter((n) => n.id !== id)), []);
  return useMemo(() => ({ notices, report, warn, dismiss }), [notices, report, warn, dismiss]);
}

export function NoticesProvider({ value, children }: { value: Notices; children: ReactNode }) {
  return <NoticesContext.Provider value={value}>{children}</NoticesContext.Provider>;
}

export function useNotices(): Notices {
  const notices = useContext(NoticesContext);
  if (!notices) throw new Error('useNotices needs a <NoticesProvider> above it.');
  return notices;
}
