/** The selected plant, beside the map: what it is, how it is, and what can be done with it. */
import { HealthBadges } from '../../components/HealthBadge';
import { KindLabel } from '../../components/KindIcon';
import type { GraphNode } from '../../../../shared/graph/model';
import { noteHref, seedHref } from '../../router/routes';

const ONE_WAY: Record<string, string> = {
  'only-taking': 'You only take from this person: the arrow on your tie points at you.',
  'only-giving': 'You only give to this person: the arrow on your tie points at them.',
};

interface Props {
  node: GraphNode;
  pinned: boolean;
  onUnpin(): void;
  onCentre(): void;
  /** Whether the map shows this plant's local graph, and the way in and out of it. */
  local: boolean;
  onLocal(): void;
  onClose(): void;
}

export function PlantCard({ node, pinned, onUnpin, onCentre, local, onLocal, onClose }: Props) {
  const kind = node.kind === 'you' || node.kind === 'platform' || node.kind === 'seed' ? null : node.kind;
  return (
    <section className="graph-card" aria-label={`Selected: ${node.label}`} data-testid="graph-card" data-id={node.id}>
      <button type="button" className="graph-card-close" aria-label="Close" onClick={onClose}>
        ×
      </button>
      {kind ? <KindLabel kind={kind} /> : <span className="muted">{node.kind === 'you' ? 'The centre of your network' : node.kind === 'platform' ? 'Platform' : 'Seed'}</span>}
      <h2>{node.label}</h2>
      {kind && node.state && (
        <HealthBadges health={{ state: node.state, vitality: node.vitality, reason: node.reason, reciprocity: node.reciprocity ?? undefined }} />
      )}
      {node.reason && <p>{node.reason}</p>}
      {node.oneWay && <p>{ONE_WAY[node.oneWay]}</p>}
      {pinned && <p>Pinned where you dropped it.</p>}
      <div className="graph-card-actions">
        {node.path && (
          <a className="graph-button" href={noteHref(node.path)} data-testid="graph-card-open">
            Open
          </a>
        )}
        {node.seedTarget && (
          <a className="graph-button" href={seedHref(node.seedTarget)}>
            Plant this seed
          </a>
        )}
        <button type="button" className="graph-button" onClick={onCentre}>
          Centre
        </button>
        <button type="button" className="graph-button" onClick={onLocal} data-testid="graph-card-local" aria-pressed={local} title="Only what lies near this plant (L)">
          {local ? 'Whole garden' : 'Local graph'}
        </button>
        {pinned && (
          <button type="button" className="graph-button" onClick={onUnpin} data-testid="graph-unpin">
            Unpin
          </button>
        )}
      </div>
    </section>
  );
}
