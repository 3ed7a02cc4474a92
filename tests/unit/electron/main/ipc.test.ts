import { describe, expect, it, vi } from 'vitest';
import { api, describeInputError, type CallResult, type MethodName } from '../../../../shared/api';
import type { GardenService } from '../../../../electron/garden/service';
import {
  createSenderCheck, isTrustedSenderUrl, registerIpcHandlers, type SenderFrame,
} from '../../../../electron/main/ipc';
import { FakeIpcMain, mainFrame } from './fakes';

const APP = 'app://bundle';

/** A service that validates with the real contract schemas and records what reached it. */
function validatingService() {
  const calls: Array<{ name: string; input: unknown }> = [];
  const call = vi.fn(async (name: MethodName, rawInput: unknown): Promise<CallResult<unknown>> => {
    const parsed = api[name].input.safeParse(rawInput);
    if (!parsed.success) return { ok: false, error: { code: 'bad-input', message: describeInputError(parsed.error) } };
    calls.push({ name, input: parsed.data });
    return { ok: true, value: { echoed: name } };
  });
  return { service: { call } as unknown as Pick<GardenService, 'call'>, call, calls };
}

function setup(trusted: (frame: SenderFrame | null) => boolean = () => true) {
  const ipcMain = new FakeIpcMain();
  const { service, call, calls } = validatingService();
  const unregister = registerIpcHandlers({ ipcMain, service, isTrustedSender: trusted });
  return { ipcMain, call, calls, unregister };
}

describe('registerIpcHandlers', () => {
  it('registers exactly one pln:<method> channel per contract method', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.handlers.keys()]).toEqual(Object.keys(api).map((name) => `pln:${name}`));
  });

  it('unregisters every channel it registered', () => {
    const { ipcMain, unregister } = setup();
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it.each(Object.keys(api))('passes %s from a trusted sender to the service, raw, and its result back', async (name) => {
    const { ipcMain, call } = setup();
    const input = { marker: 'raw' };
    await ipcMain.invoke(`pln:${name}`, mainFrame('app://bundle/index.html'), input);
    expect(call).toHaveBeenCalledExactlyOnceWith(name, input);
  });

  it('returns the service result unchanged', async () => {
    const { ipcMain } = setup();
    await expect(ipcMain.invoke('pln:garden.info', mainFrame('app://bundle/'), {})).resolves.toEqual({
      ok: true,
      value: { echoed: 'garden.info' },
    });
  });

  it('refuses a foreign sender with "forbidden" and no call reaches the service', async () => {
    const isTrusted = vi.fn(() => false);
    const { ipcMain, call } = setup(isTrusted);
    const frame = mainFrame('https://evil.example/');
    const result = await ipcMain.invoke('pln:note.read', frame, { path: 'a.md' });
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
    expect(isTrusted).toHaveBeenCalledWith(frame);
    expect(call).not.toHaveBeenCalled();
  });

  it('refuses when the sender frame is gone (null) or the check itself throws', async () => {
    const { ipcMain, call } = setup(createSenderCheck({ appOrigin: APP, ourMainFrames: () => [] }));
    await expect(ipcMain.invoke('pln:garden.info', null, {})).resolves.toMatchObject({ error: { code: 'forbidden' } });
    const throwing = setup(() => {
      throw new Error('Render frame was disposed');
    });
    await expect(throwing.ipcMain.invoke('pln:garden.info', mainFrame('app://bundle/'), {})).resolves.toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(call).not.toHaveBeenCalled();
    expect(throwing.call).not.toHaveBeenCalled();
  });

  it('turns a service that throws into an "internal" result instead of a rejected invoke', async () => {
    const ipcMain = new FakeIpcMain();
    const service = { call: async () => Promise.reject(new Error('disk on fire')) } as unknown as Pick<GardenService, 'call'>;
    registerIpcHandlers({ ipcMain, service, isTrustedSender: () => true });
    await expect(ipcMain.invoke('pln:garden.info', mainFrame('app://bundle/'), {})).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'The garden could not answer: disk on fire' },
    });
  });

  describe('hostile payloads get a readable bad-input error', () => {
    const frame = mainFrame('app://bundle/index.html');
    const cases: Array<[MethodName, unknown, string]> = [
      ['note.read', { path: 42 }, '"path" should be a string.'],
      ['note.read', { path: 'a\0b.md' }, 'A path cannot contain a NUL character.'],
      ['note.read', { path: '' }, 'A path is required.'],
      ['note.read', 'a.md', 'The request should be an object.'],
      ['note.read', null, 'The request should be an object.'],
      ['garden.open', { root: '' }, 'Choose a folder.'],
      ['note.create', { title: '   ' }, 'A title is required.'],
      ['note.create', { title: 'x'.repeat(201) }, 'Titles are limited to 200 characters.'],
      ['note.write', { path: 'a.md', text: 'x' }, '"baseHash" is required.'],
      ['note.create', { title: 'ok', kind: 'virus' }, '"kind" should be one of: note, person, source, goal.'],
    ];

    it.each(cases)('%s with %j', async (name, input, message) => {
      const { ipcMain, calls } = setup();
      const result = (await ipcMain.invoke(`pln:${name}`, frame, input)) as CallResult<unknown>;
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('bad-input');
        expect(result.error.message).toContain(message);
        expect(result.error.message).not.toMatch(/\n\s+at /); // no stack trace
      }
      expect(calls).toEqual([]);
    });

    it('does not let a __proto__ key pollute anything', async () => {
      const { ipcMain } = setup();
      const input = JSON.parse('{"path":"a.md","__proto__":{"polluted":true}}') as unknown;
      await ipcMain.invoke('pln:note.read', frame, input);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});

describe('isTrustedSenderUrl', () => {
  it.each([
    ['app://bundle/index.html', APP, true],
    ['app://bundle/', APP, true],
    ['app://bundle.evil.example/', APP, false],
    ['app://evil/index.html', APP, false],
    ['app://user@bundle/index.html', APP, false],
    ['https://evil.example/?app://bundle', APP, false],
    ['file:///app/out/renderer/index.html', APP, false],
    ['about:blank', APP, false],
    ['', APP, false],
    ['http://localhost:5173/', 'http://localhost:5173', true],
    ['http://localhost:5174/', 'http://localhost:5173', false],
    ['http://127.0.0.1:5173/', 'http://localhost:5173', false],
  ])('%s on %s → %s', (url, origin, expected) => {
    expect(isTrustedSenderUrl(url, origin)).toBe(expected);
  });
});

describe('createSenderCheck', () => {
  const ours = mainFrame('app://bundle/index.html', { processId: 3, routingId: 1 });
  const check = createSenderCheck({ appOrigin: APP, ourMainFrames: () => [ours] });

  it("trusts the main frame of one of our windows on our origin", () => {
    expect(check(ours)).toBe(true);
  });

  it('recognises our frame by process and routing id, even as a new wrapper object', () => {
    expect(check({ ...ours })).toBe(true);
  });

  it('refuses a frame that is not the main frame of one of our windows', () => {
    expect(check(mainFrame('app://bundle/index.html', { processId: 3, routingId: 2 }))).toBe(false);
    expect(check(mainFrame('app://bundle/index.html', { processId: 4, routingId: 1 }))).toBe(false);
  });

  it('refuses a subframe, even one on our origin inside our window', () => {
    expect(check({ ...ours, parent: ours })).toBe(false);
  });

  it('refuses our window once it shows another origin', () => {
    expect(check({ ...ours, url: 'https://evil.example/' })).toBe(false);
  });

  it('refuses a detached frame and a missing one', () => {
    expect(check({ ...ours, detached: true })).toBe(false);
    expect(check(null)).toBe(false);
  });

  it('refuses, rather than throws, when reading the frame throws', () => {
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
      processId: 3,
      routingId: 1,
    };
    expect(check(disposed)).toBe(false);
  });

  it('asks for our windows at each call, so a closed window stops being trusted', () => {
    let windows = [ours];
    const live = createSenderCheck({ appOrigin: APP, ourMainFrames: () => windows });
    expect(live(ours)).toBe(true);
    windows = [];
    expect(live(ours)).toBe(false);
  });
});
