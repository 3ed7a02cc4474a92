// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchHit } from '../../../../shared/api';
import { GardenError } from '../../../../shared/api';
import { appendFilter } from '../../../../renderer/src/search/filters';
import { gp, plant, snapshot } from '../helpers/plants';
import { renderApp } from '../helpers/render-app';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const hit: SearchHit = {
  path: gp('notes/Scaffolding.md'),
  kind: 'note',
  title: 'Scaffolding',
  score: 3,
  snippets: [{ text: 'The part of scaffolding that is easy to forget is fading support.', highlights: [[50, 56], [12, 23]] }],
};

const base = { 'garden.snapshot': () => snapshot([plant('notes/Scaffolding.md')]) };

describe('the search view', () => {
  it('searches for the query in the address and marks the matched words', async () => {
    const { transport } = renderApp({ ...base, 'search.query': () => [hit] }, '#/search?q=fading%20scaffolding');
    const result = await screen.findByTestId('search-result');
    expect((screen.getByTestId('search-input') as HTMLInputElement).value).toBe('fading scaffolding');
    expect(transport.calls.find((c) => c.name === 'search.query')?.input).toEqual({ query: 'fading scaffolding', limit: 50 });
    expect(within(result).getByRole('link', { name: 'Scaffolding' }).getAttribute('href')).toBe('#/note/notes/Scaffolding.md');
    expect(result.textContent).toContain('Note');
    expect(result.textContent).toContain('notes/Scaffolding.md');
    expect([...result.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['scaffolding', 'fading']);
    expect(result.querySelector('.snippet')?.textContent).toBe(hit.snippets[0]!.text);
    expect(screen.getByText(/1 result for “fading scaffolding”/)).toBeTruthy();
    await waitFor(() => expect(document.title).toContain('Search: fading scaffolding'));
  });

  it('puts what is typed into the address after a pause, without a history entry per key', async () => {
    const { transport } = renderApp({ ...base, 'search.query': () => [hit] }, '#/search');
    const input = await screen.findByTestId('search-input');
    expect(document.activeElement).toBe(input);
    const entries = window.history.length;
    vi.useFakeTimers();
    fireEvent.change(input, { target: { value: 'sca' } });
    fireEvent.change(input, { target: { value: 'scaffold' } });
    act(() => vi.advanceTimersByTime(300));
    vi.useRealTimers();
    expect(window.location.hash).toBe('#/search?q=scaffold');
    expect(window.history.length).toBe(entries);
    await screen.findByTestId('search-result');
    expect(transport.calls.filter((c) => c.name === 'search.query').map((c) => (c.input as { query: string }).query)).toEqual(['scaffold']);
  });

  it('searches at once on Enter', async () => {
    renderApp({ ...base, 'search.query': () => [hit] }, '#/search');
    const input = await screen.findByTestId('search-input');
    fireEvent.change(input, { target: { value: 'kind:note' } });
    fireEvent.submit(input.closest('form')!);
    expect(window.location.hash).toBe('#/search?q=kind%3Anote');
    await screen.findByTestId('search-result');
  });

  it('follows the address when it changes (a tag link, Back)', async () => {
    renderApp({ ...base, 'search.query': () => [hit] }, '#/search?q=one');
    const input = (await screen.findByTestId('search-input')) as HTMLInputElement;
    act(() => {
      window.location.hash = '#/search?q=tag%3Azpd';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(input.value).toBe('tag:zpd'));
  });

  it('explains the filters and adds one when chosen', async () => {
    renderApp({ ...base, 'search.query': () => [] }, '#/search?q=zpd');
    const help = await screen.findByTestId('search-help');
    for (const filter of ['tag:', 'kind:', 'path:']) expect(help.textContent).toContain(filter);
    fireEvent.click(within(help).getByRole('button', { name: 'kind:person' }));
    expect((screen.getByTestId('search-input') as HTMLInputElement).value).toBe('zpd kind:');
    expect(appendFilter('', 'tag:')).toBe('tag:');
    expect(appendFilter('a  ', 'tag:')).toBe('a tag:');
  });

  it('says when nothing matches, and shows a failure in words', async () => {
    renderApp({ ...base, 'search.query': () => [] }, '#/search?q=nothing');
    expect((await screen.findByText(/Nothing in the garden matches “nothing”/)).textContent).toBeTruthy();
    cleanup();
    renderApp(
      {
        ...base,
        'search.query': () => {
          throw new GardenError('internal', 'Search is not available in this version yet.');
        },
      },
      '#/search?q=x',
    );
    expect((await screen.findByTestId('search-error')).textContent).toContain('Search is not available in this version yet.');
  });

  it('walks the results with the arrow keys from the box', async () => {
    const other: SearchHit = { ...hit, path: gp('notes/Other.md'), title: 'Other' };
    renderApp({ ...base, 'search.query': () => [hit, other] }, '#/search?q=s');
    await screen.findAllByTestId('search-result');
    const input = screen.getByTestId('search-input');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('Scaffolding');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('Other');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(input);
  });

  it('opens from anywhere with Ctrl+Shift+F', async () => {
    renderApp(base, '#/plants');
    await screen.findAllByTestId('plant-row');
    fireEvent.keyDown(document.body, { key: 'F', code: 'KeyF', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(window.location.hash).toBe('#/search'));
    const searchInput = await screen.findByTestId('search-input');
    await waitFor(() => expect(document.activeElement).toBe(searchInput));
  });
});
