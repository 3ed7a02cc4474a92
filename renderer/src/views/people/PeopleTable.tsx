/** People as a table: every column sorts (click its header again to reverse). */
import { HealthBadges } from '../../components/HealthBadge';
import { noteHref } from '../../router/routes';
import { CIRCLE_LABELS } from './labels';
import type { PeopleSortKey, PersonRow, SortDirection } from './people-model';
import { Balance, LastContact, Overdue, SomeTags } from './PersonBits';

/** Widths share the view's width (a fixed table layout), so every column stays in sight. */
const COLUMNS: readonly { key: PeopleSortKey; label: string; width: string }[] = [
  { key: 'name', label: 'Name', width: '15%' },
  { key: 'circle', label: 'Circle', width: '13%' },
  { key: 'platforms', label: 'Platforms', width: '12%' },
  { key: 'tags', label: 'Tags', width: '12.5%' },
  { key: 'last', label: 'Last interaction', width: '12%' },
  { key: 'overdue', label: 'Overdue', width: '9%' },
  { key: 'state', label: 'Health', width: '12%' },
  { key: 'balance', label: 'Give and take', width: '13.5%' },
];

export function PeopleTable({ rows, sort, direction, onSort, onWater }: {
  rows: readonly PersonRow[];
  sort: PeopleSortKey;
  direction: SortDirection;
  onSort(key: PeopleSortKey): void;
  onWater(row: PersonRow): void;
}) {
  return (
    <div className="table-scroll">
      <table className="plant-table people-table">
        <caption className="visually-hidden">People</caption>
        <colgroup>
          {COLUMNS.map((column) => (
            <col key={column.key} style={{ width: column.width }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column.key} scope="col" aria-sort={sort === column.key ? direction : 'none'}>
                <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                  {column.label}
                  <span aria-hidden="true" className="sort-mark">
                    {sort === column.key ? (direction === 'ascending' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.path} data-testid="person-row" data-path={row.path} data-health={row.state}>
              <th scope="row">
                <span className="person-name-cell">
                  <a href={noteHref(row.path)}>{row.name}</a>
                  <button type="button" className="button small water-button" onClick={() => onWater(row)} aria-label={`Water ${row.name}`}>
                    Water
                  </button>
                </span>
              </th>
              <td>{CIRCLE_LABELS[row.circle]}</td>
              <td>{row.platforms.length ? row.platforms.join(', ') : <span className="muted">—</span>}</td>
              <td>
                <SomeTags tags={row.tags} max={1} />
              </td>
              <td>
                <LastContact row={row} />
              </td>
              <td>
                <Overdue row={row} />
              </td>
              <td>
                <HealthBadges health={row.plant.health} />
              </td>
              <td>
                <Balance row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
