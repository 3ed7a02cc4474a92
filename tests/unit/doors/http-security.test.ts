/**
 * Browser mode lets no one else in: not other sites (Origin), not DNS rebinding (Host),
 * not someone without the printed token, and not a path out of the renderer folder.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGardenService, type GardenService } from '../../../electron/garden/service';
import { startHttpDoor, type HttpDoor } from '../../../electron/server/http-door';
import { connectHttp, type HttpSession } from './http-bridge';

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: string }

function raw(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the HTTP door refuses strangers', () => {
  let dir: string;
  let service: GardenService;
  let door: HttpDoor;
  let session: HttpSession;
  let host: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'pln-http-sec-'));
    const rendererDir = path.join(dir, 'renderer');
    await mkdir(rendererDir);
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>PLN Garden</title>');
    await writeFile(path.join(dir, 'secret.txt'), 'TOP SECRET');
    service = await createGardenService({ userDataDir: dir, resourcesDir: path.resolve(__dirname, '../../../resources'), watch: false });
    door = await startHttpDoor({ service, rendererDir });
    session = await connectHttp(door.url);
    host = `127.0.0.1:${door.port}`;
  });

  afterAll(async () => {
    session.close();
    await door.close();
    await service.close();
    await rm(dir, { recursive: true, force: true });
  });

  const call = (headers: Record<string, string>, body = '{}') =>
    raw(door.port, { method: 'POST', path: '/api/call/garden.info', headers: { 'content-type': 'application/json', ...headers }, body });

  it('listens on 127.0.0.1 only and prints a tokenised address', () => {
    expect(door.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
  });

  it('trades the token for an HttpOnly, SameSite=Strict cookie and drops it from the address', async () => {
    const reply = await raw(door.port, { path: new URL(door.url).pathname + new URL(door.url).search, headers: { host } });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    expect(String(reply.headers['set-cookie'])).toMatch(/pln_session=[^;]+; HttpOnly; SameSite=Strict; Path=\//);
  });

  it('refuses a wrong token', async () => {
    const reply = await raw(door.port, { path: '/?token=guess', headers: { host } });
    expect(reply.status).toBe(401);
    expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('refuses the app and the API without the session cookie', async () => {
    expect((await raw(door.port, { path: '/', headers: { host } })).status).toBe(401);
    const api = await call({ host, origin: session.origin });
    expect(api.status).toBe(401);
    expect(api.body).not.toContain('Sample Garden');
  });

  it('refuses a foreign Host even with the cookie (DNS rebinding)', async () => {
    const reply = await call({ host: `evil.example:${door.port}`, origin: `http://evil.example:${door.port}`, cookie: session.cookie });
    expect(reply.status).toBe(421);
    expect((await raw(door.port, { path: '/', headers: { host: 'evil.example', cookie: session.cookie } })).status).toBe(421);
  });

  it('refuses calls from another site, from a null origin, or with no Origin', async () => {
    expect((await call({ host, origin: 'https://evil.example', cookie: session.cookie })).status).toBe(403);
    expect((await call({ host, origin: 'null', cookie: session.cookie })).status).toBe(403);
    expect((await call({ host, cookie: session.cookie })).status).toBe(403);
  });

  it('refuses a form-style (non-JSON) POST, which needs no CORS preflight', async () => {
    const reply = await call({ host, origin: session.origin, cookie: session.cookie, 'content-type': 'text/plain' }, '{}');
    expect(reply.status).toBe(415);
  });

  it('answers our own page', async () => {
    const reply = await call({ host, origin: session.origin, cookie: session.cookie });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { name: 'Sample Garden' } });
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const attempt of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/..%5csecret.txt', '//secret.txt', '/%00']) {
      const reply = await raw(door.port, { path: attempt, headers: { host, cookie: session.cookie } });
      expect(reply.body).not.toContain('TOP SECRET');
    }
  });

  it('sends the strict CSP on every response, refusals included', async () => {
    for (const reply of [
      await raw(door.port, { path: '/', headers: { host, cookie: session.cookie } }),
      await raw(door.port, { path: '/', headers: { host } }),
      await call({ host, origin: 'https://evil.example', cookie: session.cookie }),
    ]) {
      const csp = String(reply.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-eval');
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});
