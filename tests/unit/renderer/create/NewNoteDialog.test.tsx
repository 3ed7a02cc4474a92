// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GardenError } from '../../../../shared/api';
import { gp, plant, snapshot } from '../helpers/plants';
import { renderApp } from '../helpers/render-app';
import type { Handlers } from '../helpers/fake-transport';

afterEach(cleanup);

async function openDialog(handlers: Handlers = {}, how: 'button' | 'keys' = 'button') {
  const app = renderApp({ 'garden.snapshot': () => snapshot([plant('notes/a.md')]), ...handlers });
  await screen.findAllByTestId('plant-row');
  if (how === 'button') fireEvent.click(screen.getByRole('button', { name: /New note/ }));
  else fireEvent.keyDown(document.body, { key: 'n', code: 'KeyN', ctrlKey: true, altKey: true });
  const dialog = await screen.findByTestId('new-note-dialog');
  return { ...app, dialog };
}

describe('the new note dialog', () => {
  it('creates a note of the chosen kind and opens it', async () => {
    const { dialog, transport } = await openDialog({ 'note.create': ({ title }) => ({ path: gp(`people/${title}.md`) }) });
    const title = within(dialog).getByLabelText('Title');
    expect(document.activeElement).toBe(title);
    fireEvent.change(title, { target: { value: '  Ada Lovelace ' } });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Person' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(window.location.hash).toBe('#/note/people/Ada%20Lovelace.md'));
    expect(transport.calls.find((c) => c.name === 'note.create')?.input).toEqual({ title: 'Ada Lovelace', kind: 'person' });
    expect(screen.queryByTestId('new-note-dialog')).toBeNull();
  });

  it('opens with Ctrl+Alt+N and offers the four kinds, note first', async () => {
    const { dialog } = await openDialog({}, 'keys');
    expect(within(dialog).getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['note', 'person', 'source', 'goal']);
    expect((within(dialog).getByRole('radio', { name: 'Note' }) as HTMLInputElement).checked).toBe(true);
  });

  it('asks for a title, and shows the core’s reason when creating fails', async () => {
    const { dialog, transport } = await openDialog({
      'note.create': () => {
        throw new GardenError('exists', '"a.md" already exists.');
      },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('A title is required.');
    expect(transport.calls.some((c) => c.name === 'note.create')).toBe(false);
    fireEvent.change(within(dialog).getByLabelText('Title'), { target: { value: 'a' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toBe('"a.md" already exists.'));
    expect((within(dialog).getByLabelText('Title') as HTMLInputElement).value).toBe('a');
  });

  it('closes on Cancel and on Escape', async () => {
    const { dialog } = await openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('new-note-dialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /New note/ }));
    fireEvent.keyDown(await screen.findByLabelText('Title'), { key: 'Escape' });
    expect(screen.queryByTestId('new-note-dialog')).toBeNull();
  });

  it('keeps Tab inside the dialog', async () => {
    const { dialog } = await openDialog();
    const create = within(dialog).getByRole('button', { name: 'Create' });
    create.focus();
    fireEvent.keyDown(create, { key: 'Tab' });
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Title'));
    fireEvent.keyDown(document.activeElement!, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(create);
  });
});

describe('the daily note', () => {
  it('opens today’s note with Ctrl+Shift+D', async () => {
    renderApp({ 'garden.snapshot': () => snapshot([plant('notes/a.md')]), 'note.daily': () => ({ path: gp('daily/2026-11-25.md') }) });
    await screen.findAllByTestId('plant-row');
    fireEvent.keyDown(document.body, { key: 'D', code: 'KeyD', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(window.location.hash).toBe('#/note/daily/2026-11-25.md'));
  });

  it('shows a failure as a readable notice', async () => {
    renderApp({
      'garden.snapshot': () => snapshot([plant('notes/a.md')]),
      'note.daily': () => {
        throw new GardenError('internal', 'The daily note is not available in this version yet.');
      },
    });
    await screen.findAllByTestId('plant-row');
    fireEvent.keyDown(document.body, { key: 'D', code: 'KeyD', ctrlKey: true, shiftKey: true });
    expect((await screen.findByTestId('error-banner')).textContent).toContain('The daily note is not available in this version yet.');
  });
});
