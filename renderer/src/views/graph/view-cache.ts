/**
 * The map's view of a graph (filters, colours, sizes) for given options, reusing one made
 * ahead of time: the graph's sliced build (useSlicedGraph) also makes the view for the
 * default options, a slice at a time, so opening the map does not compute it in one go
 * while rendering (~60 ms at 50k plants). Other options are computed when asked.
 */
import type { GraphData, GraphOptions, GraphView } from '../../../../shared/graph/model';
import { viewGraph } from '../../../../shared/graph/view-model';

const made = new WeakMap<GraphData, { options: GraphOptions; view: GraphView }>();

export function keepView(data: GraphData, options: GraphOptions, view: GraphView): void {
  made.set(data, { options, view });
}

export function viewFor(data: GraphData, options: GraphOptions): GraphView {
  const known = made.get(data);
  if (known && known.options === options) return known.view;
  const view = viewGraph(data, options);
  keepView(data, options, view);
  return view;
}
