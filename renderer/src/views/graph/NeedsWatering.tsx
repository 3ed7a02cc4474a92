import { useMemo, useState } from 'react';
import type { PlantSummary } from '../../../../shared/api';
import { HealthBadges } from '../../components/HealthBadge';
import { KindLabel } from '../../components/KindIcon';
import { needsWatering } from '../../graph/needs-watering';
import { noteHref } from '../../router/routes';
import { useSuggestions } from '../../water/useSuggestions';
import { WaterDialog } from '../../water/WaterDialog';

/** Items listed at first, and added by each "Show more": a large garden can have thousands. */
export const WATERING_PAGE = 60;

interface Props {
  plants: readonly PlantSummary[];
  /** Shows the plant on the map (its title then is a button; else a link that opens it). */
  onShow?: (path: string) => void;
  /** The plant selected on the map, marked in the list. */
  current?: string | null;
}

/**
 * "Who and what needs watering", most urgent first, each with the reason. Beside the map it
 * is the accessible way to reach what the picture shows: a click finds the plant on the map.
 * Each person gets Water (the same log-interaction form as everywhere) and something to
 * give them (a note or source sharing their tags, not yet given; computed in the core).
 */
export function NeedsWatering({ plants, onShow, current = null }: Props) {
  const items = useMemo(() => needsWatering(plants), [plants]);
  // The most urgent 200 get a suggestion: one request, whatever the size of the garden.
  const people = useMemo(() => items.filter(({ plant }) => plant.kind === 'person').map(({ plant }) => plant.path).slice(0, 200), [items]);
  const gifts = useSuggestions(people, 1);
  const [shownCount, setShownCount] = useState(WATERING_PAGE);
  const [watering, setWatering] = useState<string | null>(null);
  const [watered, setWatered] = useState<string | null>(null);
  const person = watering ? plants.find((p) => p.path === watering) : undefined;
  return (
    <section className="panel" aria-labelledby="needs-watering-heading">
      <h2 id="needs-watering-heading">
        Needs watering <span className="count">{items.length}</span>
      </h2>
      {items.length === 0 ? (
        <p className="empty">Everything in the garden is tended. Nothing needs watering right now.</p>
      ) : (
        <ol className="watering-list">
          {items.slice(0, shownCount).map(({ plant }) => (
            <li
              key={plant.path}
              className="watering-item"
              data-testid="needs-watering-item"
              data-health={plant.health.state}
              data-path={plant.path}
              aria-current={current === plant.path ? 'true' : undefined}
            >
              <div className="watering-head">
                <KindLabel kind={plant.kind} />
                {onShow ? (
                  <button type="button" className="watering-title plant-title" onClick={() => onShow(plant.path)} title="Show on the map">
                    {plant.title}
                  </button>
                ) : (
                  <a className="plant-title" href={noteHref(plant.path)}>
                    {plant.title}
                  </a>
                )}
                <HealthBadges health={plant.health} />
              </div>
              <p className="watering-reason">{plant.health.reason}</p>
              {plant.kind === 'person' && gifts[plant.path]?.[0] && (
                <p className="watering-gift" data-testid="watering-gift">
                  Something to give: <a href={noteHref(gifts[plant.path]?.[0]?.path ?? '')}>{gifts[plant.path]?.[0]?.title}</a>
                </p>
              )}
              {(onShow || plant.kind === 'person') && (
                <div className="watering-actions">
                  {plant.kind === 'person' && (
                    // Named "Water" alone (the item says whom): the title button stays the only one named after the plant.
                    <button type="button" className="button small water-button" onClick={() => setWatering(plant.path)} title={`Log an interaction with ${plant.title}`}>
                      Water
                    </button>
                  )}
                  {onShow && (
                    <a href={noteHref(plant.path)} aria-label={`Open ${plant.title}`}>
                      Open
                    </a>
                  )}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {items.length > shownCount && (
        <button type="button" className="button small watering-more" data-testid="watering-more" onClick={() => setShownCount((n) => n + WATERING_PAGE)}>
          Show {Math.min(WATERING_PAGE, items.length - shownCount)} more of {items.length - shownCount}
        </button>
      )}
      {watered && (
        <p className="muted small" role="status" data-testid="watered-status">
          {watered}
        </p>
      )}
      {person && <WaterDialog person={person} onClose={() => setWatering(null)} onWatered={setWatered} />}
    </section>
  );
}
