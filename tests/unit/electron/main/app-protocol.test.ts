import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, createAppProtocolHandler } from '../../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/main/csp';

let dir: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(async () => {
  // out/renderer is the bundle; out/secret.txt is beside it and must stay unreachable.
  dir = await mkdtemp(path.join(tmpdir(), 'pln-app-protocol-'));
  const renderer = path.join(dir, 'out', 'renderer');
  await mkdir(path.join(renderer, 'assets'), { recursive: true });
  await writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>PLN Garden</title>');
  await writeFile(path.join(renderer, 'assets', 'index.js'), 'console.log("garden")');
  await writeFile(path.join(renderer, 'assets', 'index.css'), 'body{}');
  await writeFile(path.join(dir, 'out', 'secret.txt'), 'not for the page');
  handler = createAppProtocolHandler({ rendererRoot: renderer, readFile: (file) => readFile(file) });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function get(url: string, method = 'GET'): Promise<Response> {
  return handler(new Request(url, { method }));
}

function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
}

describe('the app:// protocol handler', () => {
  it('serves index.html for the root, as HTML, with the CSP', async () => {
    const response = await get('app://bundle/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(response);
    expect(await response.text()).toContain('<title>PLN Garden</title>');
  });

  it.each([
    ['app://bundle/assets/index.js', 'text/javascript; charset=utf-8', 'console.log("garden")'],
    ['app://bundle/assets/index.css', 'text/css; charset=utf-8', 'body{}'],
  ])('serves %s as %s', async (url, type, body) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(type);
    expectSecurityHeaders(response);
    expect(await response.text()).toBe(body);
  });

  it.each([
    'app://bundle/..%2fsecret.txt',
    'app://bundle/%2e%2e%2fsecret.txt',
    'app://bundle/%5c..%5csecret.txt',
    'app://elsewhere/index.html',
  ])('refuses %s with 403, and the CSP still set', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expectSecurityHeaders(response);
    expect(await response.text()).not.toContain('not for the page');
  });

  it.each(['app://bundle/../secret.txt', 'app://bundle/%2e%2e/secret.txt'])(
    'keeps %s inside the bundle (the URL parser resolves dot segments first)',
    async (url) => {
      const response = await get(url);
      expect(response.status).toBe(404);
      expectSecurityHeaders(response);
    },
  );

  it.each(['app://bundle/missing.js', 'app://bundle/assets', 'app://bundle/assets/'])('answers 404 for %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://bundle/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await get('app://bundle/index.html', 'POST');
    expect(post.status).toBe(405);
    expectSecurityHeaders(post);
  });

  it('answers 500 (not a crash) when a file cannot be read for another reason', async () => {
    const failing = createAppProtocolHandler({
      rendererRoot: '/r',
      readFile: async () => {
        throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
      },
    });
    const response = await failing(new Request('app://bundle/index.html'));
    expect(response.status).toBe(500);
    expectSecurityHeaders(response);
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['a.html', 'text/html; charset=utf-8'],
    ['a.MJS', 'text/javascript; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.woff2', 'font/woff2'],
    ['a.wasm', 'application/wasm'],
    ['a.unknown', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});
