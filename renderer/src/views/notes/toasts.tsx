/**
 * Short-lived messages about what just happened to a note ("Moved to the trash — Undo",
 * "Renamed; links rewritten in 3 files"). The store lives outside React so a message
 * survives the navigation that follows a rename; `<NoteToasts>` shows it.
 */
import { useSyncExternalStore } from 'react';

export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run(): void | Promise<void> };
  tone?: 'info' | 'error';
}

type Listener = () => void;

let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<Listener>();
const timers = new Map<number, ReturnType<typeof setTimeout>>();

function emit(): void {
  for (const listener of listeners) listener();
}

export const TOAST_MS = 12_000;

export function showToast(toast: Omit<Toast, 'id'>, ms = TOAST_MS): number {
  const id = nextId++;
  toasts = [...toasts, { ...toast, id }];
  emit();
  timers.set(id, setTimeout(() => dismissToast(id), ms));
  return id;
}

export function dismissToast(id: number): void {
  const timer = timers.get(id);
  if (timer) clearTimeout(timer);
  timers.delete(id);
  if (!toasts.some((t) => t.id === id)) return;
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

/** For tests: forget every toast. */
export function clearToasts(): void {
  for (const id of [...timers.keys()]) dismissToast(id);
  toasts = [];
  emit();
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const read = () => toasts;

export function useToasts(): readonly Toast[] {
  return useSyncExternalStore(subscribe, read, read);
}

export function NoteToasts() {
  const list = useToasts();
  if (list.length === 0) return null;
  return (
    <div className="toasts" aria-live="polite">
      {list.map((toast) => (
        <div key={toast.id} className={`toast${toast.tone === 'error' ? ' toast-error' : ''}`} role="status" data-testid="toast">
          <span className="toast-text">{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              className="button toast-action"
              onClick={() => {
                dismissToast(toast.id);
                void toast.action?.run();
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => dismissToast(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
