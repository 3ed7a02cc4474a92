// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plant, snapshot } from '../helpers/plants';
import { renderApp } from '../helpers/render-app';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

const plants = Array.from({ length: 8 }, (_, i) => plant(`notes/n${i}.md`, { title: `Note ${i}` }));

describe('the sidebar', () => {
  it('offers Search, Tags, Seeds and Trash beside the views', async () => {
    renderApp({ 'garden.snapshot': () => snapshot(plants) });
    const find = await screen.findByRole('navigation', { name: 'Find' });
    expect(within(find).getAllByRole('link').map((l) => l.getAttribute('href'))).toEqual(['#/search', '#/tags', '#/seeds', '#/trash']);
    expect(within(find).getByRole('link', { name: 'Search' }).getAttribute('title')).toBe('Search (Ctrl+Shift+F)');
  });

  it('marks the current view', async () => {
    renderApp({ 'garden.snapshot': () => snapshot(plants), 'tags.list': () => [] }, '#/tags');
    const find = await screen.findByRole('navigation', { name: 'Find' });
    expect(within(find).getByRole('link', { name: 'Tags' }).getAttribute('aria-current')).toBe('page');
  });

  it('lists the five most recently opened notes, and follows new visits', async () => {
    renderApp({ 'garden.snapshot': () => snapshot(plants), 'note.read': () => new Promise(() => {}) });
    await screen.findAllByTestId('plant-row');
    expect(screen.queryByRole('navigation', { name: 'Recent notes' })).toBeNull();
    for (const i of [0, 1, 2, 3, 4, 5, 2]) {
      act(() => {
        window.location.hash = `#/note/notes/n${i}.md`;
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });
    }
    const recent = await screen.findByRole('navigation', { name: 'Recent notes' });
    await waitFor(() => expect(within(recent).getAllByRole('link').map((l) => l.textContent)).toEqual(['Note 2', 'Note 5', 'Note 4', 'Note 3', 'Note 1']));
    expect(within(recent).getByRole('link', { name: 'Note 2' }).getAttribute('aria-current')).toBe('page');
    expect(JSON.parse(localStorage.getItem('pln.recent-notes:/gardens/test')!)).toEqual(['notes/n2.md', 'notes/n5.md', 'notes/n4.md', 'notes/n3.md', 'notes/n1.md', 'notes/n0.md']);
  });
});
