/**
 * Browser mode: the built renderer and the same API as the Electron door, over HTTP on
 * 127.0.0.1. Generated from the contract: `POST /api/call/<method>` for every method of
 * `api`, `GET /api/events` for the events (Server-Sent Events). The service validates
 * every input; this door checks the caller (guard.ts) and the transport.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { api, type MethodName } from '../../shared/api';
import { CONTENT_SECURITY_POLICY } from '../main/csp';
import type { GardenService } from '../garden/service';
import { checkRequest, newToken, SESSION_COOKIE, tokensEqual } from './guard';
import { readStatic } from './static-files';

export interface HttpDoor {
  /** The address to open, carrying the token; the page trades it for a cookie. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface HttpDoorOptions {
  service: GardenService;
  rendererDir: string;
  port?: number;
  token?: string;
}

const MAX_BODY = 60 * 1024 * 1024;

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

export async function startHttpDoor(options: HttpDoorOptions): Promise<HttpDoor> {
  const token = options.token ?? newToken();
  const streams = new Set<ServerResponse>();
  let port = 0;

  const unsubscribe = options.service.subscribe((event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'The server could not answer.');
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);

    // Trading the printed token for a session cookie, then dropping it from the address bar.
    const offered = url.searchParams.get('token');
    if (request.method === 'GET' && offered !== null) {
      if (!tokensEqual(offered, token) || !(request.headers.host === `127.0.0.1:${port}` || request.headers.host === `localhost:${port}`)) {
        return send(response, 401, 'text/plain; charset=utf-8', 'That token is not valid for this server. Use the address `pln serve` printed.');
      }
      response.writeHead(303, {
        ...SECURITY_HEADERS,
        'Set-Cookie': `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: url.pathname + url.hash,
        'Cache-Control': 'no-store',
      });
      return void response.end();
    }

    const isApi = url.pathname.startsWith('/api/');
    const verdict = checkRequest(request, port, token, { requireOrigin: isApi && request.method === 'POST' });
    if (!verdict.ok) return send(response, verdict.status, 'text/plain; charset=utf-8', verdict.message);

    if (url.pathname === '/api/events' && request.method === 'GET') return openEventStream(response);
    if (url.pathname.startsWith('/api/call/')) {
      if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'Use POST.');
      if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
        return send(response, 415, 'text/plain; charset=utf-8', 'Send JSON.');
      }
      const name = decodeURIComponent(url.pathname.slice('/api/call/'.length));
      if (!Object.hasOwn(api, name)) return sendJson(response, 404, { ok: false, error: { code: 'bad-input', message: `Unknown request "${name}".` } });
      const body = await readBody(request);
      if (body === null) return sendJson(response, 413, { ok: false, error: { code: 'bad-input', message: 'That request is too large.' } });
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body) : {};
      } catch {
        return sendJson(response, 400, { ok: false, error: { code: 'bad-input', message: 'The request was not valid JSON.' } });
      }
      return sendJson(response, 200, await options.service.call(name as MethodName, input));
    }
    if (isApi) return send(response, 404, 'text/plain; charset=utf-8', 'No such API route.');
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'Use GET.');

    const file = (await readStatic(options.rendererDir, url.pathname)) ?? (await readStatic(options.rendererDir, '/'));
    if (!file) return send(response, 404, 'text/plain; charset=utf-8', 'The app is not built: run `npm run build`.');
    response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.type, 'Cache-Control': 'no-cache' });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  function openEventStream(response: ServerResponse): void {
    response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    response.write(': connected\n\n');
    streams.add(response);
    const heartbeat = setInterval(() => response.write(': ping\n\n'), 15_000);
    response.on('close', () => {
      clearInterval(heartbeat);
      streams.delete(response);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    async close() {
      unsubscribe();
      for (const stream of streams) stream.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(null);
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
