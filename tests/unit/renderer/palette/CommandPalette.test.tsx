// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from '../../../../renderer/src/commands/registry';
import { paletteCommands } from '../../../../renderer/src/palette/CommandPalette';
import { plant, snapshot } from '../helpers/plants';
import { renderApp } from '../helpers/render-app';

afterEach(cleanup);

const ctrl = (key: string, extra: KeyboardEventInit = {}) => fireEvent.keyDown(document.activeElement ?? document.body, { key, code: `Key${key.toUpperCase()}`, ctrlKey: true, ...extra });

async function openPalette() {
  renderApp({ 'garden.snapshot': () => snapshot([plant('notes/a.md')]) });
  await screen.findAllByTestId('plant-row');
  ctrl('p');
  return screen.findByTestId('command-palette');
}

describe('the command palette', () => {
  it('opens with Ctrl+P and lists every registered command with its shortcut', async () => {
    const palette = await openPalette();
    const items = within(palette).getAllByTestId('palette-item');
    const registered = commands.list().filter((c) => c.enabled !== false);
    expect(items).toHaveLength(registered.length);
    expect(items.map((i) => i.querySelector('.picker-title')?.textContent)).toEqual([...registered.filter((c) => c.id !== 'palette.open').map((c) => c.title), 'Command palette…']);
    const shortcutOf = (title: string) => items.find((i) => i.textContent?.startsWith(title))?.querySelector('kbd.shortcut')?.textContent;
    expect(shortcutOf('Quick switcher…')).toBe('CtrlO');
    expect(within(palette).getByRole('option', { name: 'Quick switcher… (Ctrl O)' })).toBeTruthy();
    expect(shortcutOf('Command palette…')).toBe('CtrlP');
    expect(shortcutOf('Search…')).toBe('CtrlShiftF');
    expect(shortcutOf('New note…')).toBe('CtrlAltN');
    expect(shortcutOf('Open today’s daily note')).toBe('CtrlShiftD');
    for (const id of ['go.plants', 'go.graph', 'go.people', 'go.sources', 'go.goals', 'go.trash', 'go.tags', 'go.seeds']) {
      expect(items.some((i) => i.dataset.command === id)).toBe(true);
    }
  });

  it('lists a command a view registers while it is open, and drops it after', async () => {
    const palette = await openPalette();
    const before = within(palette).getAllByTestId('palette-item').length;
    let off = () => {};
    act(() => {
      off = commands.register({ id: 'view.thing', title: 'Do the view thing', shortcut: 'Mod+Shift+K', run() {} });
    });
    expect(within(palette).getAllByTestId('palette-item')).toHaveLength(before + 1);
    act(() => off());
    expect(within(palette).getAllByTestId('palette-item')).toHaveLength(before);
  });

  it('filters as you type and runs the chosen command with Enter', async () => {
    const palette = await openPalette();
    const input = within(palette).getByRole('combobox');
    fireEvent.change(input, { target: { value: 'go tags' } });
    const items = within(palette).getAllByTestId('palette-item');
    expect(items[0]?.dataset.command).toBe('go.tags');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.queryByTestId('command-palette')).toBeNull();
    await waitFor(() => expect(window.location.hash).toBe('#/tags'));
  });

  it('moves with the arrow keys, wrapping, and says when nothing matches', async () => {
    const palette = await openPalette();
    const input = within(palette).getByRole('combobox');
    fireEvent.change(input, { target: { value: 'go to' } });
    const items = () => within(palette).getAllByTestId('palette-item');
    const selected = () => items().findIndex((i) => i.getAttribute('aria-selected') === 'true');
    expect(selected()).toBe(0);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(selected()).toBe(1);
    expect(input.getAttribute('aria-activedescendant')).toBe(items()[1]?.id);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(selected()).toBe(items().length - 1);
    fireEvent.change(input, { target: { value: 'zzzz' } });
    expect(within(palette).queryAllByTestId('palette-item')).toHaveLength(0);
    expect(within(palette).getByRole('status').textContent).toContain('No command matches “zzzz”');
  });

  it('runs a command clicked with the mouse', async () => {
    const run = vi.fn();
    const off = commands.register({ id: 'x.click', title: 'Click me', run });
    const palette = await openPalette();
    fireEvent.click(within(palette).getAllByTestId('palette-item').find((i) => i.dataset.command === 'x.click')!);
    expect(run).toHaveBeenCalledTimes(1);
    off();
  });

  it('closes with Escape and gives focus back', async () => {
    renderApp({ 'garden.snapshot': () => snapshot([plant('notes/a.md')]) });
    await screen.findAllByTestId('plant-row');
    const filter = screen.getByRole('searchbox', { name: 'Filter plants' });
    filter.focus();
    ctrl('p');
    const palette = await screen.findByTestId('command-palette');
    expect(document.activeElement).toBe(within(palette).getByRole('combobox'));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByTestId('command-palette')).toBeNull();
    expect(document.activeElement).toBe(filter);
  });

  it('hides disabled commands and lists itself last', () => {
    const all = [
      { id: 'palette.open', title: 'Command palette…', run() {} },
      { id: 'a', title: 'A', run() {} },
      { id: 'b', title: 'B', enabled: false, run() {} },
    ];
    expect(paletteCommands(all, '').map((c) => c.id)).toEqual(['a', 'palette.open']);
    expect(paletteCommands(all, 'comm').map((c) => c.id)).toEqual(['palette.open']);
  });
});
