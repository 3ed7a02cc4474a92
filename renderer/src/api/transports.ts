/**
 * The two doors a page can talk through: Electron's preload bridge (`window.pln`) or the
 * loopback HTTP server of browser mode (`POST /api/call/<name>`, events over SSE at
 * `/api/events`). The HTTP door authenticates with a cookie the server already set.
 */
import type { CallResult, EventName, PlnBridge } from '../../../shared/api';
import { ClientError, type Transport } from './client';

export function bridgeTransport(bridge: PlnBridge): Transport {
  return {
    kind: 'electron',
    call: (name, input) => bridge.call(name, input as never) as Promise<CallResult<unknown>>,
    on: (event, listener) => bridge.on(event, listener as never),
  };
}

/** The part of EventSource the transport uses. */
export interface EventStream {
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
  close(): void;
}

/** The browser APIs the HTTP door needs; injected so it is tested without a server. */
export interface HttpDeps {
  fetch: typeof fetch;
  createEventSource: (url: string) => EventStream;
  /** Prefix of the API routes; '' for the same origin. */
  base?: string;
}

const MAX_MESSAGE = 300;

export function httpTransport(deps: HttpDeps): Transport {
  const base = deps.base ?? '';
  let source: EventStream | null = null;
  let listenerCount = 0;

  async function call(name: string, input: unknown): Promise<CallResult<unknown>> {
    const response = await deps.fetch(`${base}/api/call/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin',
    });
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('application/json')) return (await response.json()) as CallResult<unknown>;
    // The guard answers in plain text (a missing cookie, a wrong Host): pass its sentence on.
    const text = (await response.text()).trim().slice(0, MAX_MESSAGE);
    const code = response.status === 401 || response.status === 403 ? 'forbidden' : 'internal';
    throw new ClientError(code, text || `The garden server answered with status ${response.status}.`);
  }

  function on(event: EventName, listener: (payload: unknown) => void): () => void {
    source ??= deps.createEventSource(`${base}/api/events`);
    const current = source;
    listenerCount += 1;
    const handler = (message: Event) => {
      const data = (message as MessageEvent<string>).data;
      let payload: unknown;
      try {
        payload = JSON.parse(data);
      } catch {
        return; // A frame we cannot read is dropped; the next snapshot catches up.
      }
      listener(payload);
    };
    current.addEventListener(event, handler);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      current.removeEventListener(event, handler);
      listenerCount -= 1;
      if (listenerCount === 0 && source === current) {
        current.close();
        source = null;
      }
    };
  }

  return { kind: 'http', call, on };
}

/** Electron when the preload put a bridge on the window, else HTTP on the same origin. */
export function pickTransport(win: Window & typeof globalThis & { pln?: PlnBridge }): Transport {
  if (win.pln) return bridgeTransport(win.pln);
  return httpTransport({
    fetch: win.fetch.bind(win),
    createEventSource: (url) => new win.EventSource(url),
  });
}
