/**
 * Minimal fakes of the Electron objects the main-process modules take as parameters.
 * Only what the modules use: no global mocking of Electron.
 */
import type { PlnBridge } from '../../../../shared/api';
import type { GardenService } from '../../../../electron/garden/service';
import { forwardServiceEvents, type EventTarget } from '../../../../electron/main/events';
import {
  createSenderCheck, registerIpcHandlers, type InvokeEventLike, type IpcMainLike, type SenderFrame,
} from '../../../../electron/main/ipc';
import { createBridge } from '../../../../electron/preload/bridge';

type Handler = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

/** `ipcMain` as a Map of channel → handler; refuses double registration like Electron. */
export class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Handler>();

  handle(channel: string, listener: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** What `ipcRenderer.invoke(channel, ...args)` does, from a given frame. */
  async invoke(channel: string, senderFrame: SenderFrame | null, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame }, ...args);
  }
}

let nextRoutingId = 1;

/** A top-level frame (like `webContents.mainFrame`) showing `url`. */
export function mainFrame(url: string, overrides: Partial<SenderFrame> = {}): SenderFrame {
  return { url, parent: null, processId: 7, routingId: nextRoutingId++, detached: false, ...overrides };
}

type Relay = (event: unknown, ...args: unknown[]) => void;

export interface FakeWindow {
  /** What the page sees as `window.pln`, built by the real preload factory. */
  bridge: PlnBridge;
  /** What main sees as this window's `webContents` (for the event forwarder). */
  webContents: EventTarget;
  frame: SenderFrame;
}

/**
 * One window of the IPC door: its preload's `ipcRenderer` invokes `ipcMain` as `frame`,
 * and `webContents.send` reaches its listeners. Arguments are structured-cloned both
 * ways, as Electron does, so nothing passes by reference.
 */
export function fakeWindow(ipcMain: FakeIpcMain, frame: SenderFrame): FakeWindow {
  const listeners = new Map<string, Relay[]>();
  const ipcRenderer = {
    invoke: (channel: string, ...args: unknown[]) => ipcMain.invoke(channel, frame, ...structuredClone(args)),
    on: (channel: string, listener: Relay) => listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
    removeListener: (channel: string, listener: Relay) =>
      listeners.set(channel, (listeners.get(channel) ?? []).filter((l) => l !== listener)),
  };
  const webContents: EventTarget = {
    send: (channel, ...args) => {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: ipcRenderer }, ...structuredClone(args));
    },
    isDestroyed: () => false,
    getURL: () => frame.url,
  };
  return { bridge: createBridge(ipcRenderer), webContents, frame };
}

/**
 * The whole IPC door around `service`, for contract tests shared with the HTTP door:
 * `ours` is a window of the app, `foreign` a frame showing another origin.
 */
export function connectIpcDoor(service: Pick<GardenService, 'call' | 'subscribe'>, appOrigin = 'app://bundle') {
  const ipcMain = new FakeIpcMain();
  const ours = fakeWindow(ipcMain, mainFrame(`${appOrigin}/index.html`));
  const foreign = fakeWindow(ipcMain, mainFrame('https://evil.example/'));
  const unregister = registerIpcHandlers({
    ipcMain,
    service,
    isTrustedSender: createSenderCheck({ appOrigin, ourMainFrames: () => [ours.frame] }),
  });
  const stopEvents = forwardServiceEvents({ service, appOrigin, targets: () => [ours.webContents, foreign.webContents] });
  return {
    ours,
    foreign,
    ipcMain,
    dispose: () => {
      stopEvents();
      unregister();
    },
  };
}
