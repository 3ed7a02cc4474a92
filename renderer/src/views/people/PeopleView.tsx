/**
 * The network's people: a table or cards (the choice is remembered), every column sortable
 * and filterable, "losing touch" one click away, and Water on every person. Import from
 * vCard or LinkedIn, export as vCard, and the default cadence per circle live here too.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { useClient } from '../../api/ClientContext';
import { useGarden } from '../../app/GardenContext';
import { useRemembered } from '../../components/useRemembered';
import { ExportButton } from '../../export/ExportButton';
import { ImportDialog } from '../../import/ImportDialog';
import '../../styles/network.css';
import { useSuggestions } from '../../water/useSuggestions';
import { WaterDialog } from '../../water/WaterDialog';
import { EmptyGarden } from '../EmptyGarden';
import { NoteToasts, showToast } from '../notes/toasts';
import { CadenceDialog } from './CadenceDialog';
import { PeopleTable } from './PeopleTable';
import { PeopleToolbar } from './PeopleToolbar';
import { filterChoices, filterPeople, firstDirection, NO_FILTER, personRows, sortPeople, type PeopleFilter, type PeopleSortKey, type SortDirection } from './people-model';
import { PersonCard } from './PersonCard';

const LAYOUTS = ['table', 'cards'] as const;
/** Thousands of rows help nobody and slow every redraw; the filters narrow the list. */
export const MAX_PEOPLE_SHOWN = 400;

export function PeopleView() {
  const client = useClient();
  const { snapshot } = useGarden();
  const [layout, setLayout] = useRemembered('pln.people.layout', LAYOUTS, 'table');
  const [filter, setFilter] = useState<PeopleFilter>(NO_FILTER);
  const deferred = useDeferredValue(filter);
  const [sort, setSort] = useState<{ key: PeopleSortKey; direction: SortDirection }>({ key: 'overdue', direction: 'descending' });
  const [watering, setWatering] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'import' | 'cadence' | null>(null);

  const rows = useMemo(() => (snapshot ? personRows(snapshot.plants, snapshot.today) : []), [snapshot]);
  const choices = useMemo(() => filterChoices(rows), [rows]);
  const shown = useMemo(() => sortPeople(filterPeople(rows, deferred), sort.key, sort.direction), [rows, deferred, sort]);
  const visible = useMemo(() => shown.slice(0, MAX_PEOPLE_SHOWN), [shown]);
  const needy = useMemo(() => visible.filter((r) => r.losingTouch && layout === 'cards').map((r) => r.path).slice(0, 200), [visible, layout]);
  const gifts = useSuggestions(needy, 1);
  const losing = useMemo(() => rows.filter((r) => r.losingTouch).length, [rows]);

  if (!snapshot) return <EmptyGarden />;
  const person = watering ? rows.find((r) => r.path === watering)?.plant : undefined;
  const onSort = (key: PeopleSortKey) =>
    setSort((current) => (current.key === key ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: firstDirection(key) }));

  return (
    <section className="view network-view">
      <header className="view-header view-header-actions">
        <div>
          <h1>
            People <span className="count">{rows.length}</span>
          </h1>
          <p className="muted">
            The people you learn from and with. The clock is always the last interaction you logged: water someone and it starts again.
          </p>
        </div>
        <div className="header-actions">
          <button type="button" className="button small" onClick={() => setDialog('import')}>
            Import…
          </button>
          <ExportButton label="Export vCard" what="people" run={() => client.call('export.people', {})} />
          <button type="button" className="button small" onClick={() => setDialog('cadence')}>
            Cadence defaults…
          </button>
        </div>
      </header>
      {rows.length === 0 ? (
        <p className="empty">No people yet. Import contacts (vCard or LinkedIn), or add a markdown file in people/ (or with type: person).</p>
      ) : (
        <>
          <PeopleToolbar filter={filter} onChange={setFilter} platforms={choices.platforms} tags={choices.tags} />
          <div className="toolbar">
            <button
              type="button"
              className={`button small${filter.losingTouch ? ' primary' : ''}`}
              aria-pressed={filter.losingTouch}
              onClick={() => setFilter({ ...filter, losingTouch: !filter.losingTouch })}
            >
              Losing touch <span className="count">{losing}</span>
            </button>
            <p className="muted small grow" aria-live="polite">
              {shown.length === rows.length ? `${rows.length} people` : `${shown.length} of ${rows.length} people`}
              {shown.length > MAX_PEOPLE_SHOWN && ` — showing the first ${MAX_PEOPLE_SHOWN}; filter to narrow the list`}
            </p>
            <div className="segmented" role="group" aria-label="Show as">
              {LAYOUTS.map((l) => (
                <button key={l} type="button" aria-pressed={layout === l} onClick={() => setLayout(l)}>
                  {l === 'table' ? 'Table' : 'Cards'}
                </button>
              ))}
            </div>
          </div>
          {shown.length === 0 ? (
            <p className="empty">
              No one matches these filters.{' '}
              <button type="button" className="link-button" onClick={() => setFilter(NO_FILTER)}>
                Clear the filters
              </button>
            </p>
          ) : layout === 'table' ? (
            <PeopleTable rows={visible} sort={sort.key} direction={sort.direction} onSort={onSort} onWater={(r) => setWatering(r.path)} />
          ) : (
            <ul className="person-cards">
              {visible.map((row) => (
                <PersonCard key={row.path} row={row} gift={gifts[row.path]?.[0]} onWater={(r) => setWatering(r.path)} />
              ))}
            </ul>
          )}
        </>
      )}
      {person && (
        <WaterDialog person={person} onClose={() => setWatering(null)} onWatered={(message) => showToast({ message })} />
      )}
      {dialog === 'import' && <ImportDialog onClose={() => setDialog(null)} />}
      {dialog === 'cadence' && <CadenceDialog onClose={() => setDialog(null)} onSaved={(message) => showToast({ message })} />}
      <NoteToasts />
    </section>
  );
}
