// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GardenError } from '../../../../shared/api';
import { plant, snapshot } from '../helpers/plants';
import { renderApp } from '../helpers/render-app';

afterEach(cleanup);

const base = { 'garden.snapshot': () => snapshot([plant('notes/a.md')]) };
const tags = [
  { tag: 'reading/phonics', count: 3 },
  { tag: 'reading', count: 4 },
  { tag: 'zpd', count: 4 },
];

describe('the tag browser', () => {
  it('shows nested tags as a tree with counts, each a search for tag:<tag>', async () => {
    renderApp({ ...base, 'tags.list': () => tags }, '#/tags');
    const tree = await screen.findByTestId('tag-tree');
    const rows = within(tree).getAllByTestId('tag-row');
    expect(rows.map((r) => r.dataset.tag)).toEqual(['reading', 'reading/phonics', 'zpd']);
    expect(within(rows[1]!).getByRole('link').textContent).toBe('#phonics');
    expect(within(rows[1]!).getByRole('link').getAttribute('href')).toBe('#/search?q=tag%3Areading%2Fphonics');
    expect(within(rows[2]!).getByText('4')).toBeTruthy();
    expect(within(rows[0]!).getByText('4')).toBeTruthy();
  });

  it('folds a branch away and back', async () => {
    renderApp({ ...base, 'tags.list': () => tags }, '#/tags');
    const tree = await screen.findByTestId('tag-tree');
    fireEvent.click(within(tree).getByRole('button', { name: 'Collapse #reading' }));
    expect(within(tree).getAllByTestId('tag-row').map((r) => r.dataset.tag)).toEqual(['reading', 'zpd']);
    fireEvent.click(within(tree).getByRole('button', { name: 'Expand #reading' }));
    expect(within(tree).getAllByTestId('tag-row')).toHaveLength(3);
  });

  it('clicking a tag runs the search', async () => {
    renderApp({ ...base, 'tags.list': () => tags, 'search.query': () => [] }, '#/tags');
    fireEvent.click(await screen.findByRole('link', { name: 'zpd' }));
    await waitFor(() => expect((screen.getByTestId('search-input') as HTMLInputElement).value).toBe('tag:zpd'));
  });

  it('filters the tags', async () => {
    renderApp({ ...base, 'tags.list': () => tags }, '#/tags');
    await screen.findByTestId('tag-tree');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter tags' }), { target: { value: 'phon' } });
    expect(within(screen.getByTestId('tag-tree')).getAllByTestId('tag-row').map((r) => r.dataset.tag)).toEqual(['reading', 'reading/phonics']);
  });

  it('says when there are no tags, and shows a failure in words', async () => {
    renderApp({ ...base, 'tags.list': () => [] }, '#/tags');
    expect(await screen.findByText(/No tags yet/)).toBeTruthy();
    cleanup();
    renderApp(
      {
        ...base,
        'tags.list': () => {
          throw new GardenError('internal', 'The tag browser is not available in this version yet.');
        },
      },
      '#/tags',
    );
    expect((await screen.findByRole('alert')).textContent).toContain('The tag browser is not available in this version yet.');
  });
});
