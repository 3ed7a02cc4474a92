/**
 * The map in words, for screen readers (and for tests): the plants drawn, most urgent
 * first, each with its kind, state and the marks the picture gives it. Visually hidden;
 * the needs-watering panel and the search are the visible ways in.
 */
import { memo } from 'react';
import { HEALTH_LABELS, RECIPROCITY_LABELS } from '../../components/labels';
import type { GraphData, GraphNode, GraphView } from '../../../../shared/graph/model';
import { isNeglected } from '../../../../shared/graph/view-model';

const LIMIT = 400;

export function marksOf(node: GraphNode, pinned: boolean): string[] {
  const marks: string[] = [];
  if (isNeglected(node.state)) marks.push('neglected');
  if (node.oneWay) marks.push('one-way', node.oneWay);
  if (node.urgent) marks.push('urgent');
  if (pinned) marks.push('pinned');
  return marks;
}

function describe(node: GraphNode): string {
  const parts: string[] = [node.kind === 'you' ? 'you' : node.kind];
  if (node.state && node.kind !== 'seed') parts.push(HEALTH_LABELS[node.state].toLowerCase());
  if (node.oneWay) parts.push(RECIPROCITY_LABELS[node.oneWay].toLowerCase());
  return `${node.label} (${parts.join(', ')})${node.reason ? `: ${node.reason}` : ''}`;
}

interface Props {
  data: GraphData;
  view: GraphView;
  positions: Float32Array | null;
  pinned: ReadonlySet<string>;
}

export const MapPlantList = memo(function MapPlantList({ data, view, positions, pinned }: Props) {
  const shown = data.nodes
    .filter((n) => view.visible[n.index])
    .sort((a, b) => (a.kind === 'you' ? -1 : b.kind === 'you' ? 1 : 0) || (a.urgency ?? 99) - (b.urgency ?? 99) || a.label.localeCompare(b.label));
  const at = (node: GraphNode, axis: 0 | 1) => {
    const v = positions?.[node.index * 2 + axis];
    return v === undefined || !Number.isFinite(v) ? undefined : (Math.round(v * 10) / 10).toString();
  };
  return (
    <section className="visually-hidden" aria-labelledby="map-plants-heading" data-testid="map-plants">
      <h2 id="map-plants-heading">Plants on the map</h2>
      <p>
        {shown.length === 1 ? '1 drawn' : `${shown.length} drawn`}
        {shown.length > LIMIT ? `; the ${LIMIT} most in need of care are listed. Use the search to find any other.` : '.'}
      </p>
      <ul>
        {shown.slice(0, LIMIT).map((node) => (
          <li
            key={node.id}
            data-testid="map-plant"
            data-id={node.id}
            data-kind={node.kind}
            data-state={node.state ?? undefined}
            data-marks={marksOf(node, pinned.has(node.id)).join(' ')}
            data-x={at(node, 0)}
            data-y={at(node, 1)}
          >
            {describe(node)}
          </li>
        ))}
      </ul>
    </section>
  );
});
