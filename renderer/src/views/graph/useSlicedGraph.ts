/**
 * The map's graph for a snapshot, built a slice at a time (renderer/src/graph/sliced.ts) so
 * opening the map on a large garden never freezes the page; a small garden's graph is ready
 * before the first paint. While a new snapshot's graph is being built, the last one stays.
 * Graphs are kept per snapshot, so the map and every note's local graph share one build.
 */
import { useLayoutEffect, useState } from 'react';
import type { GardenSnapshot } from '../../../../shared/api';
import type { GraphData } from '../../../../shared/graph/model';
import { buildGraphSteps } from '../../../../shared/graph/view-model';
import { runSliced } from '../../graph/sliced';

const graphs = new WeakMap<GardenSnapshot, GraphData>();

export function useSlicedGraph(snapshot: GardenSnapshot | null): GraphData | null {
  const [last, setLast] = useState<GraphData | null>(null);
  const known = snapshot ? graphs.get(snapshot) : undefined;
  useLayoutEffect(() => {
    if (!snapshot || graphs.has(snapshot)) return;
    const abort = new AbortController();
    const keep = (data: GraphData) => {
      graphs.set(snapshot, data);
      setLast(data);
    };
    const started = runSliced(buildGraphSteps(snapshot), abort.signal);
    if (started.done) keep(started.value);
    else void started.value.then(keep);
    return () => abort.abort();
  }, [snapshot]);
  if (!snapshot) return null;
  return known ?? last;
}
