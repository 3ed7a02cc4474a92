// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GardenError } from '../../../../shared/api';
import { localIsoDate } from '../../../../shared/dates';
import { DAY_CHECK_MS } from '../../../../renderer/src/app/useGardenState';
import { change, gardenInfo, plant, snapshot } from '../helpers/plants';
import { renderApp } from '../helpers/render-app';

afterEach(cleanup);

describe('App shell', () => {
  it('shows the garden name and the views in the sidebar', async () => {
    renderApp({ 'garden.info': () => gardenInfo({ name: 'My Garden' }), 'garden.snapshot': () => snapshot([plant('notes/a.md')]) });
    expect((await screen.findByTestId('garden-name')).textContent).toBe('My Garden');
    const nav = screen.getByRole('navigation', { name: 'Views' });
    for (const [name, href] of [['All plants', '#/plants'], ['Garden map', '#/graph'], ['People', '#/people'], ['Sources', '#/sources'], ['Goals', '#/goals']]) {
      expect(within(nav).getByRole('link', { name: new RegExp(name!) }).getAttribute('href')).toBe(href);
    }
    await waitFor(() => expect(document.title).toBe('All plants — My Garden — PLN Garden'));
  });

  it('shows a progress bar while indexing and hides it when ready', async () => {
    const { transport } = renderApp();
    await screen.findByTestId('garden-name');
    expect(screen.queryByTestId('index-progress')).toBeNull();
    act(() => transport.emit('index.progress', { phase: 'reading', done: 25, total: 100 }));
    const bar = screen.getByTestId('index-progress');
    expect(bar.textContent).toContain('Reading notes… 25 of 100');
    expect(within(bar).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('25');
    act(() => transport.emit('index.progress', { phase: 'ready', done: 100, total: 100 }));
    expect(screen.queryByTestId('index-progress')).toBeNull();
  });

  it('shows a failed open as a readable, dismissible error banner', async () => {
    renderApp({
      'garden.open': () => {
        throw new GardenError('not-found', 'There is no folder at /nope.');
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: /Test Garden/ }));
    fireEvent.change(screen.getByLabelText(/Open folder/), { target: { value: '/nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open folder' }));
    const banner = await screen.findByTestId('error-banner');
    expect(banner.textContent).toContain('There is no folder at /nope.');
    fireEvent.click(within(banner).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('error-banner')).toBeNull();
  });

  it('opens a typed folder and a recent garden through garden.open', async () => {
    const { transport } = renderApp({
      'garden.recent': () => [{ root: '/gardens/old', name: 'Old Garden', openedAt: '2026-11-01T00:00:00Z' }],
      'garden.open': ({ root }) => gardenInfo({ root, name: root.split('/').pop() ?? root }),
    });
    fireEvent.click(await screen.findByRole('button', { name: /Test Garden/ }));
    fireEvent.click(await screen.findByRole('button', { name: /Old Garden/ }));
    await waitFor(() => expect(screen.getByTestId('garden-name').textContent).toBe('old'));
    fireEvent.click(screen.getByRole('button', { name: /old/ }));
    fireEvent.change(screen.getByLabelText(/Open folder/), { target: { value: '  /gardens/new  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open folder' }));
    await waitFor(() => expect(screen.getByTestId('garden-name').textContent).toBe('new'));
    expect(transport.calls.filter((c) => c.name === 'garden.open').map((c) => c.input)).toEqual([{ root: '/gardens/old' }, { root: '/gardens/new' }]);
  });

  it('past midnight the health is asked for again, once: it was as of the day before', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    try {
      vi.setSystemTime(new Date(2026, 10, 25, 23, 59, 30)); // local time, as the user's calendar
      const { transport } = renderApp({ 'garden.snapshot': () => ({ ...snapshot([]), today: localIsoDate(new Date()) }) });
      const snapshots = () => transport.calls.filter((c) => c.name === 'garden.snapshot').length;
      expect(await screen.findByText(/Health as of 2026-11-25/)).toBeTruthy();
      // The text can be seen before React has run the effect that starts the day check (a
      // loaded machine showed it): let effects run before the clock moves.
      await act(async () => undefined);
      expect(snapshots()).toBe(1);
      // The same day: nothing asked.
      act(() => vi.advanceTimersByTime(DAY_CHECK_MS / 2));
      expect(snapshots()).toBe(1);
      vi.setSystemTime(new Date(2026, 10, 26, 0, 0, 30));
      act(() => vi.advanceTimersByTime(DAY_CHECK_MS));
      expect(await screen.findByText(/Health as of 2026-11-26/)).toBeTruthy();
      act(() => vi.advanceTimersByTime(DAY_CHECK_MS * 5));
      expect(snapshots()).toBe(2);
      // Woken the next morning: the window's focus is enough, without waiting for the timer.
      vi.setSystemTime(new Date(2026, 10, 27, 8, 0, 0));
      act(() => {
        window.dispatchEvent(new Event('focus'));
      });
      expect(await screen.findByText(/Health as of 2026-11-27/)).toBeTruthy();
      expect(snapshots()).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows garden warnings', async () => {
    renderApp({ 'garden.info': () => gardenInfo({ warnings: ['The app state was corrupt and was moved aside.'] }) });
    expect((await screen.findByTestId('warning-banner')).textContent).toContain('moved aside');
  });

  it('with no garden open, says so and offers the switcher', async () => {
    renderApp({
      'garden.info': () => {
        throw new GardenError('no-garden', 'No garden is open. Open a folder or the sample garden.');
      },
      'garden.snapshot': () => {
        throw new GardenError('no-garden', 'No garden is open.');
      },
    });
    expect((await screen.findByTestId('garden-name')).textContent).toBe('No garden open');
    expect(screen.getByText('No garden is open')).toBeTruthy();
    expect(screen.getByLabelText(/Open folder/)).toBeTruthy();
    expect(screen.queryByTestId('error-banner')).toBeNull();
  });

  it('merges garden changes into the lists without fetching a new snapshot', async () => {
    const { transport } = renderApp({ 'garden.snapshot': () => snapshot([plant('notes/a.md'), plant('notes/gone.md')]) });
    await waitFor(() => expect(screen.getAllByTestId('plant-row')).toHaveLength(2));
    const fetched = transport.calls.filter((c) => c.name === 'garden.snapshot').length;
    act(() =>
      transport.emit(
        'garden.changed',
        change({
          changed: [plant('notes/b.md').path, plant('notes/a.md').path],
          removed: [plant('notes/gone.md').path],
          plants: [plant('notes/b.md'), plant('notes/a.md', { health: { state: 'orphan' } })],
        }),
      ),
    );
    await waitFor(() => expect(screen.getAllByTestId('plant-row').map((r) => `${r.querySelector('.plant-title')?.textContent}:${r.dataset.health}`)).toEqual(['a:orphan', 'b:healthy']));
    expect(transport.calls.filter((c) => c.name === 'garden.snapshot').length).toBe(fetched);
  });

  it('routes to a not-found page for an unknown address', async () => {
    renderApp({}, '#/elsewhere');
    expect(await screen.findByText('Nothing here')).toBeTruthy();
  });
});

describe('People, Sources, Goals and Platforms', () => {
  const plants = [
    plant('people/Maya.md', {
      kind: 'person',
      person: { name: 'Maya', circle: 'professional', cadence: 30, platforms: [{ platform: 'linkedin' }], emails: [], interactions: [] },
      health: { state: 'thirsty', daysSince: 45, cadence: 30, reason: 'Last contact 45 days ago; you meant to water every 30 days.' },
    }),
    plant('sources/Sold a Story.md', {
      kind: 'source',
      source: { title: 'Sold a Story', url: null, kind: 'podcast', platform: 'podcast', sharedBy: null, status: 'to-read', added: null },
    }),
    plant('goals/ZPD paper.md', { kind: 'goal', goal: { horizon: 'academic', due: '2027-04-01' as never, status: 'active' }, health: { state: 'wilting' } }),
  ];

  it.each([
    ['#/people', 'person-row', ['Maya', 'Professional', 'LinkedIn', '15 days', 'Thirsty']],
    ['#/sources', 'source-row', ['Sold a Story', 'podcast', 'Podcasts', 'To read', 'Healthy']],
    ['#/goals', 'goal-card', ['ZPD paper', 'Active', 'Due 2027-04-01, in 127 days', 'Wilting']],
    ['#/platforms', 'platform-card', ['LinkedIn', '1 person', '0 sources']],
  ])('%s shows each plant with what matters about it', async (hash, testId, texts) => {
    renderApp({ 'garden.snapshot': () => snapshot(plants) }, hash);
    const items = await screen.findAllByTestId(testId);
    expect(items.length).toBeGreaterThan(0);
    for (const text of texts) expect(items[0]!.textContent).toContain(text);
  });
});
