/**
 * The map's graph for a snapshot, built a slice at a time (renderer/src/graph/sliced.ts) so
 * opening the map on a large garden never freezes the page. While a new snapshot's graph
 * is being built, the last one stays. Graphs are kept per snapshot, so the map and every
 * note's local graph share one build.
 *
 * Started from a passive effect, after the view that asks for it has painted: from a layout
 * effect, even a small garden's build and the re-render it causes landed in the task that
 * mounted the map view (the larger part of a 60 ms task at 1k plants).
 */
import { startTransition, useEffect, useState } from 'react';
import type { GardenSnapshot } from '../../../../shared/api';
import { DEFAULT_GRAPH_OPTIONS, type GraphData } from '../../../../shared/graph/model';
import type { Steps } from '../../../../shared/graph/steps';
import { buildGraphSteps, viewGraphSteps } from '../../../../shared/graph/view-model';
import { runSliced } from '../../graph/sliced';
import { keepView } from './view-cache';

const graphs = new WeakMap<GardenSnapshot, GraphData>();

/** The graph, then its view for the default options (what the map opens with; see view-cache). */
function* graphWithDefaultView(snapshot: GardenSnapshot): Steps<GraphData> {
  const data = yield* buildGraphSteps(snapshot);
  keepView(data, DEFAULT_GRAPH_OPTIONS, yield* viewGraphSteps(data, DEFAULT_GRAPH_OPTIONS));
  return data;
}

export function useSlicedGraph(snapshot: GardenSnapshot | null): GraphData | null {
  const [last, setLast] = useState<GraphData | null>(null);
  const known = snapshot ? graphs.get(snapshot) : undefined;
  useEffect(() => {
    if (!snapshot || graphs.has(snapshot)) return;
    const abort = new AbortController();
    const keep = (data: GraphData) => {
      graphs.set(snapshot, data);
      // A transition, so the views that take the new graph render in slices (at 50k plants
      // the map's view model and its plant list were one 96 ms render the other way).
      startTransition(() => setLast(data));
    };
    const started = runSliced(graphWithDefaultView(snapshot), abort.signal);
    if (started.done) keep(started.value);
    else void started.value.then(keep);
    return () => abort.abort();
  }, [snapshot]);
  if (!snapshot) return null;
  return known ?? last;
}
