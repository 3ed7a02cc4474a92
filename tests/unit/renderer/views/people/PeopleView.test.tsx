// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GardenError } from '../../../../../shared/api';
import { clearToasts } from '../../../../../renderer/src/views/notes/toasts';
import { change, snapshot } from '../../helpers/plants';
import { renderApp } from '../../helpers/render-app';
import { MAX_PEOPLE_SHOWN } from '../../../../../renderer/src/views/people/PeopleView';
import { person, PEOPLE, PRIYA } from './fixtures';

beforeEach(() => window.localStorage.clear());
afterEach(() => {
  cleanup();
  clearToasts();
});

const rowNames = () => screen.getAllByTestId('person-row').map((r) => within(r).getByRole('link').textContent);

describe('PeopleView', () => {
  it('shows every column, most overdue first, and sorts by a column header (again: reversed)', async () => {
    renderApp({ 'garden.snapshot': () => snapshot(PEOPLE) }, '#/people');
    await screen.findAllByTestId('person-row');
    expect(rowNames()).toEqual(['Ana New', 'Priya Raman', 'Jordan Ellis', 'Tess Nakamura']);
    const priya = screen.getAllByTestId('person-row')[1]!;
    for (const text of ['Both', 'Reddit, X', '#phonics', '2026-10-16', '40 days ago', '26 days', 'Wilting', '+0.20', '3 given · 2 got']) {
      expect(within(priya).getByText(text, { exact: false })).toBeTruthy();
    }
    fireEvent.click(screen.getByRole('button', { name: /^Name/ }));
    expect(rowNames()).toEqual(['Ana New', 'Jordan Ellis', 'Priya Raman', 'Tess Nakamura']);
    expect(screen.getByRole('columnheader', { name: /^Name/ }).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: /^Name/ }));
    expect(rowNames()).toEqual(['Tess Nakamura', 'Priya Raman', 'Jordan Ellis', 'Ana New']);
  });

  it('"Losing touch" keeps only those past their cadence; filters combine and clear', async () => {
    renderApp({ 'garden.snapshot': () => snapshot(PEOPLE) }, '#/people');
    await screen.findAllByTestId('person-row');
    fireEvent.click(screen.getByRole('button', { name: /^Losing touch/ }));
    await waitFor(() => expect(rowNames()).toEqual(['Ana New', 'Priya Raman']));
    fireEvent.change(screen.getByRole('combobox', { name: 'Circle' }), { target: { value: 'both' } });
    await waitFor(() => expect(rowNames()).toEqual(['Priya Raman']));
    fireEvent.change(screen.getByRole('combobox', { name: 'Give and take' }), { target: { value: 'only-giving' } });
    await screen.findByText(/No one matches these filters/);
    fireEvent.click(screen.getByRole('button', { name: 'Clear the filters' }));
    await waitFor(() => expect(rowNames()).toHaveLength(4));
  });

  it('shows cards instead, and remembers the choice', async () => {
    const first = renderApp({ 'garden.snapshot': () => snapshot(PEOPLE) }, '#/people');
    await screen.findAllByTestId('person-row');
    fireEvent.click(screen.getByRole('button', { name: 'Cards' }));
    expect(screen.getAllByTestId('person-card')).toHaveLength(4);
    first.unmount();
    renderApp({ 'garden.snapshot': () => snapshot(PEOPLE) }, '#/people');
    expect(await screen.findAllByTestId('person-card')).toHaveLength(4);
    expect(screen.queryByTestId('person-row')).toBeNull();
  });

  it('waters a person: person.log gets the form, the dialog closes, and the new health arrives as a change', async () => {
    const { transport } = renderApp(
      {
        'garden.snapshot': () => snapshot(PEOPLE),
        'person.suggest': ({ paths }) => Object.fromEntries(paths.map((p) => [p, p === PRIYA.path ? [{ path: 'sources/Decodable.md' as never, kind: 'source' as const, title: 'Decodable texts' }] : []])),
        'person.log': () => ({ status: 'saved', hash: 'h2' }),
      },
      '#/people',
    );
    await screen.findAllByTestId('person-row');
    fireEvent.click(screen.getByRole('button', { name: 'Water Priya Raman' }));
    const dialog = await screen.findByTestId('water-dialog');
    await within(dialog).findByText('Decodable texts');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log as given' }));
    fireEvent.change(within(dialog).getByLabelText('What happened'), { target: { value: 'Sent it' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log interaction' }));
    await waitFor(() => expect(screen.queryByTestId('water-dialog')).toBeNull());
    const call = transport.calls.find((c) => c.name === 'person.log');
    expect(call?.input).toEqual({
      path: 'people/Priya Raman.md',
      interaction: { date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), kind: 'shared-resource', direction: 'gave', note: 'Sent it', about: 'Decodable texts' },
    });
    expect((await screen.findByTestId('toast')).textContent).toMatch(/Watered Priya Raman: shared a resource, you gave/);
    transport.emit('garden.changed', change({ changed: [PRIYA.path], plants: [{ ...PRIYA, health: { ...PRIYA.health, state: 'thriving', daysSince: 0 } }] }));
    await waitFor(() => expect(screen.getAllByTestId('person-row').find((r) => r.dataset.path === PRIYA.path)?.dataset.health).toBe('thriving'));
  });

  it('keeps the form and says why when the core refuses, or when the file changed meanwhile', async () => {
    let answer: 'refuse' | 'conflict' = 'refuse';
    renderApp(
      {
        'garden.snapshot': () => snapshot(PEOPLE),
        'person.log': () => {
          if (answer === 'refuse') throw new GardenError('read-only', '"people/Priya Raman.md" is read-only because it could not be read cleanly.');
          return { status: 'conflict', diskText: '', diskHash: 'x' };
        },
      },
      '#/people',
    );
    await screen.findAllByTestId('person-row');
    fireEvent.click(screen.getByRole('button', { name: 'Water Priya Raman' }));
    const dialog = await screen.findByTestId('water-dialog');
    fireEvent.change(within(dialog).getByLabelText('What happened'), { target: { value: 'Keep me' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log interaction' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('is read-only');
    expect((within(dialog).getByLabelText('What happened') as HTMLInputElement).value).toBe('Keep me');
    answer = 'conflict';
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log interaction' }));
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toContain('changed before this could be written'));
    // A day that has not come yet is refused before asking the core.
    fireEvent.change(within(dialog).getByLabelText('Date'), { target: { value: '2999-01-01' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log interaction' }));
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toContain('has not come yet'));
  });

  it('edits the default cadence per circle through settings', async () => {
    const { transport } = renderApp(
      {
        'garden.snapshot': () => snapshot(PEOPLE),
        'settings.get': () => ({ cadenceByCircle: { professional: 30, personal: 14, both: 21 }, defaults: { cadenceByCircle: { professional: 30, personal: 14, both: 21 } }, writable: true }),
        'settings.save': ({ cadenceByCircle }) => ({ cadenceByCircle, defaults: { cadenceByCircle: { professional: 30, personal: 14, both: 21 } }, writable: true }),
      },
      '#/people',
    );
    await screen.findAllByTestId('person-row');
    fireEvent.click(screen.getByRole('button', { name: 'Cadence defaults…' }));
    const dialog = await screen.findByTestId('cadence-dialog');
    const personal = await within(dialog).findByLabelText('Personal');
    fireEvent.change(personal, { target: { value: '0' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('Personal: give a whole number of days');
    fireEvent.change(personal, { target: { value: '45' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByTestId('cadence-dialog')).toBeNull());
    expect(transport.calls.find((c) => c.name === 'settings.save')?.input).toEqual({ cadenceByCircle: { professional: 30, personal: 45, both: 21 } });
  });

  it(`shows at most ${MAX_PEOPLE_SHOWN} people and says so`, async () => {
    const many = Array.from({ length: MAX_PEOPLE_SHOWN + 5 }, (_, n) => person(`P${String(n).padStart(3, '0')}`, {}, { state: 'healthy', daysSince: 1, cadence: 30 }));
    renderApp({ 'garden.snapshot': () => snapshot(many) }, '#/people');
    await waitFor(() => expect(screen.getAllByTestId('person-row')).toHaveLength(MAX_PEOPLE_SHOWN));
    expect(screen.getByText(/showing the first 400; filter to narrow the list/)).toBeTruthy();
  });
});
