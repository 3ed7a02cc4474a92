/**
 * Goals, academic and personal (the seed's: a research paper on the ZPD, public speaking
 * before Toast Masters): due date and status, the plants linked to each, and what grew
 * around it in the last 30 days — the health model calls a goal with no growth thirsty.
 */
import { useMemo } from 'react';
import { GOAL_HORIZONS, type GoalHorizon } from '../../../../shared/types';
import { useGarden } from '../../app/GardenContext';
import { daysAgoText } from '../../components/days-ago';
import { HealthBadges } from '../../components/HealthBadge';
import { KindIcon } from '../../components/KindIcon';
import { KIND_LABELS } from '../../components/labels';
import { noteHref } from '../../router/routes';
import '../../styles/network.css';
import { EmptyGarden } from '../EmptyGarden';
import { dueText, goalRows, GROWTH_WINDOW_DAYS, type GoalRow } from './goal-growth';

const HORIZON_LABELS: Record<GoalHorizon, string> = { academic: 'Academic goals', personal: 'Personal goals' };
const STATUS_LABELS = { active: 'Active', done: 'Done', paused: 'Paused' } as const;

function GoalCard({ row }: { row: GoalRow }) {
  const { plant } = row;
  return (
    <li className="goal-card" data-testid="goal-card" data-path={plant.path} data-health={plant.health.state}>
      <div className="goal-head">
        <a className="plant-title" href={noteHref(plant.path)}>
          {plant.title}
        </a>
        <HealthBadges health={plant.health} />
      </div>
      <p className="muted small">
        {STATUS_LABELS[plant.goal?.status ?? 'active']} · <span className={row.dueIn !== null && row.dueIn < 0 ? 'overdue' : undefined}>{dueText(row)}</span>
      </p>
      <p className="reason">{plant.health.reason}</p>
      <div className="goal-columns">
        <section aria-label={`Recent growth around ${plant.title}`}>
          <h3 className="mini-heading">Grew in the last {GROWTH_WINDOW_DAYS} days</h3>
          {row.growth.length === 0 ? (
            <p className="muted small" data-testid="goal-no-growth">Nothing linked to it changed.</p>
          ) : (
            <ul className="mini-list" data-testid="goal-growth">
              {row.growth.map(({ plant: p, daysAgo }) => (
                <li key={p.path}>
                  <KindIcon kind={p.kind} /> <a href={noteHref(p.path)}>{p.title}</a>{' '}
                  <span className="muted small">{daysAgoText(daysAgo)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-label={`Plants linked to ${plant.title}`}>
          <h3 className="mini-heading">Linked plants <span className="count">{row.linked.length}</span></h3>
          {row.linked.length === 0 ? (
            <p className="muted small">Nothing links here yet: link notes, sources and people to this goal.</p>
          ) : (
            <ul className="mini-list">
              {row.linked.map((p) => (
                <li key={p.path}>
                  <KindIcon kind={p.kind} /> <span className="visually-hidden">{KIND_LABELS[p.kind]}: </span>
                  <a href={noteHref(p.path)}>{p.title}</a>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </li>
  );
}

export function GoalsView() {
  const { snapshot } = useGarden();
  const rows = useMemo(() => (snapshot ? goalRows(snapshot) : []), [snapshot]);
  if (!snapshot) return <EmptyGarden />;
  return (
    <section className="view network-view">
      <header className="view-header">
        <h1>
          Goals <span className="count">{rows.length}</span>
        </h1>
        <p className="muted">What you are growing towards, and whether anything has grown around it lately.</p>
      </header>
      {rows.length === 0 ? (
        <p className="empty">No goals yet. A markdown file in goals/ (or with type: goal) adds one; link notes and sources to it.</p>
      ) : (
        GOAL_HORIZONS.map((horizon) => {
          const list = rows.filter((r) => r.horizon === horizon);
          if (list.length === 0) return null;
          return (
            <section key={horizon} aria-label={HORIZON_LABELS[horizon]}>
              <h2 className="group-title">
                {HORIZON_LABELS[horizon]} <span className="count">{list.length}</span>
              </h2>
              <ul className="goal-cards">
                {list.map((row) => (
                  <GoalCard key={row.plant.path} row={row} />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </section>
  );
}
