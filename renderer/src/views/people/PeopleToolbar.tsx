/** The People view's filters: one control per column ("losing touch" is the button beside them). */
import { CIRCLES, HEALTH_STATES, type HealthState } from '../../../../shared/types';
import { HEALTH_LABELS, RECIPROCITY_LABELS } from '../../components/labels';
import { CIRCLE_LABELS } from './labels';
import { CONTACT_FILTERS, type ContactFilter, type PeopleFilter } from './people-model';

const PERSON_STATES: readonly HealthState[] = HEALTH_STATES.filter((s) => ['thriving', 'healthy', 'thirsty', 'wilting', 'dormant'].includes(s));

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
      <label className="filter-field">
        <span>Circle</span>
        <select value={filter.circle} onChange={(e) => set('circle', e.target.value as PeopleFilter['circle'])}>
          <option value="all">All</option>
          {CIRCLES.map((c) => (
            <option key={c} value={c}>
              {CIRCLE_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        <span>Platform</span>
        <select value={filter.platform} onChange={(e) => set('platform', e.target.value)}>
          <option value="all">All</option>
          {platforms.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        <span>Tag</span>
        <select value={filter.tag} onChange={(e) => set('tag', e.target.value)}>
          <option value="all">All</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              #{t}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        <span>Last contact</span>
        <select value={filter.contact} onChange={(e) => set('contact', e.target.value as ContactFilter)}>
          {CONTACT_FILTERS.map((c) => (
            <option key={c} value={c}>
              {CONTACT_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        <span>Health</span>
        <select value={filter.state} onChange={(e) => set('state', e.target.value as PeopleFilter['state'])}>
          <option value="all">All</option>
          {PERSON_STATES.map((s) => (
            <option key={s} value={s}>
              {HEALTH_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        <span>Give and take</span>
        <select value={filter.reciprocity} onChange={(e) => set('reciprocity', e.target.value as PeopleFilter['reciprocity'])}>
          <option value="all">All</option>
          {(['only-taking', 'only-giving', 'balanced', 'unknown'] as const).map((r) => (
            <option key={r} value={r}>
              {RECIPROCITY_LABELS[r]}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-check">
        <input type="checkbox" checked={filter.overdueOnly} onChange={(e) => set('overdueOnly', e.target.checked)} /> Overdue
      </label>
    </div>
  );
}
