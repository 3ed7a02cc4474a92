/**
 * The IPC door: one handler per contract method, all registered by iterating over `api`
 * so no method can be forgotten or added by hand. Every handler first checks who is
 * calling (the main frame of one of our windows, showing our own origin), and only then
 * hands the raw input to the service, which validates it against the contract. Errors
 * travel back as CallResult data, never as thrown exceptions (Electron would serialise
 * those with a stack trace and an unreadable prefix).
 */
import { api, type CallResult, type MethodName } from '../../shared/api';
import type { GardenService } from '../garden/service';
import { methodChannel } from '../preload/names';
import { isSameOrigin } from './origin';

/** The members of Electron's `WebFrameMain` the sender check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: SenderFrame | null;
  readonly processId: number;
  readonly routingId: number;
  readonly detached?: boolean;
}

export interface InvokeEventLike {
  readonly senderFrame: SenderFrame | null;
}

/** `ipcMain`, reduced to what is used, so tests pass a Map-backed fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface IpcDeps {
  ipcMain: IpcMainLike;
  service: Pick<GardenService, 'call'>;
  isTrustedSender(frame: SenderFrame | null): boolean;
}

const FORBIDDEN: CallResult<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This window is not allowed to talk to the garden.' },
};

/** True for a page URL on our origin (`app://bundle/...`, or the dev server in dev). */
export function isTrustedSenderUrl(url: string, appOrigin: string): boolean {
  return isSameOrigin(url, appOrigin);
}

/**
 * Builds `isTrustedSender`: the frame must be a top-level frame, still attached, showing
 * our origin, and be the main frame of one of our windows (compared by process and
 * routing id, which identify a frame even if Electron hands out a new wrapper object).
 */
export function createSenderCheck(deps: {
  appOrigin: string;
  ourMainFrames(): Iterable<SenderFrame>;
}): (frame: SenderFrame | null) => boolean {
  return (frame) => {
    try {
      if (!frame || frame.detached === true || frame.parent !== null) return false;
      if (!isTrustedSenderUrl(frame.url, deps.appOrigin)) return false;
      for (const main of deps.ourMainFrames()) {
        if (main === frame || (main.processId === frame.processId && main.routingId === frame.routingId)) return true;
      }
      return false;
    } catch {
      // Reading a frame whose page is gone throws in Electron: such a sender is not trusted.
      return false;
    }
  };
}

function internalError(error: unknown): CallResult<never> {
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'internal', message: `The garden could not answer: ${detail}` } };
}

/** Registers `pln:<method>` for every method of the contract; returns the undo. */
export function registerIpcHandlers(deps: IpcDeps): () => void {
  const channels: string[] = [];
  for (const name of Object.keys(api) as MethodName[]) {
    const channel = methodChannel(name);
    deps.ipcMain.handle(channel, async (event, input) => {
      let trusted = false;
      try {
        trusted = deps.isTrustedSender(event.senderFrame);
      } catch {
        trusted = false;
      }
      if (!trusted) return FORBIDDEN;
      try {
        // The service validates `input` with the method's schema: raw data goes in.
        return await deps.service.call(name, input);
      } catch (error) {
        // The service promises never to throw; if it does, the page still gets data.
        return internalError(error);
      }
    });
    channels.push(channel);
  }
  return () => {
    for (const channel of channels) deps.ipcMain.removeHandler(channel);
  };
}
