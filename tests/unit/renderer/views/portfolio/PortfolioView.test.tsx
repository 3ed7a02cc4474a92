// @vitest-environment jsdom
/** The export dialog: shows the selection and the privacy summary before writing, sends each change as a dry run, then exports. */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PortfolioChoices, PortfolioPlan } from '../../../../../shared/portfolio';
import { gp, plant, snapshot } from '../../helpers/plants';
import { renderApp } from '../../helpers/render-app';

afterEach(cleanup);

/** A fake core: the plan follows the choices like the real one (exclude removes, levels change the label). */
function planFor(choices: PortfolioChoices = {}): PortfolioPlan {
  const exclude = choices.exclude ?? [];
  const level = choices.people?.['people/Rosa Delgado.md'] ?? 'role';
  const shownAs = level === 'role' ? 'a practicum mentor teacher' : level === 'first-name' ? 'Rosa' : 'Rosa Delgado';
  return {
    choices: { include: choices.include ?? [], exclude, includeTags: choices.includeTags ?? [], style: choices.style ?? 'apa', ...(choices.people ? { people: choices.people } : {}) },
    goals: [{ path: gp('goals/ZPD.md'), kind: 'goal', title: 'ZPD research paper', why: 'active goal' }],
    notes: [{ path: gp('notes/Scaffolding.md'), kind: 'note' as const, title: 'Scaffolding', why: 'marked portfolio: true' }].filter((n) => !exclude.includes(n.path)),
    sources: [],
    people: [{ path: gp('people/Rosa Delgado.md'), name: 'Rosa Delgado', level, shownAs, role: 'a practicum mentor teacher', platforms: [], availablePlatforms: [], replacements: 2, behind: ['Scaffolding'] }],
    personalData: [`Rosa Delgado: shown as “${shownAs}”.`],
    defaultOut: '/g/.garden/exports/2026-11-25',
    pdf: { available: false, reason: 'No Chromium was found.' },
  };
}

const base = {
  'garden.snapshot': () => snapshot([plant('notes/Scaffolding.md'), plant('goals/ZPD.md', { kind: 'goal', title: 'ZPD research paper' })]),
  'portfolio.plan': ({ choices }: { choices?: PortfolioChoices }) => planFor(choices),
};

describe('the portfolio export view', () => {
  it('shows what goes in and exactly what personal data leaves, before anything is written', async () => {
    const { transport } = renderApp(base, '#/portfolio');
    const summary = await screen.findByTestId('portfolio-summary');
    expect(summary.textContent).toContain('1 goal, 1 note and 0 sources');
    expect(summary.textContent).toContain('Rosa Delgado: shown as “a practicum mentor teacher”.');
    expect(screen.getByLabelText('Scaffolding')).toBeTruthy();
    expect(transport.calls.some((c) => c.name === 'portfolio.export')).toBe(false);
  });

  it('removing a note sends it as excluded and lets it be put back', async () => {
    const { transport } = renderApp(base, '#/portfolio');
    fireEvent.click(await screen.findByLabelText('Scaffolding'));
    await waitFor(() => expect(screen.getByText('— removed by you')).toBeTruthy());
    const last = transport.calls.filter((c) => c.name === 'portfolio.plan').at(-1)?.input as { choices: PortfolioChoices };
    expect(last.choices.exclude).toEqual(['notes/Scaffolding.md']);
    fireEvent.click(screen.getByLabelText('Scaffolding'));
    await waitFor(() => expect(screen.queryByText('— removed by you')).toBeNull());
  });

  it('changing how a person appears updates the summary', async () => {
    renderApp(base, '#/portfolio');
    const select = await screen.findByLabelText('How Rosa Delgado appears');
    fireEvent.change(select, { target: { value: 'first-name' } });
    await waitFor(() => expect(screen.getByTestId('portfolio-summary').textContent).toContain('shown as “Rosa”'));
  });

  it('exports with the choices shown, and says where it wrote', async () => {
    const { transport } = renderApp({
      ...base,
      'portfolio.export': ({ choices }) => ({ folder: '/g/.garden/exports/2026-11-25', files: ['index.html', 'notes/scaffolding.html'], index: '/g/.garden/exports/2026-11-25/index.html', pdf: null, personalData: planFor(choices).personalData }),
    }, '#/portfolio');
    await screen.findByTestId('portfolio-summary');
    expect((screen.getByRole('checkbox', { name: /Also print a PDF/ }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('portfolio-export'));
    const result = await screen.findByTestId('portfolio-result');
    expect(within(result).getByTestId('portfolio-result-folder').textContent).toBe('/g/.garden/exports/2026-11-25');
    const call = transport.calls.find((c) => c.name === 'portfolio.export')?.input as { choices: PortfolioChoices; pdf: boolean };
    expect(call.choices.style).toBe('apa');
    expect(call.pdf).toBe(false);
  });
});
