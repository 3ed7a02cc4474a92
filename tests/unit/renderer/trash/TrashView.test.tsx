// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TrashEntry } from '../../../../shared/api';
import { GardenError } from '../../../../shared/api';
import { gp, plant, snapshot } from '../helpers/plants';
import { renderApp } from '../helpers/render-app';

afterEach(cleanup);

const base = { 'garden.snapshot': () => snapshot([plant('notes/a.md')]) };
const older: TrashEntry = { trashPath: '.garden/trash/2026-11-01/notes/Old.md', originalPath: gp('notes/Old.md'), deletedAt: '2026-11-01T10:00:00.000Z' };
const newer: TrashEntry = { trashPath: '.garden/trash/2026-11-02/notes/Scaffolding.md', originalPath: gp('notes/Scaffolding.md'), deletedAt: '2026-11-02T10:00:00.000Z' };

describe('the trash view', () => {
  it('lists what was deleted, newest first, with where it was and when', async () => {
    renderApp({ ...base, 'trash.list': () => [older, newer] }, '#/trash');
    const items = await screen.findAllByTestId('trash-item');
    expect(items.map((i) => i.dataset.path)).toEqual(['notes/Scaffolding.md', 'notes/Old.md']);
    expect(items[0]!.textContent).toContain('Scaffolding');
    expect(items[0]!.textContent).toContain('notes/Scaffolding.md');
    expect(items[0]!.querySelector('time')?.getAttribute('datetime')).toBe(newer.deletedAt);
  });

  it('restores an item and links to it', async () => {
    let entries = [older, newer];
    const { transport } = renderApp(
      {
        ...base,
        'trash.list': () => entries,
        'trash.restore': ({ trashPath }) => {
          const found = entries.find((e) => e.trashPath === trashPath)!;
          entries = entries.filter((e) => e !== found);
          return { path: found.originalPath };
        },
      },
      '#/trash',
    );
    const [first] = await screen.findAllByTestId('trash-item');
    fireEvent.click(within(first!).getByRole('button', { name: 'Restore notes/Scaffolding.md' }));
    const done = await screen.findByTestId('trash-restored');
    expect(within(done).getByRole('link', { name: 'Scaffolding' }).getAttribute('href')).toBe('#/note/notes/Scaffolding.md');
    await waitFor(() => expect(screen.getAllByTestId('trash-item').map((i) => i.dataset.path)).toEqual(['notes/Old.md']));
    expect(transport.calls.find((c) => c.name === 'trash.restore')?.input).toEqual({ trashPath: newer.trashPath });
  });

  it('says in words when the original place is taken, and keeps the item', async () => {
    renderApp(
      {
        ...base,
        'trash.list': () => [newer],
        'trash.restore': () => {
          throw new GardenError('exists', '"notes/Scaffolding.md" exists now, so the trashed copy was not restored over it.');
        },
      },
      '#/trash',
    );
    const [item] = await screen.findAllByTestId('trash-item');
    fireEvent.click(within(item!).getByRole('button', { name: /Restore/ }));
    const error = await within(item!).findByTestId('trash-error');
    expect(error.textContent).toBe('"notes/Scaffolding.md" exists now, so the trashed copy was not restored over it.');
    expect((within(item!).getByRole('button', { name: /Restore/ }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('says when the trash is empty, and shows a failure in words', async () => {
    renderApp({ ...base, 'trash.list': () => [] }, '#/trash');
    expect(await screen.findByText('The trash is empty.')).toBeTruthy();
    cleanup();
    renderApp(
      {
        ...base,
        'trash.list': () => {
          throw new GardenError('internal', 'The trash view is not available in this version yet.');
        },
      },
      '#/trash',
    );
    expect((await screen.findByRole('alert')).textContent).toContain('not available in this version yet');
  });
});
