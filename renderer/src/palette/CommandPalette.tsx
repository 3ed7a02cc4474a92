/**
 * The command palette: every registered command with its shortcut, filtered as you type;
 * Enter runs the chosen one. It closes first, so a command that opens another dialog
 * (the quick switcher, New note) takes over cleanly.
 */
import { useMemo, useState } from 'react';
import { useCommandList, type Command } from '../commands/registry';
import { isMacPlatform } from '../commands/platform';
import { shortcutKeys } from '../commands/keyboard';
import { Modal } from './Modal';
import { Picker, type PickerItem } from './Picker';
import { rankByMatch } from './match';

/**
 * The commands the palette offers for a query, best first; for none, all of them by title,
 * with the palette itself last (it is already open, so it is the least useful line).
 */
export function paletteCommands(all: readonly Command[], query: string): Command[] {
  const enabled = all.filter((command) => command.enabled !== false);
  const itselfLast = [...enabled.filter((c) => c.id !== 'palette.open'), ...enabled.filter((c) => c.id === 'palette.open')];
  return rankByMatch(itselfLast, query, (command) => command.title);
}

export function Shortcut({ shortcut, isMac }: { shortcut: string; isMac: boolean }) {
  return (
    <kbd className="shortcut" aria-label={shortcutKeys(shortcut, isMac).join(' ')}>
      {shortcutKeys(shortcut, isMac).map((key, i) => (
        <kbd key={i}>{key}</kbd>
      ))}
    </kbd>
  );
}

export function CommandPalette({ onClose, isMac = isMacPlatform() }: { onClose(): void; isMac?: boolean }) {
  const all = useCommandList();
  const [query, setQuery] = useState('');
  const items = useMemo<PickerItem[]>(
    () =>
      paletteCommands(all, query).map((command) => ({
        key: command.id,
        label: command.shortcut ? `${command.title} (${shortcutKeys(command.shortcut, isMac).join(' ')})` : command.title,
        data: { command: command.id },
        content: (
          <>
            <span className="picker-title">{command.title}</span>
            {command.shortcut && <Shortcut shortcut={command.shortcut} isMac={isMac} />}
          </>
        ),
        choose: () => {
          onClose();
          command.run();
        },
      })),
    [all, query, isMac, onClose],
  );
  return (
    <Modal label="Command palette" onClose={onClose} testId="command-palette" className="modal-picker">
      <Picker
        label="Command"
        placeholder="Type a command…"
        query={query}
        onQuery={setQuery}
        items={items}
        itemTestId="palette-item"
        status={items.length === 0 ? `No command matches “${query.trim()}”.` : undefined}
        footer={<PickerHints />}
      />
    </Modal>
  );
}

export function PickerHints() {
  return (
    <span className="muted small">
      <kbd>↑</kbd> <kbd>↓</kbd> to move · <kbd>Enter</kbd> to choose · <kbd>Esc</kbd> to close
    </span>
  );
}
