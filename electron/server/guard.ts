/**
 * Who may talk to browser mode. The server listens on 127.0.0.1 only, but any web page the
 * user visits can still send requests to it, and DNS rebinding can make a foreign name
 * resolve to 127.0.0.1. So every request must:
 * - name our exact host and port in `Host` (defeats rebinding: the attacker's name fails);
 * - carry the session cookie obtained with the per-start token (other sites cannot read it,
 *   and SameSite=Strict keeps it off their cross-site requests);
 * - for API calls, come with an `Origin` that is exactly ours (other sites, and `null`).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'pln_session';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function allowedOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

export function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function sessionFromCookie(header: string | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return rest.join('=');
  }
  return null;
}

export type GuardVerdict = { ok: true } | { ok: false; status: number; message: string };

export function checkRequest(request: IncomingMessage, port: number, token: string, options: { requireOrigin: boolean }): GuardVerdict {
  const host = request.headers.host ?? '';
  if (!allowedHosts(port).has(host)) return { ok: false, status: 421, message: 'This server answers only to 127.0.0.1.' };
  const origin = request.headers.origin;
  if (origin !== undefined && !allowedOrigins(port).has(origin)) {
    return { ok: false, status: 403, message: 'Requests from other sites are refused.' };
  }
  if (options.requireOrigin && origin === undefined) return { ok: false, status: 403, message: 'Requests without an Origin are refused.' };
  const session = sessionFromCookie(request.headers.cookie);
  if (!session || !tokensEqual(session, token)) {
    return { ok: false, status: 401, message: 'Open the address printed by `pln serve` (it carries this session\'s token).' };
  }
  return { ok: true };
}
