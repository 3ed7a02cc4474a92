import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands, shortcutOf } from '../../../../renderer/src/commands/registry';

const offs: (() => void)[] = [];
afterEach(() => offs.splice(0).forEach((off) => off()));
const register = (...args: Parameters<typeof commands.register>) => offs.push(commands.register(...args));

const key = (key: string, extra: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean; code: string }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...extra,
});

describe('the command registry', () => {
  it('lists by title and keeps the same snapshot until something changes', () => {
    register({ id: 'b', title: 'Beta', run() {} });
    register({ id: 'a', title: 'Alpha', run() {} });
    const first = commands.snapshot();
    expect(first.map((c) => c.id)).toEqual(['a', 'b']);
    expect(commands.snapshot()).toBe(first);
    register({ id: 'c', title: 'Gamma', run() {} });
    expect(commands.snapshot()).not.toBe(first);
    expect(commands.list().map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('runs by id, but not a disabled or unknown command', () => {
    const run = vi.fn();
    register({ id: 'x', title: 'X', run });
    register({ id: 'off', title: 'Off', enabled: false, run });
    expect(commands.run('x')).toBe(true);
    expect(commands.run('off')).toBe(false);
    expect(commands.run('nope')).toBe(false);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('finds an enabled command by shortcut', () => {
    register({ id: 'off', title: 'Off', shortcut: 'Mod+K', enabled: false, run() {} });
    expect(commands.byShortcut('Mod+K')).toBeUndefined();
    register({ id: 'on', title: 'On', shortcut: 'Mod+K', run() {} });
    expect(commands.byShortcut('Mod+K')?.id).toBe('on');
  });

  it('a replaced registration is not removed by the old one leaving', () => {
    const off = commands.register({ id: 'same', title: 'Old', run() {} });
    register({ id: 'same', title: 'New', run() {} });
    off();
    expect(commands.get('same')?.title).toBe('New');
  });
});

describe('shortcutOf', () => {
  it('names Mod as Ctrl off macOS and Cmd on macOS', () => {
    expect(shortcutOf(key('o', { ctrlKey: true }), false)).toBe('Mod+O');
    expect(shortcutOf(key('o', { metaKey: true }), true)).toBe('Mod+O');
    expect(shortcutOf(key('o', { ctrlKey: true }), true)).toBe('Ctrl+O');
    expect(shortcutOf(key('o', { metaKey: true }), false)).toBe('Meta+O');
  });

  it('orders modifiers Mod, Alt, Shift', () => {
    expect(shortcutOf(key('F', { ctrlKey: true, shiftKey: true }), false)).toBe('Mod+Shift+F');
    expect(shortcutOf(key('n', { ctrlKey: true, altKey: true, code: 'KeyN' }), false)).toBe('Mod+Alt+N');
    expect(shortcutOf(key(' ', { ctrlKey: true }), false)).toBe('Mod+Space');
    expect(shortcutOf(key('Enter', { ctrlKey: true }), false)).toBe('Mod+Enter');
  });

  it('follows the key’s place when Option composes a character on macOS', () => {
    expect(shortcutOf(key('˜', { metaKey: true, altKey: true, code: 'KeyN' }), true)).toBe('Mod+Alt+N');
    expect(shortcutOf(key('Dead', { metaKey: true, altKey: true, code: 'KeyN' }), true)).toBe('Mod+Alt+N');
  });

  it('follows the key’s place on a non-Latin layout', () => {
    expect(shortcutOf(key('щ', { ctrlKey: true, code: 'KeyO' }), false)).toBe('Mod+O');
  });

  it('leaves AltGr characters alone off macOS (Polish AltGr+N types ń)', () => {
    expect(shortcutOf(key('ń', { ctrlKey: true, altKey: true, code: 'KeyN' }), false)).toBe('Mod+Alt+Ń');
  });
});
