import { useDeferredValue, useMemo, useState } from 'react';
import { PLANT_KINDS } from '../../../../shared/types';
import type { PlantSummary } from '../../../../shared/api';
import { useGarden } from '../../app/GardenContext';
import { HealthBadges } from '../../components/HealthBadge';
import { KindLabel } from '../../components/KindIcon';
import { KIND_PLURALS } from '../../components/labels';
import { TagList } from '../../components/TagList';
import { SHORTCUTS } from '../../commands/app-commands';
import { formatShortcut } from '../../commands/keyboard';
import { noteHref } from '../../router/routes';
import { EmptyGarden } from '../EmptyGarden';
import { countKinds, filterPlants, type KindFilter } from './plant-filter';

/** Rendering tens of thousands of rows helps nobody; the filter narrows the list. */
export const MAX_ROWS = 500;

const KIND_FILTERS: readonly KindFilter[] = ['all', ...PLANT_KINDS];

function PlantRow({ plant }: { plant: PlantSummary }) {
  return (
    <li className="plant-row" data-testid="plant-row" data-kind={plant.kind} data-health={plant.health.state}>
      <KindLabel kind={plant.kind} />
      <a className="plant-title" href={noteHref(plant.path)}>
        {plant.title}
      </a>
      <HealthBadges health={plant.health} />
      <TagList tags={plant.tags} />
      {plant.problems.length > 0 && (
        <span className="problem-flag" title={plant.problems.map((p) => p.message).join('\n')}>
          ⚠ {plant.problems.length === 1 ? '1 problem' : `${plant.problems.length} problems`}
        </span>
      )}
    </li>
  );
}

export function PlantsView() {
  const { snapshot } = useGarden();
  const [kind, setKind] = useState<KindFilter>('all');
  const [text, setText] = useState('');
  const deferredText = useDeferredValue(text);
  const plants = useMemo(() => snapshot?.plants ?? [], [snapshot]);
  const counts = useMemo(() => countKinds(plants), [plants]);
  const shown = useMemo(() => filterPlants(plants, { kind, text: deferredText }), [plants, kind, deferredText]);

  if (!snapshot) return <EmptyGarden />;
  return (
    <section className="view">
      <header className="view-header">
        <h1>All plants</h1>
        <p className="muted">Every note, person, source and goal in {snapshot.name}, with how well it is tended.</p>
      </header>
      <div className="toolbar">
        <div className="segmented" role="group" aria-label="Filter by kind">
          {KIND_FILTERS.map((k) => (
            <button key={k} type="button" aria-pressed={kind === k} onClick={() => setKind(k)}>
              {k === 'all' ? 'All' : KIND_PLURALS[k]} <span className="count">{counts[k]}</span>
            </button>
          ))}
        </div>
        <input
          type="search"
          className="filter-input"
          placeholder="Filter by title, alias, #tag or folder"
          aria-label="Filter plants"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <p className="muted small" aria-live="polite">
        {shown.length === plants.length ? `${plants.length} plants` : `${shown.length} of ${plants.length} plants`}
        {shown.length > MAX_ROWS && ` — showing the first ${MAX_ROWS}; type to narrow the list`}
      </p>
      {plants.length === 0 ? (
        <p className="empty" data-testid="empty-garden">
          This garden is empty. Write a first note with New note ({formatShortcut(SHORTCUTS['note.new'])}), or put
          markdown files in its folder (or copy in an Obsidian vault): they appear here as you save them.
        </p>
      ) : shown.length === 0 ? (
        <p className="empty">No plant matches this filter.</p>
      ) : (
        <ul className="plant-list">
          {shown.slice(0, MAX_ROWS).map((plant) => (
            <PlantRow key={plant.path} plant={plant} />
          ))}
        </ul>
      )}
    </section>
  );
}
