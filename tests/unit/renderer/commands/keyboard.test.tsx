// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatchShortcut, formatShortcut, shortcutForEvent, shortcutKeys, useGlobalShortcuts } from '../../../../renderer/src/commands/keyboard';
import { isMacPlatform } from '../../../../renderer/src/commands/platform';
import { commands } from '../../../../renderer/src/commands/registry';

const offs: (() => void)[] = [];
afterEach(() => {
  offs.splice(0).forEach((off) => off());
  cleanup();
});

function press(target: EventTarget, init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

function Shell() {
  useGlobalShortcuts(false);
  return <input aria-label="field" />;
}

describe('shortcutForEvent', () => {
  const event = (init: Partial<KeyboardEvent>) => ({ key: 'a', code: 'KeyA', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, isComposing: false, ...init });

  it('ignores plain typing, Shift+letter, lone modifiers and IME composition', () => {
    expect(shortcutForEvent(event({ key: 'a' }), false)).toBeNull();
    expect(shortcutForEvent(event({ key: 'A', shiftKey: true }), false)).toBeNull();
    expect(shortcutForEvent(event({ key: 'Control', ctrlKey: true }), false)).toBeNull();
    expect(shortcutForEvent(event({ key: 'o', ctrlKey: true, isComposing: true }), false)).toBeNull();
    expect(shortcutForEvent(event({ key: 'Enter' }), false)).toBeNull();
  });

  it('names chords with Mod or Alt, and function keys', () => {
    expect(shortcutForEvent(event({ key: 'o', ctrlKey: true }), false)).toBe('Mod+O');
    expect(shortcutForEvent(event({ key: 'o', metaKey: true }), true)).toBe('Mod+O');
    expect(shortcutForEvent(event({ key: 'F2' }), false)).toBe('F2');
    expect(shortcutForEvent(event({ key: 'x', altKey: true, code: 'KeyX' }), false)).toBe('Alt+X');
  });
});

describe('the global keyboard handler', () => {
  it('runs the command a shortcut names and stops the browser’s default', () => {
    const run = vi.fn();
    offs.push(commands.register({ id: 't', title: 'T', shortcut: 'Mod+P', run }));
    render(<Shell />);
    const event = press(document.body, { key: 'p', code: 'KeyP', ctrlKey: true });
    expect(run).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
  });

  it('works from inside a text field when Mod is held', () => {
    const run = vi.fn();
    offs.push(commands.register({ id: 't', title: 'T', shortcut: 'Mod+O', run }));
    const { getByLabelText } = render(<Shell />);
    press(getByLabelText('field'), { key: 'o', code: 'KeyO', ctrlKey: true });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('leaves Alt-only chords to a text field, where they type characters', () => {
    const run = vi.fn();
    offs.push(commands.register({ id: 't', title: 'T', shortcut: 'Alt+X', run }));
    const { getByLabelText } = render(<Shell />);
    const inField = press(getByLabelText('field'), { key: 'x', code: 'KeyX', altKey: true });
    expect(run).not.toHaveBeenCalled();
    expect(inField.defaultPrevented).toBe(false);
    press(document.body, { key: 'x', code: 'KeyX', altKey: true });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs a function-key shortcut from inside a text field (F2 renames, in the editor too)', () => {
    const run = vi.fn();
    offs.push(commands.register({ id: 't', title: 'T', shortcut: 'F2', run }));
    const { getByLabelText } = render(<Shell />);
    press(getByLabelText('field'), { key: 'F2', code: 'F2' });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does not take keys nobody bound, keys already handled, or plain typing', () => {
    const run = vi.fn();
    offs.push(commands.register({ id: 't', title: 'T', shortcut: 'Mod+O', run }));
    render(<Shell />);
    expect(press(document.body, { key: 'k', ctrlKey: true }).defaultPrevented).toBe(false);
    expect(press(document.body, { key: 'o' }).defaultPrevented).toBe(false);
    const handled = new KeyboardEvent('keydown', { key: 'o', ctrlKey: true, cancelable: true });
    handled.preventDefault();
    expect(dispatchShortcut(handled, false)).toBe(false);
    expect(run).not.toHaveBeenCalled();
  });

  it('claims a held shortcut without running it again', () => {
    const run = vi.fn();
    offs.push(commands.register({ id: 't', title: 'T', shortcut: 'Mod+P', run }));
    render(<Shell />);
    press(document.body, { key: 'p', ctrlKey: true });
    const repeat = press(document.body, { key: 'p', ctrlKey: true, repeat: true });
    expect(run).toHaveBeenCalledTimes(1);
    expect(repeat.defaultPrevented).toBe(true);
  });

  it('stops listening when the shell goes away', () => {
    const run = vi.fn();
    offs.push(commands.register({ id: 't', title: 'T', shortcut: 'Mod+P', run }));
    const { unmount } = render(<Shell />);
    unmount();
    press(document.body, { key: 'p', ctrlKey: true });
    expect(run).not.toHaveBeenCalled();
  });
});

describe('showing shortcuts', () => {
  it('spells keys per platform', () => {
    expect(formatShortcut('Mod+Shift+F', false)).toBe('Ctrl+Shift+F');
    expect(formatShortcut('Mod+Shift+F', true)).toBe('⌘⇧F');
    expect(formatShortcut('Mod+Alt+N', true)).toBe('⌘⌥N');
    expect(shortcutKeys('Mod++', false)).toEqual(['Ctrl', '+']);
  });

  it('detects macOS from userAgentData, platform or user agent', () => {
    expect(isMacPlatform({ userAgentData: { platform: 'macOS' } })).toBe(true);
    expect(isMacPlatform({ platform: 'MacIntel' })).toBe(true);
    expect(isMacPlatform({ platform: 'Linux x86_64' })).toBe(false);
    expect(isMacPlatform({ platform: '', userAgent: 'Mozilla/5.0 (Windows NT 10.0)' })).toBe(false);
    expect(isMacPlatform(undefined)).toBe(false);
  });
});
