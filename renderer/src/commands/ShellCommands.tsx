/**
 * The shell's commands and the dialogs they open: registers the app-level commands,
 * installs the one global keyboard handler, and shows at most one dialog at a time
 * (quick switcher, command palette, new note). Anything else in the app opens these by
 * running the command (`commands.run('note.new')`), so there is one way in.
 */
import { useCallback, useMemo, useState } from 'react';
import { useClient } from '../api/ClientContext';
import { useNotices } from '../app/notices';
import { NewNoteDialog } from '../create/NewNoteDialog';
import { CommandPalette } from '../palette/CommandPalette';
import { navigate } from '../router/navigate';
import { noteHref, searchHref } from '../router/routes';
import { requestSearchFocus } from '../search/focus';
import { QuickSwitcher } from '../switcher/QuickSwitcher';
import { GO_TO, SHORTCUTS } from './app-commands';
import { useGlobalShortcuts } from './keyboard';
import { useCommands, type Command } from './registry';

type Dialog = 'switcher' | 'palette' | 'new-note';

export function ShellCommands() {
  const client = useClient();
  const { report } = useNotices();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = useCallback(() => setDialog(null), []);

  const list = useMemo<Command[]>(
    () => [
      { id: 'switcher.open', title: 'Quick switcher…', shortcut: SHORTCUTS['switcher.open'], run: () => setDialog('switcher') },
      { id: 'palette.open', title: 'Command palette…', shortcut: SHORTCUTS['palette.open'], run: () => setDialog('palette') },
      {
        id: 'search.open',
        title: 'Search…',
        shortcut: SHORTCUTS['search.open'],
        run: () => {
          setDialog(null);
          if (window.location.hash.startsWith('#/search')) requestSearchFocus();
          else navigate(searchHref(''));
        },
      },
      { id: 'note.new', title: 'New note…', shortcut: SHORTCUTS['note.new'], run: () => setDialog('new-note') },
      {
        id: 'note.daily',
        title: 'Open today’s daily note',
        shortcut: SHORTCUTS['note.daily'],
        run: () => {
          setDialog(null);
          client.call('note.daily', {}).then(({ path }) => navigate(noteHref(path)), report);
        },
      },
      ...GO_TO.map(({ id, title, route }) => ({
        id,
        title,
        run: () => {
          setDialog(null);
          navigate(`#/${route}`);
        },
      })),
    ],
    [client, report],
  );
  useCommands(list);
  useGlobalShortcuts();

  switch (dialog) {
    case 'switcher':
      return <QuickSwitcher onClose={close} />;
    case 'palette':
      return <CommandPalette onClose={close} />;
    case 'new-note':
      return <NewNoteDialog onClose={close} />;
    case null:
      return null;
  }
}
