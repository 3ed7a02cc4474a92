/**
 * Import people or sources from another tool. Choose a file; the core's dry run
 * (`import.plan`) lists what would be created, merged or skipped and why, and the records
 * it could not read with their line numbers; nothing is written until Apply
 * (`import.apply`), which plans again against the garden as it is and never overwrites.
 */
import { useId, useState } from 'react';
import type { ImportPlan } from '../../../shared/api';
import { messageOf } from '../api/client';
import { useClient } from '../api/ClientContext';
import { Modal } from '../palette/Modal';
import { noteHref } from '../router/routes';

const ACCEPT = '.vcf,.vcard,.csv,.html,.htm,.opml,.xml,.bib,.json';
/** The contract's limit; checked before reading so a huge file is refused at once. */
const MAX_BYTES = 20_000_000;

const FORMAT_NAMES: Record<string, string> = {
  vcard: 'vCard contacts',
  'linkedin-csv': 'LinkedIn connections',
  'bookmarks-html': 'browser bookmarks',
  opml: 'OPML feeds and podcasts',
  bibtex: 'BibTeX references',
  'csl-json': 'CSL-JSON references',
};

const ACTION_LABELS = { create: 'Create', merge: 'Merge', skip: 'Skip' } as const;

type Stage =
  | { name: 'choose' }
  | { name: 'reading'; fileName: string }
  | { name: 'planned'; fileName: string; content: string; plan: ImportPlan }
  | { name: 'applying'; fileName: string; plan: ImportPlan }
  | { name: 'done'; fileName: string; plan: ImportPlan };

function counts(plan: ImportPlan): Record<'create' | 'merge' | 'skip', number> {
  const out = { create: 0, merge: 0, skip: 0 };
  for (const item of plan.items) out[item.action] += 1;
  return out;
}

function PlanList({ plan, done }: { plan: ImportPlan; done: boolean }) {
  const c = counts(plan);
  return (
    <div className="import-plan" data-testid="import-plan">
      <p className="import-summary" data-testid="import-summary">
        {FORMAT_NAMES[plan.format] ?? plan.format}: {done ? 'created' : 'would create'} <strong>{c.create}</strong>, {done ? 'merged' : 'merge'}{' '}
        <strong>{c.merge}</strong>, {done ? 'skipped' : 'skip'} <strong>{c.skip}</strong>
        {plan.problems.length > 0 && (
          <>
            ; <strong>{plan.problems.length}</strong> {plan.problems.length === 1 ? 'record' : 'records'} could not be read
          </>
        )}
        .
      </p>
      {plan.problems.length > 0 && (
        <ul className="import-problems" aria-label="Records that could not be read">
          {plan.problems.map((problem, i) => (
            <li key={i} data-testid="import-problem">
              <span className="import-line">{problem.line > 0 ? `Line ${problem.line}` : 'File'}</span> {problem.message}
            </li>
          ))}
        </ul>
      )}
      <ul className="import-items" aria-label={done ? 'What was done' : 'What would be done'}>
        {plan.items.map((item, i) => (
          <li key={i} className="import-item" data-testid="import-item" data-action={item.action}>
            <span className={`badge import-${item.action}`}>{ACTION_LABELS[item.action]}</span>
            <span className="import-title">
              {done && item.action !== 'skip' && item.path ? <a href={noteHref(item.path)}>{item.title}</a> : item.title}
              <span className="muted small"> {item.kind === 'person' ? 'person' : 'source'}{item.path ? ` · ${item.path}` : ''}</span>
            </span>
            <span className="import-reason muted small">{item.reason}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ImportDialog({ onClose }: { onClose(): void }) {
  const client = useClient();
  const inputId = useId();
  const [stage, setStage] = useState<Stage>({ name: 'choose' });
  const [error, setError] = useState<string | null>(null);

  async function choose(file: File | undefined) {
    if (!file) return;
    setError(null);
    if (file.size > MAX_BYTES) {
      setError(`${file.name} is ${(file.size / 1_000_000).toFixed(0)} MB; import files are limited to 20 MB.`);
      return;
    }
    setStage({ name: 'reading', fileName: file.name });
    try {
      const content = await file.text();
      const plan = await client.call('import.plan', { fileName: file.name, content });
      setStage({ name: 'planned', fileName: file.name, content, plan });
    } catch (caught) {
      setError(messageOf(caught));
      setStage({ name: 'choose' });
    }
  }

  async function apply() {
    if (stage.name !== 'planned') return;
    setStage({ name: 'applying', fileName: stage.fileName, plan: stage.plan });
    try {
      const done = await client.call('import.apply', { fileName: stage.fileName, content: stage.content });
      setStage({ name: 'done', fileName: stage.fileName, plan: done });
    } catch (caught) {
      setError(messageOf(caught));
      setStage(stage);
    }
  }

  const plan = stage.name === 'planned' || stage.name === 'applying' || stage.name === 'done' ? stage.plan : null;
  const fileName = stage.name === 'choose' ? '' : stage.fileName;
  const c = plan ? counts(plan) : null;
  return (
    <Modal label="Import people or sources" onClose={onClose} testId="import-dialog" className="import-dialog">
      <div className="dialog-body">
        <h2 className="dialog-title">Import people or sources</h2>
        <p className="muted small">
          People from vCard (.vcf) or LinkedIn Connections.csv; sources from browser bookmarks (.html), OPML (.opml), BibTeX (.bib) or CSL-JSON (.json).
          First a dry run shows what would happen; nothing is written until you apply it, and existing files are only added to, never overwritten.
        </p>
        <div className="import-choose">
          <label htmlFor={inputId} className="field-label">
            {stage.name === 'choose' ? 'File to import' : 'Another file'}
          </label>
          <input
            id={inputId}
            type="file"
            accept={ACCEPT}
            data-testid="import-file"
            disabled={stage.name === 'reading' || stage.name === 'applying'}
            onChange={(e) => {
              void choose(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </div>
        {stage.name === 'reading' && <p role="status">Reading {stage.fileName}…</p>}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        {plan && (
          <>
            <h3 className="import-heading">{stage.name === 'done' ? `Imported ${fileName}` : `Dry run of ${fileName}`}</h3>
            <div className="import-scroll">
              <PlanList plan={plan} done={stage.name === 'done'} />
            </div>
          </>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {stage.name === 'done' ? 'Close' : 'Cancel'}
          </button>
          {(stage.name === 'planned' || stage.name === 'applying') && (
            <button type="button" className="button primary" disabled={stage.name === 'applying' || (c?.create ?? 0) + (c?.merge ?? 0) === 0} onClick={() => void apply()}>
              {stage.name === 'applying' ? 'Importing…' : `Apply: create ${c?.create ?? 0}, merge ${c?.merge ?? 0}`}
            </button>
          )}
        </div>
      </div>
    </Modal>
  );
}
