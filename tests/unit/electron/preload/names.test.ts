import { describe, expect, it } from 'vitest';
import { api, EVENT_NAMES } from '../../../../shared/api';
import { BRIDGE_EVENT_NAMES, eventChannel, METHOD_NAMES, methodChannel } from '../../../../electron/preload/names';

describe('the names the preload lets through', () => {
  it('are exactly the methods of the contract, in order (the list cannot drift)', () => {
    expect([...METHOD_NAMES]).toEqual(Object.keys(api));
  });

  it('are exactly the events of the contract', () => {
    expect([...BRIDGE_EVENT_NAMES]).toEqual([...EVENT_NAMES]);
  });

  it('travel on distinct channels, methods and events apart', () => {
    const channels = [...METHOD_NAMES.map(methodChannel), ...BRIDGE_EVENT_NAMES.map(eventChannel)];
    expect(new Set(channels).size).toBe(channels.length);
    expect(methodChannel('note.read')).toBe('pln:note.read');
    expect(eventChannel('garden.changed')).toBe('pln:event:garden.changed');
  });
});
