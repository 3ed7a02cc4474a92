/** One source on the reading list: status (movable), kind and platform, who shared it, age, use. */
import { useState } from 'react';
import { SOURCE_STATUSES, type SourceStatus } from '../../../../shared/types';
import { messageOf } from '../../api/client';
import { useClient } from '../../api/ClientContext';
import { HealthBadges } from '../../components/HealthBadge';
import { TagList } from '../../components/TagList';
import { WebAddressLink } from '../../components/WebAddressLink';
import { noteHref } from '../../router/routes';
import { ageText, STATUS_LABELS, type SourceRow } from './reading-list';

export function SourceRowView({ row }: { row: SourceRow }) {
  const client = useClient();
  const [error, setError] = useState<string | null>(null);
  const move = (status: SourceStatus) => {
    setError(null);
    client.call('source.status', { path: row.path, status }).catch((e: unknown) => setError(messageOf(e)));
  };
  return (
    <li className="source-row" data-testid="source-row" data-path={row.path} data-status={row.status} data-health={row.plant.health.state}>
      <div className="source-main">
        <a className="plant-title" href={noteHref(row.path)}>
          {row.title}
        </a>
        <span className="muted small">
          {row.kind}
          {row.platform && ` · ${row.platform}`}
          {row.community && ` · ${row.community}`}
        </span>
        <WebAddressLink url={row.url} className="small" />
      </div>
      <div className="source-meta small">
        <span>
          Shared by{' '}
          {row.sharer ? row.sharer.path ? <a href={noteHref(row.sharer.path)}>{row.sharer.name}</a> : row.sharer.name : <span className="muted">nobody recorded</span>}
        </span>
        <span data-testid="source-age">{ageText(row)}</span>
        <span>
          Used in{' '}
          {row.usedIn.length === 0 ? (
            <span className="muted">no note yet</span>
          ) : (
            row.usedIn.map((note, i) => (
              <span key={note.path}>
                {i > 0 && ', '}
                <a href={noteHref(note.path)}>{note.title}</a>
              </span>
            ))
          )}
        </span>
      </div>
      <div className="source-side">
        <HealthBadges health={row.plant.health} />
        <label className="filter-field">
          <span className="visually-hidden">Status of {row.title}</span>
          <select value={row.status} onChange={(e) => move(e.target.value as SourceStatus)} disabled={row.plant.problems.some((p) => p.kind === 'yaml')}>
            {SOURCE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <TagList tags={row.tags} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
