import { useMemo } from 'react';
import type { PlantSummary } from '../../../../shared/api';
import { HealthBadges } from '../../components/HealthBadge';
import { KindLabel } from '../../components/KindIcon';
import { noteHref } from '../../router/routes';
import { needsWatering } from './needs-watering';

export function NeedsWatering({ plants }: { plants: readonly PlantSummary[] }) {
  const items = useMemo(() => needsWatering(plants), [plants]);
  return (
    <section className="panel" aria-labelledby="needs-watering-heading">
      <h2 id="needs-watering-heading">
        Needs watering <span className="count">{items.length}</span>
      </h2>
      {items.length === 0 ? (
        <p className="empty">Everything in the garden is tended. Nothing needs watering right now.</p>
      ) : (
        <ol className="watering-list">
          {items.map(({ plant }) => (
            <li key={plant.path} className="watering-item" data-testid="needs-watering-item" data-health={plant.health.state}>
              <div className="watering-head">
                <KindLabel kind={plant.kind} />
                <a className="plant-title" href={noteHref(plant.path)}>
                  {plant.title}
                </a>
                <HealthBadges health={plant.health} />
              </div>
              <p className="watering-reason">{plant.health.reason}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
