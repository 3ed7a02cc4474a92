/**
 * The map's choices: colour by, size by, the filters (kind, health, circle, platform, tag)
 * and the toggles (seeds, orphans, platforms). Plain controls over a GraphOptions value.
 */
import { useId } from 'react';
import { HEALTH_STATES, CIRCLES, PLANT_KINDS, type Circle, type HealthState, type PlantKind } from '../../../../shared/types';
import { HEALTH_LABELS, KIND_PLURALS } from '../../components/labels';
import { DEFAULT_GRAPH_OPTIONS, type ColourBy, type GraphOptions, type PlatformInfo, type SizeBy } from '../../../../shared/graph/model';

const CIRCLE_LABELS: Record<Circle, string> = { professional: 'Professional', personal: 'Personal', both: 'Both' };

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** How many filters narrow the map (toggles that hide count too). */
export function activeFilterCount(o: GraphOptions): number {
  return (
    (o.kinds.length ? 1 : 0) + (o.states.length ? 1 : 0) + (o.circles.length ? 1 : 0) + (o.platforms.length ? 1 : 0) +
    (o.tag.trim() ? 1 : 0) + (o.showSeeds ? 0 : 1) + (o.showOrphans ? 0 : 1) + (o.showPlatforms ? 0 : 1)
  );
}

interface Props {
  options: GraphOptions;
  onChange(next: GraphOptions): void;
  platforms: readonly PlatformInfo[];
  tags: readonly string[];
}

export function ColourAndSize({ options, onChange }: Pick<Props, 'options' | 'onChange'>) {
  const groupsId = useId();
  return (
    <>
      <label>
        Colour by
        <select data-testid="graph-colour-by" value={options.colourBy} onChange={(e) => onChange({ ...options, colourBy: e.target.value as ColourBy })}>
          <option value="health">Health</option>
          <option value="kind">Kind</option>
          <option value="circle">Circle</option>
          <option value="groups">Tag groups…</option>
        </select>
      </label>
      {options.colourBy === 'groups' && (
        <label className="graph-groups" htmlFor={groupsId}>
          Groups
          <input
            id={groupsId}
            type="text"
            data-testid="graph-groups"
            placeholder="tag:phonics; tag:zpd; kind:person"
            value={options.groups.join('; ')}
            onChange={(e) => onChange({ ...options, groups: e.target.value.split(';').map((q) => q.trimStart()) })}
            title="One query per group, separated by semicolons: tag:, kind:, circle:, platform:, state:, path:, or words of the title. The first group that matches colours the plant."
          />
        </label>
      )}
      <label>
        Size by
        <select data-testid="graph-size-by" value={options.sizeBy} onChange={(e) => onChange({ ...options, sizeBy: e.target.value as SizeBy })}>
          <option value="degree">Links</option>
          <option value="tie">Tie strength</option>
        </select>
      </label>
    </>
  );
}

export function GraphFilters({ options, onChange, platforms, tags }: Props) {
  const tagListId = useId();
  const active = activeFilterCount(options);
  const check = (checked: boolean, onToggle: () => void, label: string, testId?: string) => (
    <label key={label}>
      <input type="checkbox" checked={checked} onChange={onToggle} data-testid={testId} /> {label}
    </label>
  );
  return (
    <details className="graph-filters">
      <summary className={`graph-button${active ? ' graph-filter-active' : ''}`} data-testid="graph-filters-toggle">
        Filters{active ? ` (${active})` : ''}
      </summary>
      <div className="graph-filter-panel" data-testid="graph-filter-panel">
        <fieldset>
          <legend>Kinds</legend>
          {PLANT_KINDS.map((kind: PlantKind) =>
            check(options.kinds.includes(kind), () => onChange({ ...options, kinds: toggle(options.kinds, kind) }), KIND_PLURALS[kind], `filter-kind-${kind}`),
          )}
        </fieldset>
        <fieldset>
          <legend>Health</legend>
          {HEALTH_STATES.filter((s) => s !== 'seed').map((state: HealthState) =>
            check(options.states.includes(state), () => onChange({ ...options, states: toggle(options.states, state) }), HEALTH_LABELS[state], `filter-state-${state}`),
          )}
        </fieldset>
        <fieldset>
          <legend>Circle (people)</legend>
          {CIRCLES.map((circle: Circle) =>
            check(options.circles.includes(circle), () => onChange({ ...options, circles: toggle(options.circles, circle) }), CIRCLE_LABELS[circle], `filter-circle-${circle}`),
          )}
        </fieldset>
        <fieldset>
          <legend>Platform</legend>
          {platforms.length === 0 && <span className="muted">None named yet</span>}
          {platforms.slice(0, 12).map((p) =>
            check(options.platforms.includes(p.key), () => onChange({ ...options, platforms: toggle(options.platforms, p.key) }), `${p.label} (${p.count})`, `filter-platform-${p.key}`),
          )}
        </fieldset>
        <fieldset>
          <legend>Show</legend>
          {check(options.showSeeds, () => onChange({ ...options, showSeeds: !options.showSeeds }), 'Seeds', 'toggle-seeds')}
          {check(options.showOrphans, () => onChange({ ...options, showOrphans: !options.showOrphans }), 'Orphans', 'toggle-orphans')}
          {check(options.showPlatforms, () => onChange({ ...options, showPlatforms: !options.showPlatforms }), 'Platforms', 'toggle-platforms')}
        </fieldset>
        <div className="graph-filter-wide">
          <label>
            Tag
            <input
              type="text"
              list={tagListId}
              value={options.tag}
              placeholder="any"
              data-testid="filter-tag"
              onChange={(e) => onChange({ ...options, tag: e.target.value })}
            />
          </label>
          <datalist id={tagListId}>
            {tags.slice(0, 200).map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
          <button
            type="button"
            className="graph-button"
            disabled={active === 0}
            onClick={() =>
              onChange({
                ...options,
                kinds: DEFAULT_GRAPH_OPTIONS.kinds,
                states: DEFAULT_GRAPH_OPTIONS.states,
                circles: DEFAULT_GRAPH_OPTIONS.circles,
                platforms: DEFAULT_GRAPH_OPTIONS.platforms,
                tag: '',
                showSeeds: true,
                showOrphans: true,
                showPlatforms: true,
              })
            }
          >
            Show everything
          </button>
        </div>
      </div>
    </details>
  );
}
