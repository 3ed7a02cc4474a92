/**
 * The app's commands: one registry that the command palette lists (with shortcuts) and
 * the keyboard handler dispatches. Views register their commands while mounted, so the
 * palette always shows what can be done here, and a shortcut is never bound twice.
 */
import { useEffect, useSyncExternalStore } from 'react';

export interface Command {
  /** Stable id, e.g. 'note.rename'. */
  id: string;
  /** What the palette shows, e.g. 'Rename note…'. */
  title: string;
  /** A shortcut in the form 'Mod+O', 'Mod+Shift+F' (Mod = Ctrl, or Cmd on macOS). */
  shortcut?: string;
  /** Hidden from the palette, and its shortcut does nothing, when false. */
  enabled?: boolean;
  run(): void;
}

type Listener = () => void;

class CommandRegistry {
  private readonly commands = new Map<string, Command>();
  private readonly listeners = new Set<Listener>();
  /** The sorted list, rebuilt only on change, so React can subscribe to it. */
  private sorted: readonly Command[] | null = null;

  register(command: Command): () => void {
    this.commands.set(command.id, command);
    this.notify();
    return () => {
      if (this.commands.get(command.id) === command) {
        this.commands.delete(command.id);
        this.notify();
      }
    };
  }

  list(): Command[] {
    return [...this.snapshot()];
  }

  /** The same array until a command is registered or removed (for useSyncExternalStore). */
  snapshot(): readonly Command[] {
    this.sorted ??= [...this.commands.values()].sort((a, b) => a.title.localeCompare(b.title));
    return this.sorted;
  }

  get(id: string): Command | undefined {
    return this.commands.get(id);
  }

  /** Runs a command by id; false when it is not registered or not enabled here. */
  run(id: string): boolean {
    const command = this.commands.get(id);
    if (!command || command.enabled === false) return false;
    command.run();
    return true;
  }

  byShortcut(shortcut: string): Command | undefined {
    for (const command of this.commands.values()) if (command.shortcut === shortcut && command.enabled !== false) return command;
    return undefined;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    this.sorted = null;
    for (const listener of this.listeners) listener();
  }
}

export const commands = new CommandRegistry();

/** Registers commands while the calling component is mounted. Pass a stable array (useMemo). */
export function useCommands(list: readonly Command[]): void {
  useEffect(() => {
    const offs = list.map((command) => commands.register(command));
    return () => offs.forEach((off) => off());
  }, [list]);
}

const subscribeToCommands = (listener: Listener) => commands.subscribe(listener);
const commandSnapshot = () => commands.snapshot();

/** Every registered command, sorted by title, following registrations live. */
export function useCommandList(): readonly Command[] {
  return useSyncExternalStore(subscribeToCommands, commandSnapshot, commandSnapshot);
}

type KeyFields = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'> & { code?: string };

/**
 * The letter or digit the key stands for when the layout gives another character:
 * Option+N on macOS types "˜", and Ctrl+O on a Cyrillic layout is "щ"; shortcuts follow
 * the key's place. Not for Ctrl+Alt off macOS: that is AltGr, which types characters
 * (Polish AltGr+N is "ń"), and taking it would steal the typing.
 */
function physicalKey(event: KeyFields, isMac: boolean): string | null {
  const match = /^(?:Key([A-Z])|Digit([0-9]))$/.exec(event.code ?? '');
  if (!match) return null;
  // Only keys that type a character (or a dead key) can stand for a letter elsewhere.
  const typesCharacter = [...event.key].length === 1 || event.key === 'Dead' || event.key === 'Unidentified';
  if (!typesCharacter) return null;
  const asciiPrintable = /^[\x21-\x7e]$/.test(event.key);
  if (asciiPrintable && !(isMac && event.altKey)) return null;
  if (!isMac && event.ctrlKey && event.altKey) return null;
  return match[1] ?? match[2] ?? null;
}

/**
 * 'Mod+Shift+K' for a keyboard event (Mod is Ctrl, or Cmd on macOS). The other of the two
 * is named too (Ctrl on macOS, Meta elsewhere), so it never passes for a plain key.
 */
export function shortcutOf(event: KeyFields, isMac: boolean): string {
  const parts: string[] = [];
  if (isMac ? event.metaKey : event.ctrlKey) parts.push('Mod');
  if (isMac ? event.ctrlKey : event.metaKey) parts.push(isMac ? 'Ctrl' : 'Meta');
  if (event.altKey) parts.push('Alt');
  if (event.shiftKey) parts.push('Shift');
  const key = physicalKey(event, isMac) ?? (event.key === ' ' ? 'Space' : event.key.length === 1 ? event.key.toUpperCase() : event.key);
  parts.push(key);
  return parts.join('+');
}
