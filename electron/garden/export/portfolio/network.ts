/**
 * The overview's picture of the network: shared/graph/svg.ts's renderGardenSvg over the
 * portfolio's part of the garden, with privacy applied through its `label` hook. Pure.
 *
 * What is drawn: the exported goals, notes and sources, and the people behind them (with
 * "you" at the centre and the platforms they live on) — not the whole garden, whose other
 * note titles were not chosen for the portfolio. Past MAX_PLANTS the best-linked notes are
 * kept, so a portfolio of thousands of notes still gets a readable picture quickly.
 *
 * Names: a person is labelled with what the portfolio shows for them (people.ts); exported
 * plants with their (redacted) titles; platforms by name; communities (a school, a Slack
 * workspace) and seeds stay unnamed. People reach the picture without handles, addresses,
 * emails or interactions at all, so nothing else in the file can carry them either.
 */
import type { GardenSnapshot, PlantSummary } from '../../../../shared/api';
import type { GraphNode } from '../../../../shared/graph/model';
import { layoutSync } from '../../../../shared/graph/layout-sync';
import { renderGardenSvg } from '../../../../shared/graph/svg';
import { buildGraph } from '../../../../shared/graph/view-model';
import type { GardenPath } from '../../../../shared/types';
import type { NetworkPicture } from './pages';
import type { SiteModel } from './site-model';

export const MAX_PLANTS = 250;
/**
 * Ticks of the force layout for plants without a saved position. The map's worker runs to
 * rest (≈ 300 ticks); a still picture is readable well before, and at 250 plants each tick
 * costs a few milliseconds, so the export stops at this many.
 */
export const LAYOUT_TICKS = 150;

export function portfolioPlants(model: SiteModel): GardenPath[] {
  const { selection } = model;
  const fixed = [...selection.goals, ...selection.sources, ...selection.people];
  const room = Math.max(0, MAX_PLANTS - fixed.length);
  const degree = (p: GardenPath) => (model.plant(p)?.linksIn.length ?? 0) + (model.plant(p)?.linksOut.length ?? 0);
  const notes = selection.notes.length <= room ? selection.notes : [...selection.notes].sort((a, b) => degree(b) - degree(a) || a.localeCompare(b)).slice(0, room);
  return [...fixed, ...notes];
}

function summaryOf(model: SiteModel, path: GardenPath): PlantSummary | null {
  const plant = model.plant(path);
  if (!plant) return null;
  const summary: PlantSummary = {
    path, kind: plant.kind, title: plant.kind === 'person' ? '' : model.title(path), aliases: [], tags: plant.tags,
    created: plant.created, modified: plant.modified, problems: [], health: plant.health,
  };
  if (plant.person) {
    summary.person = {
      name: '', circle: plant.person.circle, cadence: plant.person.cadence, emails: [], interactions: [],
      platforms: plant.person.platforms.map((p) => ({ platform: p.platform, ...(p.community ? { community: p.community } : {}) })),
    };
  }
  if (plant.source) summary.source = { ...plant.source, title: model.title(path), url: null, sharedBy: null };
  if (plant.goal) summary.goal = plant.goal;
  return summary;
}

export function networkLabel(model: SiteModel, node: GraphNode): string | null {
  if (node.kind === 'platform') return node.id.includes('/') ? null : node.label;
  if (node.path === null) return null;
  const person = model.people.get(node.path);
  if (person) return person.shownAs;
  return model.sitePath.has(node.path) ? model.title(node.path) : null;
}

export function networkPicture(model: SiteModel, positions: Readonly<Record<string, readonly [number, number]>> = {}): NetworkPicture {
  const paths = portfolioPlants(model);
  const inside = new Set(paths);
  const plants = paths.map((p) => summaryOf(model, p)).filter((p): p is PlantSummary => p !== null);
  const links = paths.flatMap((from) => (model.plant(from)?.linksOut ?? []).filter((to) => inside.has(to)).map((to) => ({ from, to })));
  const snapshot: GardenSnapshot = { name: model.catalog.gardenName, today: model.catalog.today, plants, links, seeds: [] };
  // Laid out here with a tick budget; every position is then known, so the writer does not move them.
  const graph = buildGraph(snapshot);
  const laid = layoutSync(graph, positions, { seed: 1, maxTicks: LAYOUT_TICKS });
  const known: Record<string, [number, number]> = {};
  for (const node of graph.nodes) known[node.id] = [laid[node.index * 2] ?? 0, laid[node.index * 2 + 1] ?? 0];
  const svg = renderGardenSvg(snapshot, { positions: known, label: (node) => networkLabel(model, node), width: 1200, height: 760, idPrefix: 'portfolio-network' });
  const { goals, sources, people, notes } = model.selection;
  const notesDrawn = paths.length - (goals.length + sources.length + people.length);
  const partly = notesDrawn < notes.length ? ` Only the ${notesDrawn} best-linked of the ${notes.length} notes are drawn.` : '';
  return {
    svg,
    notice: `You at the centre; the goals, notes and sources of this portfolio and the people behind them, coloured by how well they are tended.${partly} People are shown as this portfolio names them.`,
  };
}
