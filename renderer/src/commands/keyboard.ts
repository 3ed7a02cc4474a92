/**
 * The one global keyboard handler: a key press that names a registered shortcut runs
 * its command. Plain typing is never taken: a shortcut needs Mod (Ctrl, or Cmd on macOS),
 * or is a function key (F2 renames, in the editor too); Alt-only chords are left alone
 * inside text fields, where they type characters on many layouts. A key a focused widget already handled (the editor calls
 * preventDefault for its own keys) is not handled twice, and a held key does not repeat.
 */
import { useEffect } from 'react';
import { commands, shortcutOf } from './registry';
import { isMacPlatform } from './platform';

const MODIFIER_KEYS = new Set(['Control', 'Shift', 'Alt', 'Meta', 'AltGraph', 'OS', 'Process']);

const isFunctionKey = (key: string) => /^F([1-9]|1[0-9]|2[0-4])$/.test(key);

type KeyEventLike = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'isComposing'>;

/** The shortcut an event could mean, or null for typing, lone modifiers and IME composition. */
export function shortcutForEvent(event: KeyEventLike, isMac: boolean): string | null {
  if (event.isComposing || MODIFIER_KEYS.has(event.key)) return null;
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (!mod && !event.altKey && !isFunctionKey(event.key)) return null;
  return shortcutOf(event, isMac);
}

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}

/** Runs the command an event names; true when one ran (and the browser's default was stopped). */
export function dispatchShortcut(event: KeyboardEvent, isMac: boolean): boolean {
  if (event.defaultPrevented) return false;
  const shortcut = shortcutForEvent(event, isMac);
  if (!shortcut) return false;
  const command = commands.byShortcut(shortcut);
  if (!command) return false;
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (!mod && !isFunctionKey(event.key) && isTextField(event.target)) return false;
  // Claimed even when repeating, so holding Ctrl+P never reaches the print dialog.
  event.preventDefault();
  if (!event.repeat) command.run();
  return true;
}

/** Installs the global handler while the shell is mounted. */
export function useGlobalShortcuts(isMac: boolean = isMacPlatform()): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => void dispatchShortcut(event, isMac);
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [isMac]);
}

const MAC_SYMBOLS: Record<string, string> = { Mod: '⌘', Ctrl: '⌃', Alt: '⌥', Shift: '⇧', Meta: '⌘' };
const NAMES: Record<string, string> = { Mod: 'Ctrl', Meta: 'Super', ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', Escape: 'Esc' };

/** The keys of a shortcut as this platform names them: ['Ctrl', 'Shift', 'F'] or ['⌘', '⇧', 'F']. */
export function shortcutKeys(shortcut: string, isMac: boolean = isMacPlatform()): string[] {
  // Split on '+' between names; a trailing '+' is the plus key itself ('Mod++').
  const parts = shortcut.endsWith('++') ? [...shortcut.slice(0, -2).split('+'), '+'] : shortcut.split('+');
  return parts.map((part) => (isMac ? MAC_SYMBOLS[part] ?? NAMES[part] ?? part : NAMES[part] ?? part));
}

/** One readable string: 'Ctrl+Shift+F', or '⌘⇧F' on macOS. */
export function formatShortcut(shortcut: string, isMac: boolean = isMacPlatform()): string {
  return shortcutKeys(shortcut, isMac).join(isMac ? '' : '+');
}
