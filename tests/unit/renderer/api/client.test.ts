import { describe, expect, it, vi } from 'vitest';
import type { GardenInfo, PlnBridge } from '../../../../shared/api';
import { GardenError } from '../../../../shared/api';
import { ClientError, createClient, messageOf, type Transport } from '../../../../renderer/src/api/client';
import { httpTransport, pickTransport } from '../../../../renderer/src/api/transports';
import { fakeTransport } from '../helpers/fake-transport';
import { gardenInfo } from '../helpers/plants';

describe('createClient', () => {
  it('returns the value of an ok result and passes name and input through', async () => {
    const transport = fakeTransport({ 'note.read': ({ path }) => ({ path }) as never });
    const client = createClient(transport);
    await expect(client.call('note.read', { path: 'notes/a.md' })).resolves.toEqual({ path: 'notes/a.md' });
    expect(transport.calls).toEqual([{ name: 'note.read', input: { path: 'notes/a.md' } }]);
  });

  it('throws a ClientError with the code and readable message of an error result', async () => {
    const client = createClient(
      fakeTransport({
        'garden.open': () => {
          throw new GardenError('not-found', 'There is no folder at /nowhere.');
        },
      }),
    );
    const error = await client.call('garden.open', { root: '/nowhere' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientError);
    expect(error).toMatchObject({ code: 'not-found', message: 'There is no folder at /nowhere.' });
    expect(messageOf(error)).toBe('There is no folder at /nowhere.');
  });

  it('reports a door that throws as unreachable, without its stack', async () => {
    const transport: Transport = {
      kind: 'test',
      call: () => Promise.reject(new TypeError('Failed to fetch\n    at secret.js:1:1')),
      on: () => () => undefined,
    };
    const error = await createClient(transport).call('garden.info', {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unreachable' });
    expect((error as Error).message).not.toMatch(/secret|Failed to fetch/);
  });

  it('refuses an answer that is not a CallResult', async () => {
    const transport: Transport = { kind: 'test', call: async () => ({ nonsense: true }) as never, on: () => () => undefined };
    await expect(createClient(transport).call('garden.info', {})).rejects.toMatchObject({ code: 'internal' });
  });

  it('never shows a stack for errors that are not ClientErrors', () => {
    expect(messageOf(new Error('boom at x.ts:3'))).not.toMatch(/boom|x\.ts/);
  });

  it('delivers typed events and unsubscribes', () => {
    const transport = fakeTransport({});
    const client = createClient(transport);
    const seen: GardenInfo[] = [];
    const off = client.on('garden.opened', (info) => seen.push(info));
    transport.emit('garden.opened', gardenInfo({ name: 'A' }));
    off();
    transport.emit('garden.opened', gardenInfo({ name: 'B' }));
    expect(seen.map((i) => i.name)).toEqual(['A']);
  });
});

class FakeEventSource {
  listeners = new Map<string, Set<(event: Event) => void>>();
  closed = false;
  constructor(readonly url: string) {}
  addEventListener(name: string, listener: (event: Event) => void) {
    const set = this.listeners.get(name) ?? new Set();
    this.listeners.set(name, set);
    set.add(listener);
  }
  removeEventListener(name: string, listener: (event: Event) => void) {
    this.listeners.get(name)?.delete(listener);
  }
  close() {
    this.closed = true;
  }
  dispatch(name: string, data: string) {
    for (const listener of this.listeners.get(name) ?? []) listener({ data } as MessageEvent<string>);
  }
}

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

describe('httpTransport', () => {
  it('POSTs JSON to /api/call/<name> and reads the CallResult', async () => {
    const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => jsonResponse({ ok: true, value: gardenInfo() }));
    const client = createClient(httpTransport({ fetch: fetch as typeof globalThis.fetch, createEventSource: () => new FakeEventSource('') }));
    await expect(client.call('garden.open', { root: '/g' })).resolves.toEqual(gardenInfo());
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/call/garden.open');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(JSON.parse(String(init?.body))).toEqual({ root: '/g' });
  });

  it('turns an error result into a ClientError', async () => {
    const fetch = async () => jsonResponse({ ok: false, error: { code: 'bad-input', message: 'Choose a folder. (root)' } });
    const client = createClient(httpTransport({ fetch: fetch as never, createEventSource: () => new FakeEventSource('') }));
    await expect(client.call('garden.open', { root: '' })).rejects.toMatchObject({ code: 'bad-input', message: 'Choose a folder. (root)' });
  });

  it('passes on the plain-text sentence of a refused request', async () => {
    const fetch = async () => new Response('That token is not valid for this server.', { status: 401, headers: { 'Content-Type': 'text/plain' } });
    const client = createClient(httpTransport({ fetch: fetch as never, createEventSource: () => new FakeEventSource('') }));
    await expect(client.call('garden.info', {})).rejects.toMatchObject({ code: 'forbidden', message: 'That token is not valid for this server.' });
  });

  it('reports a network failure as unreachable', async () => {
    const fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const client = createClient(httpTransport({ fetch: fetch as never, createEventSource: () => new FakeEventSource('') }));
    await expect(client.call('garden.info', {})).rejects.toMatchObject({ code: 'unreachable' });
  });

  it('shares one EventSource on /api/events, parses payloads and closes it after the last listener', () => {
    const sources: FakeEventSource[] = [];
    const transport = httpTransport({
      fetch: (() => undefined) as never,
      createEventSource: (url) => {
        const source = new FakeEventSource(url);
        sources.push(source);
        return source;
      },
    });
    const client = createClient(transport);
    const progress: unknown[] = [];
    const changed: unknown[] = [];
    const offProgress = client.on('index.progress', (p) => progress.push(p));
    const offChanged = client.on('garden.changed', (c) => changed.push(c));
    expect(sources).toHaveLength(1);
    expect(sources[0]?.url).toBe('/api/events');
    sources[0]?.dispatch('index.progress', JSON.stringify({ phase: 'reading', done: 1, total: 4 }));
    sources[0]?.dispatch('garden.changed', 'not json');
    expect(progress).toEqual([{ phase: 'reading', done: 1, total: 4 }]);
    expect(changed).toEqual([]);
    offProgress();
    expect(sources[0]?.closed).toBe(false);
    offChanged();
    offChanged();
    expect(sources[0]?.closed).toBe(true);
  });
});

describe('pickTransport', () => {
  it('uses the Electron bridge when the preload put one on the window', async () => {
    const bridge: PlnBridge = {
      call: (async () => ({ ok: true, value: gardenInfo({ name: 'From IPC' }) })) as never,
      on: () => () => undefined,
    };
    const client = createClient(pickTransport({ pln: bridge } as never));
    expect(client.kind).toBe('electron');
    await expect(client.call('garden.info', {})).resolves.toMatchObject({ name: 'From IPC' });
  });

  it('falls back to HTTP in a browser', () => {
    const win = { fetch: () => undefined, EventSource: FakeEventSource } as never;
    expect(createClient(pickTransport(win)).kind).toBe('http');
  });
});
