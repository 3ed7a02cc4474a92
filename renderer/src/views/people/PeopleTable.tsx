/** People as a table: every column sorts (click its header again to reverse). */
import { HealthBadges } from '../../components/HealthBadge';
import { TagList } from '../../components/TagList';
import { noteHref } from '../../router/routes';
import { CIRCLE_LABELS } from './labels';
import type { PeopleSortKey, PersonRow, SortDirection } from './people-model';
import { Balance, LastContact, Overdue } from './PersonBits';

const COLUMNS: readonly { key: PeopleSortKey; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'circle', label: 'Circle' },
  { key: 'platforms', label: 'Platforms' },
  { key: 'tags', label: 'Tags' },
  { key: 'last', label: 'Last interaction' },
  { key: 'overdue', label: 'Overdue' },
  { key: 'state', label: 'Health' },
  { key: 'balance', label: 'Give and take' },
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
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.path} data-testid="person-row" data-path={row.path} data-health={row.state}>
              <th scope="row">
                <a href={noteHref(row.path)}>{row.name}</a>
              </th>
              <td>{CIRCLE_LABELS[row.circle]}</td>
              <td>{row.platforms.length ? row.platforms.join(', ') : <span className="muted">—</span>}</td>
              <td>
                <TagList tags={row.tags} />
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
              <td>
                <button type="button" className="button small water-button" onClick={() => onWater(row)} aria-label={`Water ${row.name}`}>
                  Water
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
