// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GardenError } from '../../../../../shared/api';
import { plant, snapshot } from '../../helpers/plants';
import { renderApp } from '../../helpers/render-app';

afterEach(cleanup);

const plants = [
  plant('sources/Sold a Story.md', {
    kind: 'source', title: 'Sold a Story',
    source: { title: 'Sold a Story', url: 'https://features.apmreports.org/sold-a-story/', kind: 'podcast', platform: 'podcast', sharedBy: null, status: 'to-read', added: null },
  }),
  plant('sources/Evil.md', {
    kind: 'source', title: 'Evil',
    source: { title: 'Evil', url: 'javascript:alert(1)', kind: 'article', platform: null, sharedBy: null, status: 'read', added: null },
  }),
];

describe('SourcesView', () => {
  it('shows what an address is as it is pasted, refuses what is not http(s), and adds the rest through source.add', async () => {
    const { transport } = renderApp(
      {
        'garden.snapshot': () => snapshot(plants),
        'source.add': (input) => {
          if (input.url.includes('taken')) throw new GardenError('exists', 'This address is already in the garden as "X" (sources/X.md).');
          return { path: 'sources/Blending.md' as never, title: input.title ?? 'Guess', kind: 'video', platform: 'youtube', fetching: false };
        },
      },
      '#/sources',
    );
    const form = await screen.findByTestId('add-source');
    const address = within(form).getByLabelText('Address');
    fireEvent.change(address, { target: { value: 'javascript:alert(1)' } });
    expect(within(form).getByTestId('source-guess').textContent).toContain('runs code');
    expect((within(form).getByRole('button', { name: 'Add source' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(address, { target: { value: 'youtube.com/watch?v=abc123' } });
    expect(within(form).getByTestId('source-guess').textContent).toBe('A video on YouTube — “YouTube video abc123”');
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Blending demo' } });
    fireEvent.change(within(form).getByLabelText('Tags'), { target: { value: '#phonics, blending' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add source' }));
    expect((await within(form).findByTestId('source-added')).textContent).toContain('Added Blending demo to the reading list.');
    expect(transport.calls.find((c) => c.name === 'source.add')?.input).toEqual({ url: 'youtube.com/watch?v=abc123', title: 'Blending demo', tags: ['phonics', 'blending'] });
    expect((address as HTMLInputElement).value).toBe('');

    fireEvent.change(address, { target: { value: 'https://example.org/taken' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add source' }));
    expect((await within(form).findByRole('alert')).textContent).toContain('already in the garden');
    expect((address as HTMLInputElement).value).toBe('https://example.org/taken');
  });

  it('moves a source along the reading list, and only an http(s) address becomes a link out', async () => {
    const { transport } = renderApp({ 'garden.snapshot': () => snapshot(plants), 'source.status': () => ({ status: 'saved', hash: 'h' }) }, '#/sources');
    const rows = await screen.findAllByTestId('source-row');
    const sold = rows.find((r) => r.dataset.path === 'sources/Sold a Story.md')!;
    expect(within(sold).getByRole('link', { name: 'Open on features.apmreports.org' }).getAttribute('href')).toBe('https://features.apmreports.org/sold-a-story/');
    const evil = rows.find((r) => r.dataset.path === 'sources/Evil.md')!;
    expect(within(evil).queryByRole('link', { name: /^Open on/ })).toBeNull();
    fireEvent.change(within(sold).getByLabelText('Status of Sold a Story'), { target: { value: 'reading' } });
    await waitFor(() => expect(transport.calls.find((c) => c.name === 'source.status')?.input).toEqual({ path: 'sources/Sold a Story.md', status: 'reading' }));
  });

  it('groups by status, and by what the person picks', async () => {
    renderApp({ 'garden.snapshot': () => snapshot(plants) }, '#/sources');
    await screen.findAllByTestId('source-row');
    expect(screen.getAllByTestId('source-group').map((g) => g.getAttribute('aria-label'))).toEqual(['To read', 'Read']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Group by' }), { target: { value: 'kind' } });
    await waitFor(() => expect(screen.getAllByTestId('source-group').map((g) => g.getAttribute('aria-label'))).toEqual(['article', 'podcast']));
  });
});
