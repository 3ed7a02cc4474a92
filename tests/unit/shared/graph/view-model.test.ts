import { describe, expect, it } from 'vitest';
import type { GardenSnapshot, PlantSummary } from '../../../../shared/api';
import type { PersonFields, SourceFields } from '../../../../shared/types';
import { DEFAULT_GRAPH_OPTIONS, SHAPE_BY_KIND, type GraphData, type GraphOptions } from '../../../../shared/graph/model';
import { buildGraph, buildGraphSteps, legendFor, radiusOf, searchNodes, viewGraph, viewGraphSteps } from '../../../../shared/graph/view-model';
import { day, gp, plant } from '../../renderer/helpers/plants';
import { drainSteps } from './drain-steps';

function person(name: string, fields: Partial<PersonFields>, health: Partial<PlantSummary['health']>, tags: string[] = []): PlantSummary {
  return plant(`people/${name}.md`, {
    kind: 'person',
    title: name,
    tags,
    person: { name, circle: 'professional', cadence: 30, platforms: [], emails: [], interactions: [], ...fields },
    health: { state: 'healthy', vitality: 0.7, reason: `${name} is fine.`, ...health },
  });
}

function source(title: string, fields: Partial<SourceFields>, health: Partial<PlantSummary['health']> = {}, tags: string[] = []): PlantSummary {
  return plant(`sources/${title}.md`, {
    kind: 'source',
    title,
    tags,
    source: { title, url: null, kind: 'article', platform: null, sharedBy: null, status: 'read', added: null, ...fields },
    health: { state: 'healthy', vitality: 1, ...health },
  });
}

const priya = person('Priya', { circle: 'both', platforms: [{ platform: 'reddit', community: 'r/scienceofreading' }, { platform: 'X' }] },
  { state: 'wilting', vitality: 0.14, reason: 'Last contact 40 days ago.', reciprocity: 'balanced' }, ['phonics']);
const jordan = person('Jordan', { platforms: [{ platform: 'Reddit', community: 'r/ScienceOfReading' }, { platform: 'youtube' }] },
  { state: 'healthy', vitality: 0.75, reciprocity: 'only-taking' }, ['phonics', 'reading/intervention']);
const gina = person('Gina', { circle: 'personal', platforms: [{ platform: 'twitter' }] }, { state: 'thriving', vitality: 0.95, reciprocity: 'only-giving' });
const tess = person('Tess', { circle: 'personal', platforms: [{ platform: 'reddit', community: 'r/bettafishcare' }] }, { state: 'dormant', vitality: 0.01 }, ['fish']);

const zpd = plant('notes/ZPD.md', { title: 'Zone of proximal development', aliases: ['ZPD'], tags: ['#zpd', 'psych/dev'] });
const scaffolding = plant('notes/Scaffolding.md', { tags: ['zpd'] });
const orphan = plant('notes/Lonely.md', { health: { state: 'orphan', vitality: 0.3 } });
const stalled = plant('goals/Paper.md', { kind: 'goal', title: 'Research paper', health: { state: 'thirsty', vitality: 0.6 } });
const podcast = source('Sold a Story', { platform: 'podcast' }, {}, ['phonics']);
const video = source('Blending', { platform: 'TikTok', status: 'to-read' }, { state: 'thirsty', vitality: 0.6 });

function garden(overrides: Partial<GardenSnapshot> = {}): GardenSnapshot {
  return {
    name: 'Test',
    today: day('2026-11-25'),
    plants: [priya, jordan, gina, tess, zpd, scaffolding, orphan, stalled, podcast, video],
    links: [
      { from: gp('notes/ZPD.md'), to: gp('notes/Scaffolding.md') },
      { from: gp('notes/Scaffolding.md'), to: gp('notes/ZPD.md') },
      { from: gp('notes/ZPD.md'), to: gp('goals/Paper.md') },
      { from: gp('notes/ZPD.md'), to: gp('people/Priya.md') },
      { from: gp('notes/ZPD.md'), to: gp('notes/ZPD.md') },
      { from: gp('notes/ZPD.md'), to: gp('notes/Gone.md') },
      { from: gp('notes/Scaffolding.md'), to: gp('sources/Sold a Story.md') },
    ],
    seeds: [{ target: 'Heart words', mentionedIn: [gp('notes/ZPD.md'), gp('notes/Scaffolding.md')] }],
    ...overrides,
  };
}

const options = (o: Partial<GraphOptions> = {}): GraphOptions => ({ ...DEFAULT_GRAPH_OPTIONS, ...o });

function node(data: GraphData, id: string) {
  const index = data.indexById.get(id);
  if (index === undefined) throw new Error(`no node ${id}`);
  return data.nodes[index]!;
}

function edgeBetween(data: GraphData, a: string, b: string) {
  const i = data.indexById.get(a);
  const j = data.indexById.get(b);
  return data.edges.find((e) => (e.source === i && e.target === j) || (e.source === j && e.target === i));
}

function visibleIds(data: GraphData, o: Partial<GraphOptions>): string[] {
  const view = viewGraph(data, options(o));
  return data.nodes.filter((n) => view.visible[n.index]).map((n) => n.id).sort();
}

describe('buildGraph: nodes', () => {
  const data = buildGraph(garden());

  it('puts you first, as the sun, then every plant shaped by its kind', () => {
    expect(data.nodes[0]).toMatchObject({ id: 'you', kind: 'you', shape: 'sun', label: 'You' });
    expect(node(data, 'people/Priya.md').shape).toBe('circle');
    expect(node(data, 'notes/ZPD.md').shape).toBe('leaf');
    expect(node(data, 'sources/Sold a Story.md').shape).toBe('diamond');
    expect(node(data, 'goals/Paper.md').shape).toBe('star');
    expect(node(data, 'platform:reddit').shape).toBe('hexagon');
    expect(node(data, 'seed:Heart words').shape).toBe('hollow');
    expect(new Set(Object.values(SHAPE_BY_KIND)).size).toBe(Object.keys(SHAPE_BY_KIND).length);
  });

  it('carries health, reason and tags (lower case, no #) from the snapshot', () => {
    expect(node(data, 'people/Priya.md')).toMatchObject({ state: 'wilting', vitality: 0.14, reason: 'Last contact 40 days ago.', circle: 'both' });
    expect(node(data, 'notes/ZPD.md').tags).toEqual(['zpd', 'psych/dev']);
    expect(node(data, 'notes/ZPD.md').path).toBe('notes/ZPD.md');
  });

  it('derives platform hubs from people and sources, folding case and aliases (twitter is X)', () => {
    const hubs = data.nodes.filter((n) => n.kind === 'platform').map((n) => `${n.id}=${n.label}`);
    expect(hubs).toEqual([
      'platform:podcast=Podcasts',
      'platform:reddit=Reddit',
      'platform:reddit/r/scienceofreading=r/ScienceOfReading',
      'platform:tiktok=TikTok',
      'platform:x=X',
      'platform:youtube=YouTube',
    ]);
    expect(data.platforms.map((p) => `${p.key}:${p.count}`)).toEqual(['reddit:3', 'x:2', 'podcast:1', 'tiktok:1', 'youtube:1']);
  });

  it('gives a community its own hub only once two people share it, tied to its platform', () => {
    expect(edgeBetween(data, 'people/Priya.md', 'platform:reddit/r/scienceofreading')?.kind).toBe('platform');
    expect(edgeBetween(data, 'people/Jordan.md', 'platform:reddit/r/scienceofreading')?.kind).toBe('platform');
    expect(edgeBetween(data, 'platform:reddit/r/scienceofreading', 'platform:reddit')?.kind).toBe('platform');
    // Tess alone in r/bettafishcare: she joins Reddit itself.
    expect(data.indexById.has('platform:reddit/r/bettafishcare')).toBe(false);
    expect(edgeBetween(data, 'people/Tess.md', 'platform:reddit')?.kind).toBe('platform');
    expect(edgeBetween(data, 'sources/Blending.md', 'platform:tiktok')?.kind).toBe('platform');
  });

  it('plants a hollow seed for each unresolved link, tied by dotted edges to where it is mentioned', () => {
    expect(node(data, 'seed:Heart words')).toMatchObject({ kind: 'seed', state: 'seed', seedTarget: 'Heart words', path: null });
    const e = edgeBetween(data, 'notes/Scaffolding.md', 'seed:Heart words');
    expect(e).toMatchObject({ kind: 'seed', style: 'dotted' });
    expect(node(data, 'seed:Heart words').degree).toBe(2);
  });

  it('marks the few most urgent plants to breathe', () => {
    expect(data.nodes.filter((n) => n.urgent).map((n) => n.label).sort()).toEqual(['Blending', 'Jordan', 'Priya', 'Research paper', 'Tess']);
    const many = buildGraph(garden({ plants: [...garden().plants, person('Ann', {}, { state: 'dormant', vitality: 0.001 })] }));
    // Five at most: the least urgent of them (Jordan, only taking) makes way for Ann.
    expect(many.nodes.filter((n) => n.urgent).map((n) => n.label).sort()).toEqual(['Ann', 'Blending', 'Priya', 'Research paper', 'Tess']);
    expect(node(data, 'people/Gina.md').urgency).toBe(4);
    expect(node(data, 'notes/Scaffolding.md').urgency).toBeNull();
  });

  it('gives the same topology key for the same shape and a new one when a link appears', () => {
    expect(buildGraph(garden()).topologyKey).toBe(data.topologyKey);
    const more = buildGraph(garden({ links: [...garden().links, { from: gp('notes/Lonely.md'), to: gp('notes/ZPD.md') }] }));
    expect(more.topologyKey).not.toBe(data.topologyKey);
  });
});

describe('buildGraph: edges', () => {
  const data = buildGraph(garden());

  it('draws one link per pair of plants, ignoring self-links and links to missing files', () => {
    const links = data.edges.filter((e) => e.kind === 'link').map((e) => `${data.nodes[e.source]!.label}–${data.nodes[e.target]!.label}`);
    expect(links.sort()).toEqual([
      'Scaffolding–Sold a Story',
      'Zone of proximal development–Priya',
      'Zone of proximal development–Research paper',
      'Zone of proximal development–Scaffolding',
    ]);
  });

  it('ties you to each person with their vitality and state, dashed when thirsty or worse', () => {
    const ties = data.edges.filter((e) => e.kind === 'tie');
    expect(ties).toHaveLength(4);
    expect(ties.every((e) => e.source === 0)).toBe(true);
    expect(edgeBetween(data, 'you', 'people/Priya.md')).toMatchObject({ state: 'wilting', vitality: 0.14, style: 'dashed' });
    expect(edgeBetween(data, 'you', 'people/Tess.md')).toMatchObject({ state: 'dormant', style: 'dashed' });
    expect(edgeBetween(data, 'you', 'people/Gina.md')).toMatchObject({ state: 'thriving', style: 'solid' });
  });

  it('points a single arrowhead at you when you only take, and at them when you only give', () => {
    expect(edgeBetween(data, 'you', 'people/Jordan.md')?.arrow).toBe('to-you');
    expect(edgeBetween(data, 'you', 'people/Gina.md')?.arrow).toBe('to-person');
    expect(edgeBetween(data, 'you', 'people/Priya.md')?.arrow).toBeNull();
    expect(node(data, 'people/Jordan.md').oneWay).toBe('only-taking');
    expect(node(data, 'people/Gina.md').oneWay).toBe('only-giving');
  });

  it('dashes a link when either end is thirsty or worse, with the weaker vitality', () => {
    expect(edgeBetween(data, 'notes/ZPD.md', 'goals/Paper.md')).toMatchObject({ state: 'thirsty', vitality: 0.6, style: 'dashed' });
    expect(edgeBetween(data, 'notes/ZPD.md', 'people/Priya.md')).toMatchObject({ state: 'wilting', vitality: 0.14, style: 'dashed' });
    expect(edgeBetween(data, 'notes/ZPD.md', 'notes/Scaffolding.md')).toMatchObject({ state: null, vitality: 1, style: 'solid' });
  });

  it('counts degree over every kind of edge', () => {
    // ZPD: Scaffolding, Paper, Priya, seed.
    expect(node(data, 'notes/ZPD.md').degree).toBe(4);
    // Priya: you, ZPD, r/scienceofreading, X.
    expect(node(data, 'people/Priya.md').degree).toBe(4);
    expect(node(data, 'notes/Lonely.md').degree).toBe(0);
  });
});

describe('viewGraph: filters and toggles', () => {
  const data = buildGraph(garden());
  const everything = data.nodes.map((n) => n.id).sort();

  it('shows everything by default', () => {
    expect(visibleIds(data, {})).toEqual(everything);
    expect(viewGraph(data, options()).visibleCount).toBe(data.nodes.length);
  });

  it('filters by kind, keeping you and the hubs and seeds that something visible leads to', () => {
    expect(visibleIds(data, { kinds: ['person'] })).toEqual([
      'people/Gina.md', 'people/Jordan.md', 'people/Priya.md', 'people/Tess.md',
      'platform:reddit', 'platform:reddit/r/scienceofreading', 'platform:x', 'platform:youtube', 'you',
    ]);
  });

  it('filters by health state', () => {
    expect(visibleIds(data, { states: ['wilting', 'dormant'], showPlatforms: false })).toEqual(['people/Priya.md', 'people/Tess.md', 'you']);
  });

  it('filters people by circle, leaving other plants alone', () => {
    const ids = visibleIds(data, { circles: ['personal'], showPlatforms: false, showSeeds: false });
    expect(ids.filter((id) => id.startsWith('people/'))).toEqual(['people/Gina.md', 'people/Tess.md']);
    expect(ids).toContain('notes/ZPD.md');
  });

  it('filters by tag, nested tags included', () => {
    expect(visibleIds(data, { tag: 'psych', showPlatforms: false, showSeeds: false })).toEqual(['notes/ZPD.md', 'you']);
    expect(visibleIds(data, { tag: '#reading', showPlatforms: false })).toEqual(['people/Jordan.md', 'you']);
  });

  it('filters people and sources by platform, communities counting for their platform', () => {
    const ids = visibleIds(data, { platforms: ['Reddit'], kinds: ['person', 'source'] });
    expect(ids).toEqual(['people/Jordan.md', 'people/Priya.md', 'people/Tess.md', 'platform:reddit', 'platform:reddit/r/scienceofreading', 'you']);
  });

  it('hides seeds, orphans and platforms with their toggles', () => {
    expect(visibleIds(data, { showSeeds: false })).not.toContain('seed:Heart words');
    expect(visibleIds(data, { showOrphans: false })).not.toContain('notes/Lonely.md');
    expect(visibleIds(data, { showPlatforms: false }).some((id) => id.startsWith('platform:'))).toBe(false);
  });

  it('shows an edge only when both its ends are shown', () => {
    const view = viewGraph(data, options({ kinds: ['note'] }));
    const shown = data.edges.filter((e) => view.edgeVisible[e.index]).map((e) => `${data.nodes[e.source]!.label}–${data.nodes[e.target]!.label}`);
    expect(shown.sort()).toEqual(['Scaffolding–Heart words', 'Zone of proximal development–Heart words', 'Zone of proximal development–Scaffolding']);
  });
});

describe('viewGraph: colours, sizes, search', () => {
  const data = buildGraph(garden());
  const fillOf = (o: Partial<GraphOptions>, id: string) => viewGraph(data, options(o)).fill[data.indexById.get(id)!];

  it('colours by health by default: one colour per state', () => {
    expect(fillOf({}, 'people/Priya.md')).toBe('graph-wilting');
    expect(fillOf({}, 'people/Tess.md')).toBe('graph-dormant');
    expect(fillOf({}, 'people/Gina.md')).toBe('graph-thriving');
    expect(fillOf({}, 'sources/Blending.md')).toBe('graph-thirsty');
    expect(fillOf({}, 'notes/Lonely.md')).toBe('graph-orphan');
    expect(fillOf({}, 'notes/ZPD.md')).toBe('graph-healthy');
    expect(fillOf({}, 'seed:Heart words')).toBe('graph-seed');
    expect(fillOf({}, 'you')).toBe('graph-you');
    expect(fillOf({}, 'platform:x')).toBe('graph-platform');
    expect(legendFor(options()).map((l) => l.label)).toEqual(['Thriving', 'Healthy', 'Thirsty', 'Wilting', 'Dormant', 'Orphan', 'Unplanted', 'Seed']);
  });

  it('colours by kind and by circle', () => {
    expect(fillOf({ colourBy: 'kind' }, 'people/Priya.md')).toBe('graph-kind-person');
    expect(fillOf({ colourBy: 'kind' }, 'goals/Paper.md')).toBe('graph-kind-goal');
    expect(fillOf({ colourBy: 'circle' }, 'people/Priya.md')).toBe('graph-circle-both');
    expect(fillOf({ colourBy: 'circle' }, 'people/Gina.md')).toBe('graph-circle-personal');
    expect(fillOf({ colourBy: 'circle' }, 'notes/ZPD.md')).toBe('graph-neutral');
  });

  it('colours by tag groups: the first matching query wins', () => {
    const groups = ['tag:phonics kind:person', 'tag:zpd', 'platform:reddit'];
    expect(fillOf({ colourBy: 'groups', groups }, 'people/Jordan.md')).toBe('graph-group-1');
    expect(fillOf({ colourBy: 'groups', groups }, 'notes/Scaffolding.md')).toBe('graph-group-2');
    expect(fillOf({ colourBy: 'groups', groups }, 'people/Tess.md')).toBe('graph-group-3');
    expect(fillOf({ colourBy: 'groups', groups }, 'sources/Sold a Story.md')).toBe('graph-neutral');
    expect(legendFor(options({ colourBy: 'groups', groups })).map((l) => l.label)).toEqual([...groups, 'In no group']);
  });

  it('colours edges by health: ties and neglected links by state, others neutral', () => {
    const view = viewGraph(data, options({ colourBy: 'kind' }));
    expect(view.edgeColour[edgeBetween(data, 'you', 'people/Priya.md')!.index]).toBe('graph-edge-wilting');
    expect(view.edgeColour[edgeBetween(data, 'you', 'people/Gina.md')!.index]).toBe('graph-edge-thriving');
    expect(view.edgeColour[edgeBetween(data, 'notes/ZPD.md', 'goals/Paper.md')!.index]).toBe('graph-edge-thirsty');
    expect(view.edgeColour[edgeBetween(data, 'notes/ZPD.md', 'notes/Scaffolding.md')!.index]).toBe('graph-edge');
    // Strong ties are wider than weak ones.
    expect(view.edgeWidth[edgeBetween(data, 'you', 'people/Gina.md')!.index]).toBeGreaterThan(view.edgeWidth[edgeBetween(data, 'you', 'people/Tess.md')!.index]!);
  });

  it('sizes by degree, or people by tie strength', () => {
    const zpdNode = node(data, 'notes/ZPD.md');
    const lonely = node(data, 'notes/Lonely.md');
    expect(radiusOf(zpdNode, 'degree')).toBeCloseTo(4 + 1.5 * 2);
    expect(radiusOf(lonely, 'degree')).toBe(4);
    expect(radiusOf(node(data, 'people/Gina.md'), 'tie')).toBeCloseTo(3.5 + 9 * 0.95);
    expect(radiusOf(node(data, 'people/Tess.md'), 'tie')).toBeCloseTo(3.5 + 9 * 0.01);
    expect(radiusOf(node(data, 'you'), 'tie')).toBe(radiusOf(node(data, 'you'), 'degree'));
  });

  it('marks search matches by title and alias', () => {
    const view = viewGraph(data, options({ search: 'zpd' }));
    expect(view.searching).toBe(true);
    expect(data.nodes.filter((n) => view.matched[n.index]).map((n) => n.label)).toEqual(['Zone of proximal development']);
  });

  it('finds plants best first: exact, prefix, word start, anywhere', () => {
    const found = searchNodes(data, null, 'sc');
    expect(found.map((n) => n.label)).toEqual(['Scaffolding', 'r/ScienceOfReading']);
    expect(searchNodes(data, null, 'zpd').map((n) => n.label)).toEqual(['Zone of proximal development']);
    expect(searchNodes(data, null, '  ')).toEqual([]);
  });
});

describe('viewGraph: the local graph', () => {
  const data = buildGraph(garden());

  it('shows what lies one link from the focus, over links, ties and seeds', () => {
    expect(visibleIds(data, { focus: 'notes/ZPD.md', depth: 1 })).toEqual(
      ['goals/Paper.md', 'notes/Scaffolding.md', 'notes/ZPD.md', 'people/Priya.md', 'seed:Heart words'],
    );
  });

  it('reaches you and platform hubs, but does not walk through them (else everything would be two steps away)', () => {
    const two = visibleIds(data, { focus: 'notes/ZPD.md', depth: 2 });
    expect(two).toEqual(expect.arrayContaining(['you', 'platform:reddit/r/scienceofreading', 'platform:x', 'sources/Sold a Story.md']));
    const three = visibleIds(data, { focus: 'notes/ZPD.md', depth: 3 });
    // Jordan shares Priya's subreddit and is tied to you: neither hub leads on to him.
    expect(three).not.toContain('people/Jordan.md');
    expect(three).toContain('platform:podcast');
    // Depth is capped at 3.
    expect(visibleIds(data, { focus: 'notes/ZPD.md', depth: 9 })).toEqual(three);
  });

  it('walks from a person through you when you are the focus only', () => {
    expect(visibleIds(data, { focus: 'you', depth: 1, showPlatforms: false })).toEqual(
      ['people/Gina.md', 'people/Jordan.md', 'people/Priya.md', 'people/Tess.md', 'you'],
    );
  });

  it('keeps the filters inside the local graph, and always shows its centre', () => {
    expect(visibleIds(data, { focus: 'notes/ZPD.md', depth: 1, kinds: ['person'] })).toEqual(['notes/ZPD.md', 'people/Priya.md']);
    // An unknown focus is no focus.
    expect(visibleIds(data, { focus: 'notes/Gone.md', depth: 1 })).toEqual(visibleIds(data, {}));
  });
});

describe('buildGraphSteps', () => {
  /** A garden of `n` notes in a ring, each also linking to a missing note (a seed). */
  function ring(n: number): GardenSnapshot {
    const plants = Array.from({ length: n }, (_, i) => plant(`notes/N${i}.md`, { tags: [`t${i % 7}`] }));
    const links = plants.map((p, i) => ({ from: p.path, to: gp(`notes/N${(i + 1) % n}.md`) }));
    return { name: 'Ring', today: day('2026-11-25'), plants, links, seeds: [{ target: `Missing`, mentionedIn: plants.slice(0, 50).map((p) => p.path) }] };
  }

  it('pauses many times on a large garden and builds exactly the graph buildGraph builds', () => {
    const snapshot = ring(20_000);
    const { pauses, value } = drainSteps(buildGraphSteps(snapshot));
    // ~20k plants and ~20k links, a pause every 2048 items: at least a dozen pieces.
    expect(pauses).toBeGreaterThanOrEqual(12);
    const whole = buildGraph(snapshot);
    expect(value.topologyKey).toBe(whole.topologyKey);
    expect(value.nodes).toEqual(whole.nodes);
    expect(value.edges).toEqual(whole.edges);
    expect(value.tags).toEqual(['t0', 't1', 't2', 't3', 't4', 't5', 't6']);
  });

  it('makes the view of a large garden in pieces too, the same view viewGraph makes, filters and all', () => {
    const data = buildGraph(ring(20_000));
    const options = { ...DEFAULT_GRAPH_OPTIONS, tag: 't3', showSeeds: true };
    const { pauses, value } = drainSteps(viewGraphSteps(data, options));
    expect(pauses).toBeGreaterThanOrEqual(12);
    const whole = viewGraph(data, options);
    expect(value).toEqual(whole);
    // The filter really applied: about a seventh of the notes, you, and the seed they lead to.
    expect(value.visibleCount).toBeGreaterThan(2800);
    expect(value.visibleCount).toBeLessThan(2900);
  });
});
