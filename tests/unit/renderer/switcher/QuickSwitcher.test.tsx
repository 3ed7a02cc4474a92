// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Completion } from '../../../../shared/api';
import { GardenError } from '../../../../shared/api';
import { fold } from '../../../../renderer/src/palette/match';
import { gp, plant, snapshot } from '../helpers/plants';
import { renderApp } from '../helpers/render-app';
import type { Handlers } from '../helpers/fake-transport';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

const plants = [
  plant('notes/Scaffolding.md', { aliases: ['instructional scaffolding'] }),
  plant('notes/Zone of proximal development.md'),
  plant('people/Priya Raman.md', { kind: 'person' }),
  plant('sources/Sold a Story.md', { kind: 'source' }),
];

/** A stand-in for the core's completion: prefix, then letters in order (enough for a typo test). */
function complete({ prefix }: { prefix: string }): Completion[] {
  const q = fold(prefix);
  const near = (title: string) => fold(title).startsWith(q) || [...q].filter((ch) => fold(title).includes(ch)).length >= q.length - 1;
  return plants.filter((p) => near(p.title)).map((p) => ({ path: p.path, kind: p.kind, title: p.title }));
}

async function openSwitcher(handlers: Handlers = {}) {
  const app = renderApp({ 'garden.snapshot': () => snapshot(plants), 'search.complete': complete, ...handlers });
  await screen.findAllByTestId('plant-row');
  fireEvent.keyDown(document.body, { key: 'o', code: 'KeyO', ctrlKey: true });
  const switcher = await screen.findByTestId('quick-switcher');
  return { ...app, switcher, input: within(switcher).getByRole('combobox') };
}

const titles = (switcher: HTMLElement) => within(switcher).queryAllByTestId('switcher-item').map((i) => i.querySelector('.picker-title')?.textContent);

describe('the quick switcher', () => {
  it('finds a note as you type, shows its kind, and opens it with Enter', async () => {
    const { switcher, input, transport } = await openSwitcher();
    fireEvent.change(input, { target: { value: 'scaf' } });
    await waitFor(() => expect(titles(switcher)[0]).toBe('Scaffolding'));
    expect(transport.calls.filter((c) => c.name === 'search.complete').at(-1)?.input).toEqual({ prefix: 'scaf', limit: 20 });
    expect(within(switcher).getAllByTestId('switcher-item')[0]?.textContent).toContain('Note');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.queryByTestId('quick-switcher')).toBeNull();
    await waitFor(() => expect(window.location.hash).toBe('#/note/notes/Scaffolding.md'));
  });

  it('moves through the results with the arrow keys', async () => {
    const { switcher, input } = await openSwitcher();
    fireEvent.change(input, { target: { value: 's' } });
    await waitFor(() => expect(titles(switcher).length).toBeGreaterThan(2));
    const selected = () => within(switcher).getAllByTestId('switcher-item').findIndex((i) => i.getAttribute('aria-selected') === 'true');
    expect(selected()).toBe(0);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(selected()).toBe(2);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(selected()).toBe(1);
    const chosen = within(switcher).getAllByTestId('switcher-item')[1]!.dataset.path!;
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(decodeURIComponent(window.location.hash)).toBe(`#/note/${chosen}`));
  });

  it('closes with Escape without going anywhere', async () => {
    const { input } = await openSwitcher();
    window.location.hash = '#/plants';
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByTestId('quick-switcher')).toBeNull();
    expect(window.location.hash).toBe('#/plants');
  });

  it('shows the recent notes, most recent first, for an empty box', async () => {
    localStorage.setItem('pln.recent-notes:/gardens/test', JSON.stringify(['people/Priya Raman.md', 'notes/gone.md', 'notes/Scaffolding.md']));
    const { switcher } = await openSwitcher();
    expect(titles(switcher)).toEqual(['Priya Raman', 'Scaffolding']);
    expect(within(switcher).getByText('Recent notes')).toBeTruthy();
  });

  it('offers to create a note nobody has written, and opens it', async () => {
    const { switcher, input, transport } = await openSwitcher({ 'note.create': ({ title }) => ({ path: gp(`${title}.md`) }) });
    fireEvent.change(input, { target: { value: 'Quiet hands' } });
    const create = await within(switcher).findByRole('option', { name: 'Create note “Quiet hands”' });
    expect(create.dataset.kind).toBe('create');
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(window.location.hash).toBe('#/note/Quiet%20hands.md'));
    expect(transport.calls.find((c) => c.name === 'note.create')?.input).toEqual({ title: 'Quiet hands' });
    expect(screen.queryByTestId('quick-switcher')).toBeNull();
  });

  it('keeps the dialog open with the reason when creating fails', async () => {
    const { switcher, input } = await openSwitcher({
      'search.complete': () => [],
      'note.create': () => {
        throw new GardenError('exists', '"Quiet hands.md" already exists.');
      },
    });
    fireEvent.change(input, { target: { value: 'Quiet hands' } });
    await within(switcher).findByRole('option', { name: 'Create note “Quiet hands”' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect((await within(switcher).findByRole('status')).textContent).toBe('"Quiet hands.md" already exists.');
  });

  it('waits for the answer to what was typed before Enter chooses', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { switcher, input } = await openSwitcher({
      'search.complete': async (input) => {
        if (input.prefix === 'zone') await gate;
        return complete(input);
      },
    });
    fireEvent.change(input, { target: { value: 'scaf' } });
    await waitFor(() => expect(titles(switcher)[0]).toBe('Scaffolding'));
    fireEvent.change(input, { target: { value: 'zone' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    // Still the old answer on screen: Enter must not open Scaffolding.
    expect(screen.queryByTestId('quick-switcher')).not.toBeNull();
    release();
    await waitFor(() => expect(decodeURIComponent(window.location.hash)).toBe('#/note/notes/Zone of proximal development.md'));
  });

  it('says so in words when completion fails', async () => {
    const { switcher, input } = await openSwitcher({
      'search.complete': () => {
        throw new GardenError('internal', 'Completion is not available in this version yet.');
      },
    });
    fireEvent.change(input, { target: { value: 'scaf' } });
    expect((await within(switcher).findByRole('status')).textContent).toBe('Completion is not available in this version yet.');
    expect(titles(switcher)).toEqual([]);
  });
});
