/**
 * The app's commands: one registry that the command palette lists (with shortcuts) and
 * the keyboard handler dispatches. Views register their commands while mounted, so the
 * palette always shows what can be done here, and a shortcut is never bound twice.
 */
import { useEffect } from 'react';

export interface Command {
  /** Stable id, e.g. 'note.rename'. */
  id: string;
  /** What the palette shows, e.g. 'Rename note…'. */
  title: string;
  /** A shortcut in the form 'Mod+O', 'Mod+Shift+F' (Mod = Ctrl, or Cmd on macOS). */
  shortcut?: string;
  /** Hidden from the palette when false (still listed with the reason when a string). */
  enabled?: boolean;
  run(): void;
}

type Listener = () => void;

class CommandRegistry {
  private readonly commands = new Map<string, Command>();
  private readonly listeners = new Set<Listener>();

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
    return [...this.commands.values()].sort((a, b) => a.title.localeCompare(b.title));
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

/** 'Mod+Shift+K' for a keyboard event (Mod is Ctrl, or Cmd on macOS). */
export function shortcutOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, isMac: boolean): string {
  const parts: string[] = [];
  if (isMac ? event.metaKey : event.ctrlKey) parts.push('Mod');
  if (event.altKey) parts.push('Alt');
  if (event.shiftKey) parts.push('Shift');
  parts.push(event.key.length === 1 ? event.key.toUpperCase() : event.key);
  return parts.join('+');
}
