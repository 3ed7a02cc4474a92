import { describe, expect, it, vi } from 'vitest';
import type { MethodName, EventName } from '../../../../shared/api';
import { createBridge, type IpcRendererLike } from '../../../../electron/preload/bridge';
import { BRIDGE_EVENT_NAMES, METHOD_NAMES } from '../../../../electron/preload/names';

type Relay = (event: unknown, ...args: unknown[]) => void;

/** ipcRenderer reduced to invoke/on/removeListener, with a way to push events. */
function fakeIpcRenderer(answer: (channel: string, ...args: unknown[]) => Promise<unknown> = async () => ({ ok: true, value: 1 })) {
  const listeners = new Map<string, Relay[]>();
  const ipc = {
    invoke: vi.fn(answer),
    on: vi.fn((channel: string, listener: Relay) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    }),
    removeListener: vi.fn((channel: string, listener: Relay) => {
      listeners.set(channel, (listeners.get(channel) ?? []).filter((l) => l !== listener));
    }),
  } satisfies IpcRendererLike;
  /** What Electron does on webContents.send: the IpcRendererEvent first, then the payload. */
  const push = (channel: string, payload: unknown) => {
    const ipcRendererEvent = { sender: ipc, senderId: 0, ports: [] };
    for (const listener of listeners.get(channel) ?? []) listener(ipcRendererEvent, payload);
  };
  return { ipc, push, listeners };
}

describe('createBridge', () => {
  it('exposes call and on, and nothing else (no raw ipcRenderer, no send)', () => {
    const bridge = createBridge(fakeIpcRenderer().ipc);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'on']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  describe('call', () => {
    it.each([...METHOD_NAMES])('invokes pln:%s with the input and returns the result', async (name) => {
      const { ipc } = fakeIpcRenderer(async () => ({ ok: true, value: 'answer' }));
      const bridge = createBridge(ipc);
      const input = { path: 'a.md' } as never;
      await expect(bridge.call(name, input)).resolves.toEqual({ ok: true, value: 'answer' });
      expect(ipc.invoke).toHaveBeenCalledExactlyOnceWith(`pln:${name}`, input);
    });

    it.each([
      'nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'pln:note.read', 'event:garden.changed',
      'garden.changed', 'note.read ', 'NOTE.READ', '', 42, null, undefined, { toString: () => 'note.read' },
    ])('refuses %j without invoking anything', async (name) => {
      const { ipc } = fakeIpcRenderer();
      const result = await createBridge(ipc).call(name as MethodName, {} as never);
      expect(result).toEqual({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/^There is no garden method/) } });
      expect(ipc.invoke).not.toHaveBeenCalled();
    });

    it('turns a failing door (no handler yet, window closing) into an "internal" result', async () => {
      const { ipc } = fakeIpcRenderer(async () => Promise.reject(new Error("No handler registered for 'pln:garden.info'")));
      await expect(createBridge(ipc).call('garden.info', {})).resolves.toEqual({
        ok: false,
        error: { code: 'internal', message: "The garden did not answer: No handler registered for 'pln:garden.info'" },
      });
    });
  });

  describe('on', () => {
    it.each([...BRIDGE_EVENT_NAMES])('relays %s with the payload only, never the IpcRendererEvent', (event) => {
      const { ipc, push } = fakeIpcRenderer();
      const listener = vi.fn();
      createBridge(ipc).on(event, listener);
      push(`pln:event:${event}`, { changed: [], removed: [] });
      expect(listener).toHaveBeenCalledExactlyOnceWith({ changed: [], removed: [] });
      expect(listener.mock.calls[0]).toHaveLength(1);
    });

    it('returns an unsubscribe that removes exactly its own listener, once', () => {
      const { ipc, push, listeners } = fakeIpcRenderer();
      const bridge = createBridge(ipc);
      const first = vi.fn();
      const second = vi.fn();
      const stopFirst = bridge.on('garden.changed', first);
      bridge.on('garden.changed', second);
      stopFirst();
      stopFirst();
      push('pln:event:garden.changed', { changed: [], removed: [] });
      expect(first).not.toHaveBeenCalled();
      expect(second).toHaveBeenCalledTimes(1);
      expect(ipc.removeListener).toHaveBeenCalledTimes(1);
      expect(listeners.get('pln:event:garden.changed')).toHaveLength(1);
    });

    it.each(['garden.deleted', 'note.read', '__proto__', 'pln:event:garden.changed', '', 7])(
      'refuses to listen to %j',
      (event) => {
        const { ipc } = fakeIpcRenderer();
        expect(() => createBridge(ipc).on(event as EventName, vi.fn())).toThrow(/no garden event/);
        expect(ipc.on).not.toHaveBeenCalled();
      },
    );

    it('refuses a listener that is not a function', () => {
      const { ipc } = fakeIpcRenderer();
      expect(() => createBridge(ipc).on('garden.changed', 'alert(1)' as never)).toThrow(/listener function/);
      expect(ipc.on).not.toHaveBeenCalled();
    });
  });
});
