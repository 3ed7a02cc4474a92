/**
 * The local graph beside an open note or person: what lies within 1–3 links of it, on a
 * small map of its own (the view-model's neighbourhood, shared/graph/view-model.ts, cut out
 * as a subgraph so only those few plants are laid out). Plants start where the garden map
 * left them; nothing here is saved. Clicking a plant opens it. While the garden is being
 * edited it follows a moment behind (useSettledSnapshot.ts).
 */
import { useMemo, useState, type KeyboardEvent } from 'react';
import { DEFAULT_GRAPH_OPTIONS } from '../../../../shared/graph/model';
import { neighbourhoodWithin, subgraph, viewGraph } from '../../../../shared/graph/view-model';
import { useGarden } from '../../app/GardenContext';
import { nearestInDirection, type Direction } from '../../graph/keyboard-nav';
import type { MapCallbacks, MapController } from '../../graph/map-controller';
import { navigate } from '../../router/navigate';
import { noteHref, seedHref } from '../../router/routes';
import '../../styles/graph.css';
import { DepthSelect } from './DepthSelect';
import { MapCanvas } from './MapCanvas';
import { useSavedLayout } from './useSavedLayout';
import { useSettledSnapshot } from './useSettledSnapshot';
import { useSlicedGraph } from './useSlicedGraph';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export function LocalGraphPanel({ path }: { path: string }) {
  const { snapshot: latest, epoch } = useGarden();
  const snapshot = useSettledSnapshot(latest, path);
  const saved = useSavedLayout(epoch);
  const [depth, setDepth] = useState(1);
  const [selected, setSelected] = useState<string | null>(null);
  const [map, setMap] = useState<MapController | null>(null);
  const [layoutState, setLayoutState] = useState<'running' | 'settled'>('running');
  const full = useSlicedGraph(snapshot);
  const local = useMemo(() => {
    if (!full) return null;
    const within = neighbourhoodWithin(full, path, depth);
    return within ? subgraph(full, within) : null;
  }, [full, path, depth]);
  const view = useMemo(() => (local ? viewGraph(local, DEFAULT_GRAPH_OPTIONS) : null), [local]);
  if (!local || !view) return null;
  const centre = local.indexById.get(path) ?? -1;
  const selectedIndex = selected === null ? centre : (local.indexById.get(selected) ?? centre);
  const open = (index: number) => {
    const node = local.nodes[index];
    if (node?.path && node.path !== path) navigate(noteHref(node.path));
    else if (node?.seedTarget) navigate(seedHref(node.seedTarget));
  };
  const events: MapCallbacks = {
    onHover: () => undefined,
    onOpen: open,
    onSettled: () => undefined,
    onLayoutState: setLayoutState,
    onPinned: () => undefined,
    onViewChange: () => undefined,
    onError: () => undefined,
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || !map) return;
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      const next = nearestInDirection(map.currentPositions(), view.visible, selectedIndex, direction);
      if (next >= 0) setSelected(local.nodes[next]?.id ?? null);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(selectedIndex);
    }
  };
  const others = local.nodes.filter((n) => n.path !== null && n.path !== path).length;
  return (
    <section className="panel local-graph graph-palette" aria-labelledby="local-graph-heading" data-testid="local-graph">
      <div className="local-graph-head">
        <h2 id="local-graph-heading">Local graph</h2>
        <span className="muted" data-testid="local-graph-count">
          {others === 1 ? '1 plant' : `${others} plants`}
        </span>
        <DepthSelect testId="local-graph-depth" value={depth} onChange={setDepth} />
      </div>
      {saved ? (
        <MapCanvas data={local} view={view} saved={saved} selected={selectedIndex} events={events} onController={setMap} onKeyDown={onKeyDown} layoutState={layoutState} />
      ) : (
        <div className="graph-stage" data-layout="loading" />
      )}
      <ul className="visually-hidden" aria-label="Plants in the local graph">
        {local.nodes.filter((n) => n.path !== path).slice(0, 200).map((n) => (
          <li key={n.id} data-testid="local-graph-plant" data-id={n.id}>
            {n.label}
          </li>
        ))}
      </ul>
    </section>
  );
}
