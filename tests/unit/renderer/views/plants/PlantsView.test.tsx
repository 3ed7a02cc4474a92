// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ROWS } from '../../../../../renderer/src/views/plants/PlantsView';
import { plant, snapshot } from '../../helpers/plants';
import { renderApp } from '../../helpers/render-app';

afterEach(cleanup);

const plants = [
  plant('notes/Scaffolding.md', { tags: ['vygotsky'] }),
  plant('people/Marcus Bell.md', { kind: 'person', health: { state: 'dormant', reason: 'Last contact 128 days ago.' } }),
  plant('sources/Sold a Story.md', { kind: 'source', health: { state: 'thirsty' } }),
];

describe('PlantsView', () => {
  it('lists every plant with kind and health in words, linked to the note', async () => {
    renderApp({ 'garden.snapshot': () => snapshot(plants) });
    const rows = await screen.findAllByTestId('plant-row');
    expect(rows).toHaveLength(3);
    const marcus = rows.find((row) => row.textContent?.includes('Marcus Bell'));
    expect(marcus).toBeDefined();
    expect(within(marcus!).getByText('Person')).toBeTruthy();
    expect(within(marcus!).getByText('Dormant')).toBeTruthy();
    expect(within(marcus!).getByRole('link', { name: 'Marcus Bell' }).getAttribute('href')).toBe('#/note/people/Marcus%20Bell.md');
    expect(rows.map((row) => row.querySelector('.plant-title')?.textContent)).toEqual(['Marcus Bell', 'Scaffolding', 'Sold a Story']);
    expect(within(rows[1]!).getByText('#vygotsky')).toBeTruthy();
  });

  it('filters by kind and by text', async () => {
    renderApp({ 'garden.snapshot': () => snapshot(plants) });
    await screen.findAllByTestId('plant-row');
    fireEvent.click(screen.getByRole('button', { name: /People/ }));
    expect(screen.getAllByTestId('plant-row').map((r) => r.dataset.kind)).toEqual(['person']);
    fireEvent.click(screen.getByRole('button', { name: /All/ }));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter plants' }), { target: { value: 'sold' } });
    await waitFor(() => expect(screen.getAllByTestId('plant-row')).toHaveLength(1));
    expect(screen.getByText('1 of 3 plants')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter plants' }), { target: { value: 'nothing like this' } });
    await screen.findByText('No plant matches this filter.');
  });

  it(`shows at most ${MAX_ROWS} rows and says so`, async () => {
    const many = Array.from({ length: MAX_ROWS + 20 }, (_, i) => plant(`notes/n${String(i).padStart(4, '0')}.md`));
    renderApp({ 'garden.snapshot': () => snapshot(many) });
    await waitFor(() => expect(screen.getAllByTestId('plant-row')).toHaveLength(MAX_ROWS));
    expect(screen.getByText(/showing the first 500/)).toBeTruthy();
  });
});
