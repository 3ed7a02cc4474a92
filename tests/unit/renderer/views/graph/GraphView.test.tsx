// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { plant, snapshot } from '../../helpers/plants';
import { renderApp } from '../../helpers/render-app';

afterEach(cleanup);

describe('GraphView', () => {
  it('shows the map with what needs watering beside it, most urgent first, with reasons', async () => {
    renderApp(
      {
        'garden.snapshot': () =>
          snapshot([
            plant('people/Sam.md', { kind: 'person', health: { state: 'thirsty', vitality: 0.4, reason: 'Last contact 22 days ago.' } }),
            plant('notes/Fine.md'),
            plant('people/Marcus.md', { kind: 'person', health: { state: 'dormant', vitality: 0.02, reason: 'Last contact 128 days ago.' } }),
            plant('people/Jordan.md', { kind: 'person', health: { state: 'healthy', vitality: 0.6, reciprocity: 'only-taking', reason: 'You only take.' } }),
          ]),
      },
      '#/graph',
    );
    const items = await screen.findAllByTestId('needs-watering-item');
    expect(screen.getByRole('heading', { name: 'Garden map' })).toBeTruthy();
    expect(items.map((i) => i.querySelector('.plant-title')?.textContent)).toEqual(['Marcus', 'Sam', 'Jordan']);
    expect(items[0]?.textContent).toContain('Dormant');
    expect(items[0]?.textContent).toContain('Last contact 128 days ago.');
    expect(items[2]?.textContent).toContain('Only taking');
  });

  it('says so when nothing needs watering', async () => {
    renderApp({ 'garden.snapshot': () => snapshot([plant('notes/Fine.md')]) }, '#/graph');
    expect(await screen.findByText(/Nothing needs watering right now/)).toBeTruthy();
  });
});
