// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GardenError } from '../../../../shared/api';
import { orderSeeds } from '../../../../renderer/src/seeds/seed-order';
import { gp, plant, snapshot } from '../helpers/plants';
import { renderApp } from '../helpers/render-app';

afterEach(cleanup);

const withSeeds = () => ({
  ...snapshot([plant('notes/Scaffolding.md'), plant('notes/ZPD.md', { title: 'Zone of proximal development' })]),
  seeds: [
    { target: 'Morphology instruction', mentionedIn: [gp('notes/Scaffolding.md')] },
    { target: 'Dynamic assessment', mentionedIn: [gp('notes/Scaffolding.md'), gp('notes/ZPD.md')] },
  ],
});

describe('the seeds view', () => {
  it('lists seeds, most mentioned first, with the notes that mention them', async () => {
    renderApp({ 'garden.snapshot': withSeeds }, '#/seeds');
    const items = await screen.findAllByTestId('seed-item');
    expect(items.map((i) => i.dataset.target)).toEqual(['Dynamic assessment', 'Morphology instruction']);
    expect(within(items[0]!).getByRole('link', { name: 'Zone of proximal development' }).getAttribute('href')).toBe('#/note/notes/ZPD.md');
    expect(within(items[0]!).getByRole('link', { name: 'Dynamic assessment' }).getAttribute('href')).toBe('#/seed/Dynamic%20assessment');
  });

  it('plants a seed: creates the note titled as the link and opens it', async () => {
    const { transport } = renderApp({ 'garden.snapshot': withSeeds, 'note.create': ({ title }) => ({ path: gp(`${title}.md`) }) }, '#/seeds');
    const [item] = await screen.findAllByTestId('seed-item');
    fireEvent.click(within(item!).getByRole('button', { name: 'Plant “Dynamic assessment”' }));
    await waitFor(() => expect(window.location.hash).toBe('#/note/Dynamic%20assessment.md'));
    expect(transport.calls.find((c) => c.name === 'note.create')?.input).toEqual({ title: 'Dynamic assessment' });
  });

  it('shows why planting failed', async () => {
    renderApp(
      {
        'garden.snapshot': withSeeds,
        'note.create': () => {
          throw new GardenError('exists', '"Dynamic assessment.md" already exists.');
        },
      },
      '#/seeds',
    );
    const [item] = await screen.findAllByTestId('seed-item');
    fireEvent.click(within(item!).getByRole('button', { name: /Plant/ }));
    expect((await within(item!).findByRole('alert')).textContent).toBe('"Dynamic assessment.md" already exists.');
  });

  it('counts the seeds in the sidebar and says when there are none', async () => {
    renderApp({ 'garden.snapshot': withSeeds }, '#/seeds');
    const nav = await screen.findByRole('navigation', { name: 'Find' });
    await waitFor(() => expect(within(nav).getByRole('link', { name: /Seeds/ }).textContent).toBe('Seeds2'));
    cleanup();
    renderApp({}, '#/seeds');
    expect(await screen.findByText(/No seeds/)).toBeTruthy();
  });

  it('orders ties by name', () => {
    expect(orderSeeds([{ target: 'b', mentionedIn: [] }, { target: 'A', mentionedIn: [] }]).map((s) => s.target)).toEqual(['A', 'b']);
  });
});
