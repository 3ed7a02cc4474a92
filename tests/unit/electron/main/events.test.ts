import { describe, expect, it, vi } from 'vitest';
import type { EventName, Events } from '../../../../shared/api';
import type { EventListener, GardenService } from '../../../../electron/garden/service';
import { forwardServiceEvents, type EventTarget } from '../../../../electron/main/events';

function fakeService() {
  const listeners = new Set<EventListener>();
  const service: Pick<GardenService, 'subscribe'> = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const emit = <E extends EventName>(event: E, payload: Events[E]) => {
    for (const listener of listeners) listener(event, payload);
  };
  return { service, emit, listeners };
}

function target(url = 'app://bundle/index.html', destroyed = false) {
  return { send: vi.fn(), isDestroyed: () => destroyed, getURL: () => url } satisfies EventTarget;
}

const changed: Events['garden.changed'] = { changed: ['notes/a.md' as never], removed: [], plants: [], links: [], seeds: [] };

describe('forwardServiceEvents', () => {
  it('sends each event to every window on pln:event:<name>, payload only', () => {
    const { service, emit } = fakeService();
    const windows = [target(), target()];
    forwardServiceEvents({ service, appOrigin: 'app://bundle', targets: () => windows });
    emit('garden.changed', changed);
    emit('index.progress', { phase: 'reading', done: 1, total: 2 });
    for (const window of windows) {
      expect(window.send.mock.calls).toEqual([
        ['pln:event:garden.changed', changed],
        ['pln:event:index.progress', { phase: 'reading', done: 1, total: 2 }],
      ]);
    }
  });

  it('skips destroyed windows and windows showing another origin', () => {
    const { service, emit } = fakeService();
    const gone = target('app://bundle/', true);
    const foreign = target('https://evil.example/');
    const ours = target();
    forwardServiceEvents({ service, appOrigin: 'app://bundle', targets: () => [gone, foreign, ours] });
    emit('garden.changed', changed);
    expect(gone.send).not.toHaveBeenCalled();
    expect(foreign.send).not.toHaveBeenCalled();
    expect(ours.send).toHaveBeenCalledTimes(1);
  });

  it('keeps telling the other windows when one throws', () => {
    const { service, emit } = fakeService();
    const broken = { ...target(), send: vi.fn(() => { throw new Error('Object has been destroyed'); }) };
    const ours = target();
    forwardServiceEvents({ service, appOrigin: 'app://bundle', targets: () => [broken, ours] });
    expect(() => emit('garden.changed', changed)).not.toThrow();
    expect(ours.send).toHaveBeenCalledTimes(1);
  });

  it('reaches windows opened after it started, and stops when unsubscribed', () => {
    const { service, emit, listeners } = fakeService();
    const windows: EventTarget[] = [];
    const stop = forwardServiceEvents({ service, appOrigin: 'app://bundle', targets: () => windows });
    const later = target();
    windows.push(later);
    emit('garden.changed', changed);
    expect(later.send).toHaveBeenCalledTimes(1);
    stop();
    expect(listeners.size).toBe(0);
  });
});
