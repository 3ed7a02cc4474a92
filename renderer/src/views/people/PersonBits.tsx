/** Small pieces a person's row and card share. */
import type { PersonRow } from './people-model';
import { formatBalance } from './people-model';

export function LastContact({ row }: { row: PersonRow }) {
  if (row.last === null) return <span className="muted">Never logged</span>;
  return (
    <span>
      <time dateTime={row.last}>{row.last}</time> <span className="muted small">({row.daysSince === 0 ? 'today' : `${row.daysSince} d ago`})</span>
    </span>
  );
}

export function Overdue({ row }: { row: PersonRow }) {
  if (row.daysOverdue === 0) return <span className="muted" title={`Within the ${row.cadence}-day cadence`}>—</span>;
  return (
    <span className="overdue" title={`Cadence ${row.cadence} days; last contact ${row.daysSince} days ago`}>
      {row.daysOverdue === 1 ? '1 day' : `${row.daysOverdue} days`}
    </span>
  );
}

export function Balance({ row }: { row: PersonRow }) {
  const words = `${row.gave} given, ${row.received} received in the last year (mutual counts for both)`;
  return (
    <span className="balance" title={words} aria-label={`Balance ${formatBalance(row.balance)}: ${words}`}>
      <span className="balance-number">{formatBalance(row.balance)}</span> <span className="muted small">{row.gave} given · {row.received} got</span>
    </span>
  );
}
