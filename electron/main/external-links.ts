/**
 * The ONE way the app hands a URL to the operating system (`shell.openExternal`).
 * A link in a note is attacker-controlled text: a `file:` or `\\host\share` URL can run
 * or leak local files, `javascript:`/`vbscript:`/`data:` can run code, and
 * `https://bank.example@evil.example` shows one host while going to another. So the URL
 * is parsed (never matched by substring), only https, http and mailto pass, and the user
 * sees the real host before anything opens. Electron is injected, not imported, so all
 * of this runs under plain Node in tests.
 */
import type { MessageBoxOptions } from 'electron';
import { parseUrl } from './origin';

export type ParsedExternalUrl = { ok: true; url: URL; host: string } | { ok: false; reason: string };

export interface ExternalLinkDeps {
  /** `shell.openExternal`. Receives only the normalised `href` of a URL that passed. */
  openExternal(url: string): Promise<void>;
  /** Asks the user; `host` is what the link really leads to. */
  confirm(host: string, url: string): Promise<boolean>;
}

/** `refused`: the URL did not pass; `cancelled`: the user said no; `failed`: the OS could not open it. */
export type OpenOutcome =
  | { opened: true; url: string }
  | { opened: false; why: 'refused' | 'cancelled' | 'failed'; reason: string };

const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'http:', 'mailto:']);
/** Longer than any real link; stops a megabyte of text reaching a dialog or the OS. */
const MAX_URL_LENGTH = 4096;
/** mailto headers a mail client may take from a link. Others (`attach`, `to`...) have
 *  been used to attach local files or hide recipients, so they are refused. */
const MAILTO_HEADERS: ReadonlySet<string> = new Set(['subject', 'body', 'cc', 'bcc']);
const EMAIL_ADDRESS = /^[^\s@,;<>()"]+@[^\s@,;<>()"]+$/;

/**
 * Control characters, spaces and the invisible or direction-changing characters that
 * make a printed URL differ from the one that opens (`java\tscript:`, RTL overrides).
 */
function hasUnsafeCharacter(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
    if (code === 0xad || code === 0xfeff) return true;
    if ((code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e)) return true;
    if ((code >= 0x2060 && code <= 0x2064) || (code >= 0x2066 && code <= 0x2069)) return true;
  }
  return false;
}

function fail(reason: string): ParsedExternalUrl {
  return { ok: false, reason };
}

function parseWebUrl(url: URL): ParsedExternalUrl {
  if (url.username !== '' || url.password !== '') {
    return fail('Links with a user name or password before the host are not opened: they disguise where they lead.');
  }
  if (url.hostname === '') return fail('This link has no host.');
  // `host` keeps a non-default port; IDN hosts come back in punycode, which is the
  // honest spelling of a look-alike domain.
  return { ok: true, url, host: url.host };
}

function parseMailto(url: URL): ParsedExternalUrl {
  let recipients: string;
  try {
    recipients = decodeURIComponent(url.pathname);
  } catch {
    return fail('This mail link is not encoded correctly.');
  }
  // Only plain spaces around commas are trimmed: a decoded %0A must still be refused.
  const addresses = recipients.split(',').map((address) => address.replace(/^ +| +$/g, ''));
  if (!addresses.every((a) => !hasUnsafeCharacter(a) && EMAIL_ADDRESS.test(a))) {
    return fail('This mail link does not name a valid address.');
  }
  for (const key of url.searchParams.keys()) {
    if (!MAILTO_HEADERS.has(key.toLowerCase())) {
      return fail(`Mail links may only set subject, body, cc and bcc, not "${key}".`);
    }
  }
  return { ok: true, url, host: addresses.join(', ') };
}

/** Decides whether `raw` may leave the app, and says why not in words a person reads. */
export function parseExternalUrl(raw: unknown): ParsedExternalUrl {
  if (typeof raw !== 'string') return fail('The link is not text.');
  if (raw === '') return fail('The link is empty.');
  if (raw.length > MAX_URL_LENGTH) return fail('The link is too long to be a real address.');
  if (hasUnsafeCharacter(raw)) return fail('The link contains spaces, control or invisible characters.');
  if (raw.startsWith('\\\\') || raw.startsWith('//')) {
    return fail('Network paths (\\\\host\\share or //host) are not opened.');
  }
  // WHATWG parsing treats `\` as `/` in http(s) URLs, so `https:\\evil` would change host.
  if (raw.includes('\\')) return fail('The link contains a backslash.');

  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail('The link is not a complete address (it needs https://, http:// or mailto:).');
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) {
    return fail(`Links starting with "${url.protocol}" are not opened; only https, http and mailto are.`);
  }
  return url.protocol === 'mailto:' ? parseMailto(url) : parseWebUrl(url);
}

/**
 * Opens `raw` outside the app after the user has seen the real host. Never throws:
 * callers are event handlers (window.open, will-navigate) with nobody to catch.
 */
export async function openExternalSafely(raw: unknown, deps: ExternalLinkDeps): Promise<OpenOutcome> {
  const parsed = parseExternalUrl(raw);
  if (!parsed.ok) return { opened: false, why: 'refused', reason: parsed.reason };
  // Only the normalised form is shown and opened, so what is confirmed is what opens.
  const href = parsed.url.href;
  try {
    if (!(await deps.confirm(parsed.host, href))) {
      return { opened: false, why: 'cancelled', reason: 'You chose not to open the link.' };
    }
    await deps.openExternal(href);
    return { opened: true, url: href };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { opened: false, why: 'failed', reason: `The link could not be opened: ${detail}` };
  }
}

/**
 * Electron's `shell`, bound for `ExternalLinkDeps.openExternal`: the one place the app calls
 * `shell.openExternal` (lint refuses it anywhere else), so a URL cannot skip the checks above.
 */
export function openerFor(shell: { openExternal(url: string): Promise<void> }): (href: string) => Promise<void> {
  return (href) => shell.openExternal(href);
}

/** The confirmation dialog: the host is the headline, the full URL the detail. */
export function externalLinkPrompt(host: string, url: string): MessageBoxOptions {
  const isMail = parseUrl(url)?.protocol === 'mailto:';
  return {
    type: 'question',
    title: isMail ? 'Write an email' : 'Open a link',
    message: isMail ? `Write to ${host}?` : `Open ${host}?`,
    detail: `${isMail ? 'Your mail app' : 'Your browser'} will open:\n\n${url}`,
    buttons: [isMail ? 'Write email' : 'Open in browser', 'Cancel'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  };
}
