import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { RecentGarden } from '../../../../shared/api';
import { buildMenuTemplate, MAX_RECENT_ITEMS, type MenuActions, type MenuInput } from '../../../../electron/main/menu';

function actions() {
  return {
    openGarden: vi.fn<() => void>(),
    newGarden: vi.fn<() => void>(),
    openRecent: vi.fn<(root: string) => void>(),
    openSampleGarden: vi.fn<() => void>(),
    showAbout: vi.fn<() => void>(),
  } satisfies MenuActions;
}

function build(overrides: Partial<MenuInput> = {}) {
  const fakeActions = actions();
  const template = buildMenuTemplate({
    appName: 'PLN Garden',
    platform: 'linux',
    isDev: false,
    recent: [],
    actions: fakeActions,
    ...overrides,
  });
  return { template, actions: fakeActions };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  if (!item || !Array.isArray(item.submenu)) throw new Error(`no submenu on ${item?.label ?? item?.role}`);
  return item.submenu;
}

function top(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = template.find((entry) => entry.label === label || entry.role === label);
  if (!item) throw new Error(`no top-level menu ${label}`);
  return item;
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((entry) => entry.label === label);
  if (!found) throw new Error(`no item ${label}`);
  return found;
}

/** Every role anywhere in the tree. */
function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((entry) => [
    ...(entry.role ? [entry.role] : []),
    ...(Array.isArray(entry.submenu) ? roles(entry.submenu) : []),
  ]);
}

/** Calls an item's click as Electron would (the arguments are not used by our items). */
function click(entry: MenuItemConstructorOptions): void {
  if (!entry.click) throw new Error(`${entry.label} has no click`);
  (entry.click as () => void)();
}

const recent = (n: number): RecentGarden[] =>
  Array.from({ length: n }, (_, i) => ({ root: `/gardens/g${i}`, name: `Garden ${i}`, openedAt: '2025-01-01T00:00:00Z' }));

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help on Windows and Linux', () => {
    const { template } = build();
    expect(template.map((entry) => entry.label ?? entry.role)).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help']);
  });

  it('puts the application menu first on macOS, with Quit there instead of in File', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template.map((entry) => entry.label ?? entry.role)).toEqual(['PLN Garden', 'File', 'Edit', 'View', 'windowMenu', 'help']);
    expect(roles(submenu(template[0]))).toContain('quit');
    expect(roles(submenu(top(template, 'File')))).not.toContain('quit');
  });

  it('File opens and creates gardens through the injected actions', () => {
    const { template, actions: fake } = build();
    const file = submenu(top(template, 'File'));
    click(item(file, 'Open Garden…'));
    click(item(file, 'New Garden…'));
    expect(fake.openGarden).toHaveBeenCalledTimes(1);
    expect(fake.newGarden).toHaveBeenCalledTimes(1);
    expect(item(file, 'Open Garden…').accelerator).toBe('CmdOrCtrl+Shift+O');
    expect(roles(file)).toEqual(['close', 'quit']);
  });

  it('lists recent gardens, opening the chosen root, at most ten', () => {
    const { template, actions: fake } = build({ recent: recent(12) });
    const list = submenu(item(submenu(top(template, 'File')), 'Recent Gardens'));
    expect(list).toHaveLength(MAX_RECENT_ITEMS);
    expect(list[0]?.label).toBe('Garden 0 — /gardens/g0');
    click(list[3] as MenuItemConstructorOptions);
    expect(fake.openRecent).toHaveBeenCalledExactlyOnceWith('/gardens/g3');
  });

  it('shows a disabled placeholder when there is no recent garden', () => {
    const { template } = build();
    const list = submenu(item(submenu(top(template, 'File')), 'Recent Gardens'));
    expect(list).toEqual([{ label: 'No recent gardens', enabled: false }]);
  });

  it('shows an ampersand in a garden name as typed, not as a mnemonic', () => {
    const { template } = build({ recent: [{ root: '/r&d', name: 'R&D', openedAt: '2025-01-01T00:00:00Z' }] });
    const list = submenu(item(submenu(top(template, 'File')), 'Recent Gardens'));
    expect(list[0]?.label).toBe('R&&D — /r&&d');
  });

  it('has the standard edit roles', () => {
    const { template } = build();
    expect(roles(submenu(top(template, 'Edit')))).toEqual([
      'undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'selectAll',
    ]);
  });

  it('offers reload and dev tools only in development', () => {
    const packaged = roles(build({ isDev: false }).template);
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) expect(packaged).not.toContain(role);
    expect(roles(submenu(top(build({ isDev: false }).template, 'View')))).toEqual([
      'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen',
    ]);
    expect(roles(submenu(top(build({ isDev: true }).template, 'View')))).toEqual([
      'reload', 'forceReload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen',
    ]);
  });

  it('Help shows About and opens the sample garden', () => {
    const { template, actions: fake } = build();
    const help = submenu(top(template, 'help'));
    click(item(help, 'About PLN Garden'));
    click(item(help, 'Open Sample Garden'));
    expect(fake.showAbout).toHaveBeenCalledTimes(1);
    expect(fake.openSampleGarden).toHaveBeenCalledTimes(1);
  });
});
