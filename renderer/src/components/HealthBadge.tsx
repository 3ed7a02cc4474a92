import type { Assessment, HealthState, Reciprocity } from '../../../shared/types';
import { HEALTH_LABELS, RECIPROCITY_LABELS } from './labels';

/** A coloured badge that always carries its word, so colour is never the only cue. */
export function HealthBadge({ state, title }: { state: HealthState; title?: string }) {
  return (
    <span className={`badge health-${state}`} title={title} data-health={state}>
      {HEALTH_LABELS[state]}
    </span>
  );
}

export function ReciprocityBadge({ reciprocity }: { reciprocity: Reciprocity | undefined }) {
  if (reciprocity !== 'only-taking' && reciprocity !== 'only-giving') return null;
  return <span className="badge badge-oneway">{RECIPROCITY_LABELS[reciprocity]}</span>;
}

export function HealthBadges({ health }: { health: Assessment }) {
  return (
    <span className="badges">
      <HealthBadge state={health.state} title={health.reason} />
      <ReciprocityBadge reciprocity={health.reciprocity} />
    </span>
  );
}
