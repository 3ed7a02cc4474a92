/** Ordering and describing what is in the trash. */
import type { TrashEntry } from '../../../shared/api';

/** Newest first; an entry whose time cannot be read goes last. */
export function newestFirst(entries: readonly TrashEntry[]): TrashEntry[] {
  const time = (e: TrashEntry) => {
    const t = Date.parse(e.deletedAt);
    return Number.isNaN(t) ? -Infinity : t;
  };
  return [...entries].sort((a, b) => time(b) - time(a) || a.originalPath.localeCompare(b.originalPath));
}

/** `notes/Scaffolding.md` → `Scaffolding`. */
export function fileTitle(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.md$/i, '');
}

/** "just now", "5 minutes ago", "yesterday", "3 days ago", or the date for older ones. */
export function timeAgo(iso: string, now: Date): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return 'at an unknown time';
  const seconds = Math.max(0, Math.round((now.getTime() - then) / 1000));
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} ago`;
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return plural(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return plural(hours, 'hour');
  const days = Math.round(hours / 24);
  if (days === 1) return 'yesterday';
  if (days < 14) return plural(days, 'day');
  return `on ${new Date(then).toISOString().slice(0, 10)}`;
}
