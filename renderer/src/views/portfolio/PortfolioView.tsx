/**
 * The export dialog of the portfolio (issue 6), as a view: what goes in (add and remove by
 * hand, tags), how each person appears, the citation style, and — before anything is
 * written — exactly what personal data will leave. Every change asks the core for a fresh
 * dry run (`portfolio.plan`); Export writes the site (`portfolio.export`) with progress.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { PortfolioPlan, PortfolioProgressEvent, PortfolioResult } from '../../../../shared/portfolio';
import { CITATION_STYLES, type CitationStyle } from '../../../../shared/portfolio';
import { useClient } from '../../api/ClientContext';
import { messageOf } from '../../api/client';
import { useGarden } from '../../app/GardenContext';
import { toRequest, type Choices } from './choices';
import { PortfolioPeople } from './PortfolioPeople';
import { AddPlant, SelectionList, TagChoice } from './PortfolioSelection';
import './portfolio.css';

const PHASES: Record<PortfolioProgressEvent['phase'], string> = {
  collecting: 'Reading notes', rendering: 'Rendering pages', writing: 'Writing files', printing: 'Printing the PDF', done: 'Done',
};

export function PortfolioView() {
  const client = useClient();
  const { snapshot } = useGarden();
  const [plan, setPlan] = useState<PortfolioPlan | null>(null);
  const [choices, setChoices] = useState<Choices | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [out, setOut] = useState('');
  const [pdf, setPdf] = useState(false);
  const [progress, setProgress] = useState<PortfolioProgressEvent | null>(null);
  const [exporting, setExporting] = useState(false);
  const [result, setResult] = useState<PortfolioResult | null>(null);
  const asked = useRef(0);
  const ids = { style: useId(), out: useId(), summary: useId() };

  const refresh = useCallback(async (next: Choices) => {
    const ticket = ++asked.current;
    try {
      const fresh = await client.call('portfolio.plan', { choices: toRequest(next) });
      if (ticket !== asked.current) return; // a newer change is on its way
      setPlan(fresh);
      setChoices(fresh.choices);
      setError(null);
    } catch (e) {
      if (ticket === asked.current) setError(messageOf(e));
    }
  }, [client]);

  useEffect(() => {
    // The first dry run, with the choices saved for this garden.
    const ticket = ++asked.current;
    client.call('portfolio.plan', {}).then(
      (fresh) => {
        if (ticket !== asked.current) return;
        setPlan(fresh);
        setChoices(fresh.choices);
      },
      (e: unknown) => ticket === asked.current && setError(messageOf(e)),
    );
  }, [client]);
  useEffect(() => client.on('portfolio.progress', setProgress), [client]);

  const change = (next: Choices) => {
    setChoices(next);
    setResult(null);
    void refresh(next);
  };

  const titles = useMemo(() => new Map((snapshot?.plants ?? []).map((p) => [p.path as string, { title: p.title, kind: p.kind }])), [snapshot]);
  const removedOf = (kind: string) => (choices?.exclude ?? []).filter((p) => titles.get(p)?.kind === kind).map((p) => ({ path: p, title: titles.get(p)?.title ?? p }));

  const runExport = async () => {
    if (!choices) return;
    setExporting(true);
    setError(null);
    setResult(null);
    try {
      setResult(await client.call('portfolio.export', { choices: toRequest(choices), ...(out.trim() ? { out: out.trim() } : {}), pdf }));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setExporting(false);
      setProgress(null);
    }
  };

  if (!plan || !choices) {
    return (
      <section className="view" data-testid="portfolio-view">
        <h1>Export a portfolio</h1>
        {error ? <p className="dialog-error" role="alert">{error}</p> : <p className="muted">Looking at what would go in…</p>}
      </section>
    );
  }

  return (
    <section className="view portfolio-view" data-testid="portfolio-view">
      <h1>Export a portfolio</h1>
      <p className="muted">
        A self-contained website (and a PDF) of your goals, the notes you chose and the sources behind them, to show a teacher, an
        employer or yourself. People appear privately unless you choose otherwise.
      </p>

      <h2>What goes in</h2>
      <TagChoice choices={choices} onChange={change} />
      <div className="portfolio-columns">
        <SelectionList title="Goals" items={plan.goals} removed={removedOf('goal')} choices={choices} onChange={change} empty="Active and done goals go in unless they say portfolio: false." />
        <SelectionList title="Notes" items={plan.notes} removed={removedOf('note')} choices={choices} onChange={change} empty="Notes with portfolio: true in their properties, or a tag chosen above, go in." />
        <SelectionList title="Sources" items={plan.sources} removed={removedOf('source')} choices={choices} onChange={change} empty="The sources your chosen notes and goals link to go in." />
      </div>
      <AddPlant choices={choices} onChange={change} />

      <h2>People</h2>
      <PortfolioPeople people={plan.people} choices={choices} onChange={change} />

      <h2>Bibliography</h2>
      <label htmlFor={ids.style}>Citation style</label>{' '}
      <select id={ids.style} value={choices.style} onChange={(e) => change({ ...choices, style: e.target.value as CitationStyle })}>
        {CITATION_STYLES.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
      </select>

      <section aria-labelledby={ids.summary} className="portfolio-summary" data-testid="portfolio-summary">
        <h2 id={ids.summary}>What will leave your computer</h2>
        <p>
          {plan.goals.length} goal{plan.goals.length === 1 ? '' : 's'}, {plan.notes.length} note{plan.notes.length === 1 ? '' : 's'} and{' '}
          {plan.sources.length} source{plan.sources.length === 1 ? '' : 's'}. About people:
        </p>
        {plan.personalData.length === 0 ? <p>No personal data: no person is shown.</p> : (
          <ul>{plan.personalData.map((line) => <li key={line}>{line}</li>)}</ul>
        )}
      </section>

      <h2>Write it</h2>
      <label htmlFor={ids.out}>Folder (empty or new; leave blank for the garden’s own exports folder)</label>
      <input id={ids.out} className="dialog-input" value={out} onChange={(e) => setOut(e.target.value)} placeholder={plan.defaultOut} spellCheck={false} autoComplete="off" data-testid="portfolio-folder" />
      <label className="portfolio-pdf">
        <input type="checkbox" checked={pdf && plan.pdf.available} disabled={!plan.pdf.available} onChange={(e) => setPdf(e.target.checked)} /> Also print a PDF
        {!plan.pdf.available && <span className="muted small"> — {plan.pdf.reason}</span>}
      </label>
      <p>
        <button type="button" className="button primary" onClick={() => void runExport()} disabled={exporting} data-testid="portfolio-export">
          {exporting ? 'Exporting…' : 'Export portfolio'}
        </button>
        {progress && exporting && <span className="muted" role="status"> {PHASES[progress.phase]} {progress.total > 1 ? `${progress.done} of ${progress.total}` : ''}</span>}
      </p>
      {error && <p className="dialog-error" role="alert">{error}</p>}
      {result && (
        <div className="portfolio-result" role="status" data-testid="portfolio-result">
          <p>
            Wrote {result.files.length} files to <code data-testid="portfolio-result-folder">{result.folder}</code>. Open{' '}
            <code>{result.index}</code> in a browser{result.pdf ? <>; the PDF is <code>{result.pdf}</code></> : null}.
          </p>
        </div>
      )}
    </section>
  );
}
