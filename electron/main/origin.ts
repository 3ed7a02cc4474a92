/**
 * "Is this URL ours?" — asked by navigation, window opening and the IPC sender check.
 * Always by parsing, never by comparing substrings: `url.includes('app://')` is defeated
 * by `https://evil.example/?app://`. We compare protocol, host name and port one by one
 * because `URL.origin` is the opaque string "null" for custom schemes such as `app:`.
 */

/** `new URL(raw)` without throwing: null when `raw` is not an absolute URL. */
export function parseUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string') return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * True when `url` is on `appOrigin` (e.g. `app://bundle` or the dev server's
 * `http://localhost:5173`). A URL carrying credentials is never ours: `user@host`
 * forms exist mainly to make a foreign host look familiar.
 */
export function isSameOrigin(url: string, appOrigin: string): boolean {
  const candidate = parseUrl(url);
  const origin = parseUrl(appOrigin);
  if (!candidate || !origin || origin.hostname === '') return false;
  if (candidate.username !== '' || candidate.password !== '') return false;
  return (
    candidate.protocol === origin.protocol &&
    // Lower-cased because Node keeps the case of custom-scheme hosts; Chromium does not.
    candidate.hostname.toLowerCase() === origin.hostname.toLowerCase() &&
    candidate.port === origin.port
  );
}
