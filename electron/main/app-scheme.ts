/**
 * Maps an `app://bundle/...` URL to a file of the built renderer, and refuses anything
 * that could reach outside it. The renderer is served from this custom scheme rather
 * than `file://` so a page cannot read arbitrary local files, and so it has a real
 * origin for the CSP and the IPC sender check.
 *
 * Containment is decided on the decoded path with `path.relative`, never by looking for
 * "../" in the raw URL: `%2e%2e%2f`, `%5c` and doubled slashes all decode to something a
 * substring test misses. The path module is a parameter so Windows rules are tested too.
 */
import nodePath from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
/** Compare with `isSameOrigin`, not `URL.origin` (which is "null" for custom schemes). */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export type AppRequestResolution = { file: string } | { status: 404 | 403 };

type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

const FORBIDDEN: AppRequestResolution = { status: 403 };
const NOT_FOUND: AppRequestResolution = { status: 404 };

/** Decoded path characters no bundle file has: NUL, `\` (a separator on Windows) and
 *  `:` (drive letters and NTFS alternate streams). */
function hasForbiddenCharacter(decoded: string): boolean {
  return decoded.includes('\0') || decoded.includes('\\') || decoded.includes(':');
}

/**
 * `{ file }`: the absolute file to serve. `{ status: 403 }`: refused (other scheme, host
 * or port, credentials, traversal, bad encoding, forbidden characters). `{ status: 404 }`:
 * a directory other than the root, which we never list.
 */
export function resolveAppRequest(url: string, rendererRoot: string, path: PathApi = nodePath): AppRequestResolution {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return FORBIDDEN;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.hostname.toLowerCase() !== APP_HOST) return FORBIDDEN;
  if (parsed.port !== '' || parsed.username !== '' || parsed.password !== '') return FORBIDDEN;

  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return FORBIDDEN;
  }
  if (hasForbiddenCharacter(decoded)) return FORBIDDEN;
  // The URL parser already resolved ".", "..", "%2e" and "%2e%2e" segments, so a dot
  // segment surviving here was glued to an encoded separator ("..%2f"). Windows also drops trailing dots and spaces from a name (".. " acts as ".."),
  // and no bundle file name ends with either.
  if (decoded.split('/').some((segment) => segment.endsWith('.') || segment.endsWith(' '))) return FORBIDDEN;

  // Node leaves the path of `app://bundle` empty where Chromium gives "/".
  const relativePath = decoded === '/' || decoded === '' ? 'index.html' : decoded.slice(1);
  // `app://bundle//etc/passwd` leaves "/etc/passwd" here.
  if (path.isAbsolute(relativePath)) return FORBIDDEN;
  if (relativePath.endsWith('/')) return NOT_FOUND;

  const root = path.resolve(rendererRoot);
  const file = path.resolve(root, relativePath);
  const fromRoot = path.relative(root, file);
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${path.sep}`) || path.isAbsolute(fromRoot)) {
    return FORBIDDEN;
  }
  return { file };
}
