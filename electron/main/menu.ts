/**
 * The native menu, as a pure template builder: what each item does is injected, so the
 * structure (and the rule that reload and dev tools exist only in development) is
 * tested without Electron. index.ts turns the template into a Menu and rebuilds it
 * whenever the list of recent gardens changes.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { RecentGarden } from '../../shared/api';

export interface MenuActions {
  openGarden(): void;
  newGarden(): void;
  openRecent(root: string): void;
  openSampleGarden(): void;
  showAbout(): void;
}

export interface MenuInput {
  appName: string;
  platform: NodeJS.Platform;
  isDev: boolean;
  recent: readonly RecentGarden[];
  actions: MenuActions;
}

/** More than this is a list nobody scans. */
export const MAX_RECENT_ITEMS = 10;

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** On Windows and Linux `&` marks a mnemonic; a folder named "R&D" must show as typed. */
function menuLabel(text: string): string {
  return text.replaceAll('&', '&&');
}

function recentSubmenu({ recent, actions }: MenuInput): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'No recent gardens', enabled: false }];
  return recent.slice(0, MAX_RECENT_ITEMS).map((garden) => ({
    label: menuLabel(`${garden.name} — ${garden.root}`),
    click: () => actions.openRecent(garden.root),
  }));
}

function fileMenu(input: MenuInput, isMac: boolean): MenuItemConstructorOptions {
  const { actions } = input;
  return {
    label: 'File',
    submenu: [
      { label: 'Open Garden…', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.openGarden() },
      { label: 'New Garden…', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.newGarden() },
      { label: 'Recent Gardens', submenu: recentSubmenu(input) },
      separator,
      { role: 'close', label: 'Close Window' },
      // On macOS Quit lives in the application menu.
      ...(isMac ? [] : [separator, { role: 'quit' } as const]),
    ],
  };
}

const editMenu: MenuItemConstructorOptions = {
  label: 'Edit',
  submenu: [
    { role: 'undo' },
    { role: 'redo' },
    separator,
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    { role: 'pasteAndMatchStyle' },
    { role: 'delete' },
    separator,
    { role: 'selectAll' },
  ],
};

function viewMenu(isDev: boolean): MenuItemConstructorOptions {
  // Reload would drop unsaved editor state, and dev tools are disabled in packaged
  // windows (window-options.ts): both are for development only.
  const developer: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator]
    : [];
  return {
    label: 'View',
    submenu: [
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
}

function helpMenu({ appName, actions }: MenuInput): MenuItemConstructorOptions {
  return {
    role: 'help',
    submenu: [
      { label: `About ${appName}`, click: () => actions.showAbout() },
      { label: 'Open Sample Garden', click: () => actions.openSampleGarden() },
    ],
  };
}

function macAppMenu({ appName, actions }: MenuInput): MenuItemConstructorOptions {
  return {
    label: appName,
    submenu: [
      { label: `About ${appName}`, click: () => actions.showAbout() },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
}

export function buildMenuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const isMac = input.platform === 'darwin';
  return [
    ...(isMac ? [macAppMenu(input)] : []),
    fileMenu(input, isMac),
    editMenu,
    viewMenu(input.isDev),
    { role: 'windowMenu' },
    helpMenu(input),
  ];
}
