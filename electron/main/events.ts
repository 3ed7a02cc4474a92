/**
 * Pushes every service event (file changed, garden opened, index progress) to every
 * window showing our renderer, on `pln:event:<name>`. A window that has been destroyed,
 * or that somehow shows another origin, is skipped: event payloads name files of the
 * garden and are for our pages only.
 */
import type { GardenService } from '../garden/service';
import { eventChannel } from '../preload/names';
import { isSameOrigin } from './origin';

/** The members of Electron's `WebContents` used here. */
export interface EventTarget {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
  getURL(): string;
}

export interface EventForwardingDeps {
  service: Pick<GardenService, 'subscribe'>;
  /** Asked at each event, so windows opened later receive events too. */
  targets(): Iterable<EventTarget>;
  appOrigin: string;
}

/** Starts forwarding; returns the unsubscribe. */
export function forwardServiceEvents(deps: EventForwardingDeps): () => void {
  return deps.service.subscribe((event, payload) => {
    const channel = eventChannel(event);
    for (const target of deps.targets()) {
      try {
        if (target.isDestroyed() || !isSameOrigin(target.getURL(), deps.appOrigin)) continue;
        target.send(channel, payload);
      } catch {
        // A window closing mid-send must not stop the others from being told.
      }
    }
  });
}
