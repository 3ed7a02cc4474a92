/**
 * A PlnBridge over the HTTP door, as the browser uses it: trade the printed token for the
 * session cookie, then POST calls with our Origin and read events from the SSE stream.
 */
import type { CallResult, EventName, Events, PlnBridge } from '../../../shared/api';

export interface HttpSession {
  bridge: PlnBridge;
  origin: string;
  cookie: string;
  close(): void;
}

export async function connectHttp(url: string): Promise<HttpSession> {
  const origin = new URL(url).origin;
  const exchange = await fetch(url, { redirect: 'manual' });
  const cookie = (exchange.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (exchange.status !== 303 || !cookie) throw new Error(`token exchange failed: ${exchange.status}`);

  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const abort = new AbortController();
  const stream = await fetch(`${origin}/api/events`, { headers: { cookie }, signal: abort.signal });
  void (async () => {
    const reader = stream.body?.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const chunk = await reader?.read();
        if (!chunk || chunk.done) return;
        buffer += decoder.decode(chunk.value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(frame)?.[1];
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (event && data) for (const listener of listeners.get(event) ?? []) listener(JSON.parse(data));
        }
      }
    } catch {
      // aborted on close
    }
  })();

  const bridge: PlnBridge = {
    async call(name, input) {
      const response = await fetch(`${origin}/api/call/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { cookie, origin, 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await response.json()) as CallResult<never>;
    },
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
  };
  return { bridge, origin, cookie, close: () => abort.abort() };
}
