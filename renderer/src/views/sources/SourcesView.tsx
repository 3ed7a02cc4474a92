/**
 * Sources as a reading list: grouped by status (or kind, platform, tag, who shared it), each
 * with how long it has been in its status and the notes that use it; unplanted seeds (read
 * and used nowhere) one click away. Add one by pasting its address; import bookmarks, OPML,
 * BibTeX or CSL-JSON; export BibTeX or CSL-JSON.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { SOURCE_KINDS, SOURCE_STATUSES } from '../../../../shared/types';
import { useClient } from '../../api/ClientContext';
import { useGarden } from '../../app/GardenContext';
import { FilterSelect, plainChoices } from '../../components/FilterSelect';
import { useRemembered } from '../../components/useRemembered';
import { ExportButton } from '../../export/ExportButton';
import { ImportDialog } from '../../import/ImportDialog';
import '../../styles/network.css';
import { EmptyGarden } from '../EmptyGarden';
import { AddSourceForm } from './AddSourceForm';
import { filterSources, groupSources, GROUPINGS, NO_SOURCE_FILTER, sourceChoices, sourceRows, STATUS_LABELS, type Grouping, type SourceFilter } from './reading-list';
import { SourceRowView } from './SourceRowView';

/** Thousands of rows help nobody and slow every redraw; the filters narrow the list. */
export const MAX_SOURCES_SHOWN = 400;

const GROUP_LABELS: Record<Grouping, string> = { status: 'Status', kind: 'Kind', platform: 'Platform', tag: 'Tag', sharer: 'Shared by', none: 'Nothing' };

function groupTitle(by: Grouping, key: string): string {
  if (by === 'status') return STATUS_LABELS[key as keyof typeof STATUS_LABELS] ?? key;
  if (by === 'tag' && key !== 'No tag') return `#${key}`;
  return key;
}

export function SourcesView() {
  const client = useClient();
  const { snapshot } = useGarden();
  const [grouping, setGrouping] = useRemembered('pln.sources.groupBy', GROUPINGS, 'status');
  const [filter, setFilter] = useState<SourceFilter>(NO_SOURCE_FILTER);
  const deferred = useDeferredValue(filter);
  const [importing, setImporting] = useState(false);

  const rows = useMemo(() => (snapshot ? sourceRows(snapshot) : []), [snapshot]);
  const choices = useMemo(() => sourceChoices(rows), [rows]);
  const shown = useMemo(() => filterSources(rows, deferred), [rows, deferred]);
  const groups = useMemo(() => groupSources(shown.slice(0, MAX_SOURCES_SHOWN), grouping), [shown, grouping]);
  const people = useMemo(() => (snapshot?.plants ?? []).filter((p) => p.kind === 'person').map((p) => p.title).sort(), [snapshot]);
  const unplanted = rows.filter((r) => r.unplanted).length;

  if (!snapshot) return <EmptyGarden />;
  const set = <K extends keyof SourceFilter>(key: K, value: SourceFilter[K]) => setFilter({ ...filter, [key]: value });

  return (
    <section className="view network-view">
      <header className="view-header view-header-actions">
        <div>
          <h1>
            Sources <span className="count">{rows.length}</span>
          </h1>
          <p className="muted">Your reading list: what you saved, read and used. A source bears fruit when a note of yours links to it.</p>
        </div>
        <div className="header-actions">
          <button type="button" className="button small" onClick={() => setImporting(true)}>
            Import…
          </button>
          <ExportButton label="Export BibTeX" what="sources" run={() => client.call('export.sources', { format: 'bibtex' })} />
          <ExportButton label="Export CSL-JSON" what="sources" run={() => client.call('export.sources', { format: 'csl-json' })} />
        </div>
      </header>
      <AddSourceForm people={people} onAdded={() => undefined} />
      {rows.length === 0 ? (
        <p className="empty">No sources yet. Paste an address above, import bookmarks or a Zotero export, or add a markdown file in sources/.</p>
      ) : (
        <>
          <div className="filter-bar" role="group" aria-label="Filter sources">
            <input type="search" className="filter-input" placeholder="Filter by title or address" aria-label="Filter sources by title" value={filter.text} onChange={(e) => set('text', e.target.value)} />
            <FilterSelect label="Status" value={filter.status} choices={plainChoices(SOURCE_STATUSES, (st) => STATUS_LABELS[st])} onChange={(v) => set('status', v)} />
            <FilterSelect label="Kind" value={filter.kind} choices={plainChoices(SOURCE_KINDS)} onChange={(v) => set('kind', v)} />
            <FilterSelect label="Platform" value={filter.platform} choices={plainChoices(choices.platforms)} onChange={(v) => set('platform', v)} />
            <FilterSelect label="Tag" value={filter.tag} choices={plainChoices(choices.tags, (t) => `#${t}`)} onChange={(v) => set('tag', v)} />
            <FilterSelect label="Shared by" value={filter.sharer} choices={plainChoices(choices.sharers)} onChange={(v) => set('sharer', v)} anyLabel="Anyone" />
            <FilterSelect label="Group by" value={grouping} choices={plainChoices(GROUPINGS, (g) => GROUP_LABELS[g])} onChange={(v) => setGrouping(v as Grouping)} anyLabel={null} />
          </div>
          <div className="toolbar">
            <button type="button" className={`button small${filter.unplantedOnly ? ' primary' : ''}`} aria-pressed={filter.unplantedOnly} onClick={() => set('unplantedOnly', !filter.unplantedOnly)}>
              Unplanted seeds <span className="count">{unplanted}</span>
            </button>
            <p className="muted small grow" aria-live="polite">
              {shown.length === rows.length ? `${rows.length} sources` : `${shown.length} of ${rows.length} sources`}
              {shown.length > MAX_SOURCES_SHOWN && ` — showing the first ${MAX_SOURCES_SHOWN}; filter to narrow the list`}
            </p>
          </div>
          {shown.length === 0 ? (
            <p className="empty">
              No source matches these filters.{' '}
              <button type="button" className="link-button" onClick={() => setFilter(NO_SOURCE_FILTER)}>
                Clear the filters
              </button>
            </p>
          ) : (
            groups.map((group) => (
              <section key={group.key} className="source-group" aria-label={groupTitle(grouping, group.key)} data-testid="source-group">
                {grouping !== 'none' && (
                  <h2 className="group-title">
                    {groupTitle(grouping, group.key)} <span className="count">{group.rows.length}</span>
                  </h2>
                )}
                <ul className="source-list">
                  {group.rows.map((row) => (
                    <SourceRowView key={row.path} row={row} />
                  ))}
                </ul>
              </section>
            ))
          )}
        </>
      )}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </section>
  );
}
