/** The People view's filters: one control per column ("losing touch" is the button beside them). */
import { CIRCLES, HEALTH_STATES, type HealthState } from '../../../../shared/types';
import { HEALTH_LABELS, RECIPROCITY_LABELS } from '../../components/labels';
import { FilterSelect, plainChoices } from '../../components/FilterSelect';
import { CIRCLE_LABELS } from './labels';
import { CONTACT_FILTERS, type ContactFilter, type PeopleFilter } from './people-model';

const PERSON_STATES: readonly HealthState[] = HEALTH_STATES.filter((s) => ['thriving', 'healthy', 'thirsty', 'wilting', 'dormant'].includes(s));

const RECIPROCITIES = ['only-taking', 'only-giving', 'balanced', 'unknown'] as const;

const CONTACT_LABELS: Record<ContactFilter, string> = {
  any: 'Any time',
  'within-30': 'In the last 30 days',
  'over-30': 'Over 30 days ago (or never)',
  'over-90': 'Over 90 days ago (or never)',
  never: 'Never logged',
};

export function PeopleToolbar({ filter, onChange, platforms, tags }: {
  filter: PeopleFilter;
  onChange(next: PeopleFilter): void;
  platforms: readonly string[];
  tags: readonly string[];
}) {
  const set = <K extends keyof PeopleFilter>(key: K, value: PeopleFilter[K]) => onChange({ ...filter, [key]: value });
  return (
    <div className="filter-bar" role="group" aria-label="Filter people">
      <input
        type="search"
        className="filter-input"
        placeholder="Filter by name or alias"
        aria-label="Filter people by name"
        value={filter.text}
        onChange={(e) => set('text', e.target.value)}
      />
      <FilterSelect label="Circle" value={filter.circle} choices={plainChoices(CIRCLES, (c) => CIRCLE_LABELS[c])} onChange={(v) => set('circle', v)} />
      <FilterSelect label="Platform" value={filter.platform} choices={plainChoices(platforms)} onChange={(v) => set('platform', v)} />
      <FilterSelect label="Tag" value={filter.tag} choices={plainChoices(tags, (t) => `#${t}`)} onChange={(v) => set('tag', v)} />
      <FilterSelect
        label="Last contact"
        value={filter.contact}
        choices={plainChoices(CONTACT_FILTERS, (c) => CONTACT_LABELS[c])}
        onChange={(v) => set('contact', v as ContactFilter)}
        anyLabel={null}
      />
      <FilterSelect label="Health" value={filter.state} choices={plainChoices(PERSON_STATES, (s) => HEALTH_LABELS[s])} onChange={(v) => set('state', v)} />
      <FilterSelect label="Give and take" value={filter.reciprocity} choices={plainChoices(RECIPROCITIES, (r) => RECIPROCITY_LABELS[r])} onChange={(v) => set('reciprocity', v)} />
      <label className="filter-check">
        <input type="checkbox" checked={filter.overdueOnly} onChange={(e) => set('overdueOnly', e.target.checked)} /> Overdue
      </label>
    </div>
  );
}
