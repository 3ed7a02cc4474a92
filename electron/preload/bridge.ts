/**
 * What the page gets as `window.pln`: exactly `call` and `on`, typed by the contract
 * (`satisfies PlnBridge`, so there is no second hand-kept declaration). No raw
 * `ipcRenderer`, no generic `send(channel, ...)`: the page can reach only the channels
 * of contract methods and events, and never sees an `IpcRendererEvent` (which would
 * hand it `sender`, i.e. ipcRenderer itself). `ipcRenderer` is injected so this is
 * tested in plain Node.
 */
import type { CallResult, EventName, Events, Input, MethodName, Output, PlnBridge } from '../../shared/api';
import { BRIDGE_EVENT_NAMES, METHOD_NAMES, eventChannel, methodChannel } from './names';

type Relay = (event: unknown, ...args: unknown[]) => void;

/** The members of Electron's `ipcRenderer` used here. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: Relay): unknown;
  removeListener(channel: string, listener: Relay): unknown;
}

// Sets, not `name in api`: `in` would also accept "constructor" or "__proto__".
const METHODS: ReadonlySet<string> = new Set(METHOD_NAMES);
const EVENTS: ReadonlySet<string> = new Set(BRIDGE_EVENT_NAMES);

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : `a ${typeof value}`;
}

function failure(code: 'bad-input' | 'internal', message: string): CallResult<never> {
  return { ok: false, error: { code, message } };
}

export function createBridge(ipc: IpcRendererLike) {
  const bridge = {
    call<K extends MethodName>(name: K, input: Input<K>): Promise<CallResult<Output<K>>> {
      if (typeof name !== 'string' || !METHODS.has(name)) {
        return Promise.resolve(failure('bad-input', `There is no garden method called ${describe(name)}.`));
      }
      return ipc.invoke(methodChannel(name), input).then(
        (result) => result as CallResult<Output<K>>,
        // Only when the door itself fails (no handler yet, window closing): still data.
        (error: unknown) =>
          failure('internal', `The garden did not answer: ${error instanceof Error ? error.message : String(error)}`),
      );
    },

    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
      if (typeof event !== 'string' || !EVENTS.has(event)) {
        throw new TypeError(`There is no garden event called ${describe(event)}.`);
      }
      if (typeof listener !== 'function') throw new TypeError('pln.on needs a listener function.');
      const channel = eventChannel(event);
      // Drops the IpcRendererEvent: the page receives the payload and nothing else.
      const relay: Relay = (_event, payload) => listener(payload as Events[E]);
      ipc.on(channel, relay);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        ipc.removeListener(channel, relay);
      };
    },
  } satisfies PlnBridge;
  return Object.freeze(bridge);
}
