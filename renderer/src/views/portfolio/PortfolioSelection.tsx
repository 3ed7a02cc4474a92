/** What goes into the portfolio: goals, notes and sources with a box each, removed plants to put back, notes to add, tags. */
import { useId, useState } from 'react';
import type { Completion } from '../../../../shared/api';
import type { PortfolioPlantItem } from '../../../../shared/portfolio';
import { useClient } from '../../api/ClientContext';
import { messageOf } from '../../api/client';
import { addTag, removeTag, setSelected, type Choices } from './choices';

interface Props {
  title: string;
  items: PortfolioPlantItem[];
  removed: { path: string; title: string }[];
  choices: Choices;
  onChange(next: Choices): void;
  empty: string;
}

export function SelectionList({ title, items, removed, choices, onChange, empty }: Props) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="portfolio-list">
      <h3 id={id}>{title} <span className="muted">({items.length})</span></h3>
      {items.length === 0 && removed.length === 0 && <p className="muted small">{empty}</p>}
      <ul>
        {items.map((item) => (
          <li key={item.path}>
            <label>
              <input type="checkbox" checked onChange={() => onChange(setSelected(choices, item.path, false))} /> {item.title}
            </label>
            <span className="muted small"> — {item.why}</span>
          </li>
        ))}
        {removed.map((item) => (
          <li key={item.path} className="removed">
            <label>
              <input type="checkbox" checked={false} onChange={() => onChange(setSelected(choices, item.path, true))} /> {item.title}
            </label>
            <span className="muted small"> — removed by you</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Finds a note, goal or source by title and adds it by hand. */
export function AddPlant({ choices, onChange }: { choices: Choices; onChange(next: Choices): void }) {
  const client = useClient();
  const id = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Completion[]>([]);
  const [error, setError] = useState<string | null>(null);
  const search = async (text: string) => {
    setQuery(text);
    if (text.trim() === '') return setFound([]);
    try {
      setFound((await client.call('search.complete', { prefix: text, limit: 8 })).filter((c) => c.kind !== 'person'));
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <div className="portfolio-add">
      <label htmlFor={id}>Add a note, goal or source</label>
      <input id={id} type="search" value={query} onChange={(e) => void search(e.target.value)} placeholder="Type a title" autoComplete="off" />
      {error && <p className="dialog-error" role="alert">{error}</p>}
      {found.length > 0 && (
        <ul className="portfolio-suggestions" aria-label="Matching plants">
          {found.map((c) => (
            <li key={c.path}>
              <button type="button" className="button" onClick={() => { onChange(setSelected(choices, c.path, true)); setQuery(''); setFound([]); }}>
                Add {c.title} <span className="muted small">({c.kind})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function TagChoice({ choices, onChange }: { choices: Choices; onChange(next: Choices): void }) {
  const id = useId();
  const [tag, setTag] = useState('');
  return (
    <div className="portfolio-tags">
      <form onSubmit={(e) => { e.preventDefault(); onChange(addTag(choices, tag)); setTag(''); }}>
        <label htmlFor={id}>Also export notes tagged</label>{' '}
        <input id={id} value={tag} onChange={(e) => setTag(e.target.value)} placeholder="e.g. practicum" autoComplete="off" />{' '}
        <button type="submit" className="button">Add tag</button>
      </form>
      {choices.includeTags.length > 0 && (
        <ul className="chips" aria-label="Tags exported">
          {choices.includeTags.map((t) => (
            <li key={t}>
              #{t}{' '}
              <button type="button" className="icon-button" aria-label={`Stop exporting #${t}`} onClick={() => onChange(removeTag(choices, t))}>×</button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
