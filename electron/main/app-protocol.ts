/**
 * The `protocol.handle('app', ...)` handler: serves the built renderer with the right
 * Content-Type, and the CSP on every response (errors included, so no page of ours is
 * ever without it). File reading is injected; the handler only uses the standard
 * Request/Response of Node and Electron, so it is tested on a real temp folder.
 */
import nodePath from 'node:path';
import { resolveAppRequest } from './app-scheme';
import { CONTENT_SECURITY_POLICY } from './csp';

export interface AppProtocolDeps {
  /** Absolute folder of the built renderer (`out/renderer`). */
  rendererRoot: string;
  readFile(file: string): Promise<Uint8Array<ArrayBuffer>>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Unknown types are sent as opaque bytes (with nosniff) so nothing is run as script. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[nodePath.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

const MISSING_FILE_CODES: ReadonlySet<string> = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

export function createAppProtocolHandler(deps: AppProtocolDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const resolved = resolveAppRequest(request.url, deps.rendererRoot);
    if ('status' in resolved) return plain(resolved.status, resolved.status === 403 ? 'Forbidden' : 'Not found');
    try {
      const bytes = await deps.readFile(resolved.file);
      const body = request.method === 'HEAD' ? null : bytes;
      return new Response(body, { status: 200, headers: securityHeaders(contentTypeFor(resolved.file)) });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      if (code !== undefined && MISSING_FILE_CODES.has(code)) return plain(404, 'Not found');
      return plain(500, 'The file could not be read');
    }
  };
}
