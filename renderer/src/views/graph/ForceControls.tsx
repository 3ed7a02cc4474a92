/**
 * The layout's forces, as multipliers of the defaults: repulsion, link length, pull to the
 * centre. A change lays the garden out again (pinned plants stay where they were dropped).
 */
import { DEFAULT_FORCES, FORCE_RANGE, type ForceSettings } from '../../../../shared/graph/model';

interface Props {
  forces: ForceSettings;
  onChange(next: ForceSettings): void;
}

const SLIDERS: [keyof ForceSettings, string][] = [
  ['repulsion', 'Repulsion'],
  ['linkDistance', 'Link distance'],
  ['centrePull', 'Centre pull'],
];

export function ForceControls({ forces, onChange }: Props) {
  const changed = SLIDERS.some(([key]) => forces[key] !== DEFAULT_FORCES[key]);
  return (
    <details className="graph-filters graph-forces">
      <summary className={`graph-button${changed ? ' graph-filter-active' : ''}`} data-testid="graph-forces-toggle">
        Forces
      </summary>
      <div className="graph-filter-panel" data-testid="graph-forces-panel">
        <fieldset>
          <legend>Forces (× default)</legend>
          {SLIDERS.map(([key, label]) => (
            <label key={key} className="graph-slider">
              <span>
                {label} <output>{forces[key].toFixed(1)}×</output>
              </span>
              <input
                type="range"
                min={FORCE_RANGE.min}
                max={FORCE_RANGE.max}
                step={0.1}
                value={forces[key]}
                data-testid={`force-${key}`}
                onChange={(e) => onChange({ ...forces, [key]: Number(e.target.value) })}
              />
            </label>
          ))}
          <button type="button" className="graph-button" disabled={!changed} onClick={() => onChange({ ...DEFAULT_FORCES })}>
            Default forces
          </button>
        </fieldset>
      </div>
    </details>
  );
}
