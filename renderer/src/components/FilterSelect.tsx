/**
 * One labelled filter of a filter bar: a select whose first choice lets everything through
 * ("All", unless `anyLabel` says otherwise). Shared by the People and Sources views.
 */
export interface FilterChoice<V extends string> {
  value: V;
  label: string;
}

interface Props<V extends string> {
  label: string;
  value: V | 'all';
  choices: readonly FilterChoice<V>[];
  onChange(value: V | 'all'): void;
  /** The label of the choice that keeps everything; null for a select with no such choice. */
  anyLabel?: string | null;
}

export function FilterSelect<V extends string>({ label, value, choices, onChange, anyLabel = 'All' }: Props<V>) {
  return (
    <label className="filter-field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as V | 'all')}>
        {anyLabel !== null && <option value="all">{anyLabel}</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Choices whose label is the value itself (platforms, people), or a function of it (tags). */
export function plainChoices<V extends string>(values: readonly V[], label: (value: V) => string = (v) => v): FilterChoice<V>[] {
  return values.map((value) => ({ value, label: label(value) }));
}
