/** A person as a card: who, how long since, what to give. */
import type { Gift } from '../../../../shared/api';
import { HealthBadges } from '../../components/HealthBadge';
import { TagList } from '../../components/TagList';
import { noteHref } from '../../router/routes';
import { CIRCLE_LABELS } from './labels';
import type { PersonRow } from './people-model';
import { Balance, LastContact, Overdue } from './PersonBits';

export function PersonCard({ row, gift, onWater }: { row: PersonRow; gift: Gift | undefined; onWater(row: PersonRow): void }) {
  return (
    <li className="person-card" data-testid="person-card" data-path={row.path} data-health={row.state}>
      <div className="person-card-head">
        <a className="plant-title" href={noteHref(row.path)}>
          {row.name}
        </a>
        <HealthBadges health={row.plant.health} />
      </div>
      <p className="muted small">
        {CIRCLE_LABELS[row.circle]}
        {row.platforms.length > 0 && ` · ${row.platforms.join(', ')}`}
      </p>
      <dl className="person-facts">
        <dt>Last interaction</dt>
        <dd>
          <LastContact row={row} />
        </dd>
        <dt>Overdue</dt>
        <dd>
          <Overdue row={row} />
        </dd>
        <dt>Give and take</dt>
        <dd>
          <Balance row={row} />
        </dd>
      </dl>
      <TagList tags={row.tags} />
      {row.losingTouch && gift && (
        <p className="person-gift small">
          Something to give: <a href={noteHref(gift.path)}>{gift.title}</a>
        </p>
      )}
      <div className="person-card-actions">
        <button type="button" className="button small water-button" onClick={() => onWater(row)} aria-label={`Water ${row.name}`}>
          Water
        </button>
      </div>
    </li>
  );
}
