/** Small pieces a person's row and card share. */
import { daysAgoText } from '../../components/days-ago';
import type { PersonRow } from './people-model';
import { formatBalance } from './people-model';


export function LastContact({ row }: { row: PersonRow }) {
  if (row.last === null) {
    return (
      <span className="stacked">
        <span className="muted">Never logged</span>
        <span className="muted small">added {daysAgoText(row.daysSince)}</span>
      </span>
    );
  }
  return (
    <span className="stacked">
      <time dateTime={row.last}>{row.last}</time>
      <span className="muted small">{daysAgoText(row.daysSince)}</span>
    </span>
  );
}

/** A few tags and how many more, so one person with twelve tags does not make a row tall. */
export function SomeTags({ tags, max = 2 }: { tags: readonly string[]; max?: number }) {
  if (tags.length === 0) return <span className="muted">—</span>;
  const rest = tags.length - max;
  return (
    <span className="some-tags" title={tags.map((t) => `#${t}`).join(' ')}>
      {tags.slice(0, max).map((t) => (
        <span key={t} className="tag">
          #{t}
        </span>
      ))}
      {rest > 0 && <span className="muted small">+{rest}</span>}
    </span>
  );
}

export function Overdue({ row }: { row: PersonRow }) {
  if (row.daysOverdue === 0) return <span className="muted" title={`Within the ${row.cadence}-day cadence`}>—</span>;
  return (
    <span className="overdue" title={`Cadence ${row.cadence} days; last contact ${row.daysSince} days ago`}>
      {row.daysOverdue === 1 ? '1 day' : `${row.daysOverdue} days`}
      <span className="visually-hidden"> overdue</span>
    </span>
  );
}

export function Balance({ row }: { row: PersonRow }) {
  const words = `${row.gave} given, ${row.received} received in the last year (mutual counts for both)`;
  return (
    <span className="balance stacked" title={words}>
      <span className="balance-number">{formatBalance(row.balance)}</span>
      <span className="muted small">
        {row.gave} given · {row.received} got
      </span>
    </span>
  );
}
