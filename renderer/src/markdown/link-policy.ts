/**
 * Decides what a link in a note may become. Parsed with `new URL`, never compared as a
 * substring: only http, https and mailto leave the app; `javascript:`, `data:`, `file:`,
 * `vbscript:`, UNC paths and anything unknown are shown as plain text.
 */
import { noteHref, seedHref } from '../router/routes';
import type { TargetIndex } from './resolve-target';

export type LinkDecision =
  | { kind: 'route'; href: string }
  | { kind: 'anchor'; id: string }
  | { kind: 'external'; href: string }
  | { kind: 'seed'; href: string; target: string }
  | { kind: 'inert'; reason: string };

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

function localNoteTarget(href: string): string | null {
  const [withoutHash = ''] = href.split('#');
  let decoded: string;
  try {
    decoded = decodeURIComponent(withoutHash);
  } catch {
    return null;
  }
  return /\.md$/i.test(decoded) ? decoded : null;
}

/** The host a person should see before leaving the app: `example.org`, or the address of a mailto link. */
export function visibleHost(href: string): string {
  try {
    const url = new URL(href);
    if (url.protocol === 'mailto:') return decodeURIComponent(url.pathname);
    return url.host;
  } catch {
    return '';
  }
}

export function decideLink(href: string | undefined, resolve: TargetIndex): LinkDecision {
  if (!href) return { kind: 'inert', reason: 'This link has no address the app can open.' };
  if (href.startsWith('#/')) return { kind: 'route', href };
  if (href.startsWith('#')) return { kind: 'anchor', id: href.slice(1) };

  let url: URL | null = null;
  try {
    url = new URL(href);
  } catch {
    url = null;
  }
  if (url) {
    if (EXTERNAL_PROTOCOLS.has(url.protocol)) return { kind: 'external', href: url.href };
    return { kind: 'inert', reason: `Links of type “${url.protocol}” are not opened, for safety.` };
  }
  // A relative address: a markdown link to another note in the garden, else a file.
  const target = localNoteTarget(href);
  if (target !== null) {
    const resolved = resolve(target) ?? resolve(target.replace(/^\.\//, ''));
    return resolved ? { kind: 'route', href: noteHref(resolved) } : { kind: 'seed', href: seedHref(target), target };
  }
  return { kind: 'inert', reason: 'Links to files open in a later release.' };
}
