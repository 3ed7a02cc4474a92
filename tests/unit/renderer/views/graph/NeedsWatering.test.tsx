// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../../../../renderer/src/api/client';
import { ClientProvider } from '../../../../../renderer/src/api/ClientContext';
import { GardenProvider } from '../../../../../renderer/src/app/GardenContext';
import type { GardenState } from '../../../../../renderer/src/app/useGardenState';
import { NeedsWatering, WATERING_PAGE } from '../../../../../renderer/src/views/graph/NeedsWatering';
import { fakeTransport } from '../../helpers/fake-transport';
import { gardenInfo, plant, snapshot } from '../../helpers/plants';
import { JORDAN, PRIYA } from '../people/fixtures';

afterEach(cleanup);

const source = plant('sources/Blending.md', { kind: 'source', title: 'Blending', health: { state: 'thirsty', reason: 'Saved 48 days ago and still to read.' } });

function renderPanel(plants = [PRIYA, JORDAN, source]) {
  const transport = fakeTransport({
    'person.suggest': ({ paths }) => Object.fromEntries(paths.map((p) => [p, p === PRIYA.path ? [{ path: 'notes/Decodable.md' as never, kind: 'note' as const, title: 'Decodable texts' }] : []])),
    'person.log': () => ({ status: 'saved', hash: 'h' }),
  });
  const garden: GardenState = { info: gardenInfo(), noGarden: false, snapshot: snapshot(plants), recent: [], progress: null, epoch: 1, opening: false, openGarden: async () => true };
  render(
    <ClientProvider client={createClient(transport)}>
      <GardenProvider value={garden}>
        <NeedsWatering plants={plants} onShow={() => undefined} />
      </GardenProvider>
    </ClientProvider>,
  );
  return transport;
}

describe('NeedsWatering', () => {
  it('gives each person a Water button and something to give; other plants get neither', async () => {
    const transport = renderPanel();
    const items = await screen.findAllByTestId('needs-watering-item');
    expect(items.map((i) => i.dataset.path)).toEqual(['people/Priya Raman.md', 'sources/Blending.md', 'people/Jordan Ellis.md']);
    const priya = items[0]!;
    expect((await within(priya).findByTestId('watering-gift')).textContent).toBe('Something to give: Decodable texts');
    expect(within(priya).getByRole('link', { name: 'Decodable texts' }).getAttribute('href')).toBe('#/note/notes/Decodable.md');
    expect(within(items[1]!).queryByRole('button', { name: /^Water/ })).toBeNull();
    expect(transport.calls.find((c) => c.name === 'person.suggest')?.input).toEqual({ paths: ['people/Priya Raman.md', 'people/Jordan Ellis.md'], limit: 1 });

    // The title button is the only one named after her (the map's panel finds her by it).
    expect(within(priya).getAllByRole('button').map((b) => b.textContent)).toEqual(['Priya Raman', 'Water']);
    fireEvent.click(within(priya).getByRole('button', { name: 'Water' }));
    const dialog = await screen.findByTestId('water-dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log interaction' }));
    await waitFor(() => expect(screen.getByTestId('watered-status').textContent).toMatch(/^Watered Priya Raman: message, you gave, \d{4}-\d{2}-\d{2}\.$/));
    expect(transport.calls.find((c) => c.name === 'person.log')?.input).toMatchObject({ path: 'people/Priya Raman.md', interaction: { kind: 'message', direction: 'gave' } });
  });

  it('lists the most urgent first and the rest a page at a time, so a large garden opens at once', async () => {
    // 130 orphaned notes: more than two pages.
    const many = Array.from({ length: 130 }, (_, i) => plant(`notes/N${String(i).padStart(3, '0')}.md`, { health: { state: 'orphan', vitality: 0.3, reason: 'No links.' } }));
    renderPanel([PRIYA, ...many]);
    let items = await screen.findAllByTestId('needs-watering-item');
    expect(items).toHaveLength(WATERING_PAGE);
    expect(items[0]!.dataset.path).toBe(PRIYA.path);
    const more = screen.getByTestId('watering-more');
    expect(more.textContent).toBe(`Show ${WATERING_PAGE} more of ${131 - WATERING_PAGE}`);
    fireEvent.click(more);
    fireEvent.click(screen.getByTestId('watering-more'));
    items = screen.getAllByTestId('needs-watering-item');
    expect(items).toHaveLength(131);
    expect(screen.queryByTestId('watering-more')).toBeNull();
  });
});
