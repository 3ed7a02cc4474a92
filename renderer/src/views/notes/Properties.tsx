/**
 * The key properties of a plant, from the index (the frontmatter the core read), shown
 * as a small list instead of raw YAML in the body.
 */
import type { ReactNode } from 'react';
import type { PlantSummary } from '../../../../shared/api';
import { HealthBadges } from '../../components/HealthBadge';
import { RECIPROCITY_LABELS } from '../../components/labels';
import { TagList } from '../../components/TagList';
import { decideLink } from '../../markdown/link-policy';
import type { TargetIndex } from '../../markdown/resolve-target';
import { noteHref } from '../../router/routes';
import { splitWikilinks } from '../../markdown/wikilink-syntax';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** A value such as `"[[Maya Chen]]"`: linked when the core resolved it, else plain text. */
function LinkedValue({ value, resolve }: { value: string; resolve: TargetIndex }) {
  return (
    <>
      {splitWikilinks(value).map((piece, i) => {
        if (piece.type === 'text') return <span key={i}>{piece.value}</span>;
        const resolved = resolve(piece.link.target);
        const text = piece.link.label ?? piece.link.target;
        return resolved ? <a key={i} href={noteHref(resolved)}>{text}</a> : <span key={i}>{text}</span>;
      })}
    </>
  );
}

function SafeUrl({ url, resolve }: { url: string; resolve: TargetIndex }) {
  const decision = decideLink(url, resolve);
  if (decision.kind !== 'external') return <span title={decision.kind === 'inert' ? decision.reason : undefined}>{url}</span>;
  return (
    <a href={decision.href} target="_blank" rel="noopener noreferrer" className="external-link">
      {url}
    </a>
  );
}

export function Properties({ plant, resolve }: { plant: PlantSummary; resolve: TargetIndex }) {
  const { person, source, goal, health } = plant;
  return (
    <dl className="properties" aria-label="Properties">
      <Row label="Health">
        <HealthBadges health={health} /> <span className="reason">{health.reason}</span>
      </Row>
      {person && (
        <>
          <Row label="Circle">{person.circle}</Row>
          <Row label="Cadence">{person.cadence ? `every ${person.cadence} days` : 'default for the circle'}</Row>
          {health.reciprocity && <Row label="Give and take">{RECIPROCITY_LABELS[health.reciprocity]}</Row>}
          {person.platforms.length > 0 && (
            <Row label="Platforms">
              {person.platforms.map((p) => [p.platform, p.handle, p.community].filter(Boolean).join(' · ')).join(', ')}
            </Row>
          )}
          <Row label="Interactions">{person.interactions.length}</Row>
        </>
      )}
      {source && (
        <>
          <Row label="Kind">{source.kind}</Row>
          <Row label="Status">{source.status}</Row>
          {source.platform && <Row label="Platform">{source.platform}</Row>}
          {source.sharedBy && (
            <Row label="Shared by">
              <LinkedValue value={source.sharedBy} resolve={resolve} />
            </Row>
          )}
          {source.url && (
            <Row label="Address">
              <SafeUrl url={source.url} resolve={resolve} />
            </Row>
          )}
        </>
      )}
      {goal && (
        <>
          <Row label="Horizon">{goal.horizon}</Row>
          <Row label="Status">{goal.status}</Row>
          {goal.due && <Row label="Due">{goal.due}</Row>}
        </>
      )}
      {plant.aliases.length > 0 && <Row label="Aliases">{plant.aliases.join(', ')}</Row>}
      {plant.tags.length > 0 && (
        <Row label="Tags">
          <TagList tags={plant.tags} />
        </Row>
      )}
      {plant.created && <Row label="Created">{plant.created}</Row>}
      <Row label="Modified">{plant.modified}</Row>
    </dl>
  );
}
