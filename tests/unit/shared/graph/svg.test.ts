// @vitest-environment jsdom
/**
 * The SVG writer: a well-formed, self-contained picture of the garden whose text is all
 * escaped, whose privacy hook decides every name in it, and whose output is the same for the
 * same garden.
 */
import { describe, expect, it } from 'vitest';
import type { GardenSnapshot, PlantSummary } from '../../../../shared/api';
import { GRAPH_COLOURS } from '../../../../shared/graph/colours';
import { escapeXml, renderGardenSvg, renderGraphSvg } from '../../../../shared/graph/svg';
import { buildGraph, viewGraph } from '../../../../shared/graph/view-model';
import { DEFAULT_GRAPH_OPTIONS } from '../../../../shared/graph/model';
import type { PersonFields } from '../../../../shared/types';
import { day, gp, plant } from '../../renderer/helpers/plants';

const HOSTILE = '<script>alert("x")</script> & \'Bob\' <img src=x onerror=alert(1)>';

function person(name: string, fields: Partial<PersonFields>, health: Partial<PlantSummary['health']>): PlantSummary {
  return plant(`people/${name}.md`, {
    kind: 'person',
    title: name,
    person: { name, circle: 'professional', cadence: 30, platforms: [{ platform: 'linkedin' }], emails: [], interactions: [], ...fields },
    health: { state: 'healthy', vitality: 0.7, reason: `${name} is fine.`, ...health },
  });
}

function garden(): GardenSnapshot {
  return {
    name: 'Ada’s <garden>',
    today: day('2026-11-25'),
    plants: [
      person('Maya Chen', {}, { state: 'wilting', vitality: 0.1, reciprocity: 'balanced' }),
      person('Jordan Lee', {}, { state: 'healthy', vitality: 0.8, reciprocity: 'only-taking' }),
      plant('notes/ZPD.md', { title: 'Zone of proximal development' }),
      plant('notes/Hostile.md', { title: HOSTILE }),
      plant('notes/Control.md', { title: 'Bell\u0007 and \u0000nul' }),
      plant('goals/Paper.md', { kind: 'goal', title: 'Research paper', health: { state: 'thirsty', vitality: 0.6 } }),
    ],
    links: [
      { from: gp('notes/ZPD.md'), to: gp('goals/Paper.md') },
      { from: gp('notes/ZPD.md'), to: gp('people/Maya Chen.md') },
      { from: gp('notes/Hostile.md'), to: gp('notes/ZPD.md') },
      { from: gp('notes/Control.md'), to: gp('notes/ZPD.md') },
    ],
    seeds: [{ target: 'Maya Chen’s talk', mentionedIn: [gp('notes/ZPD.md')] }],
  };
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const texts = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((e) => e.textContent ?? '');

describe('renderGardenSvg', () => {
  it('writes a well-formed SVG with a title, a description, every plant and a legend', () => {
    const svg = renderGardenSvg(garden());
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-labelledby')).toBe('garden-map-title garden-map-desc');
    expect(doc.getElementById('garden-map-title')?.textContent).toBe('Garden map of Ada’s <garden>');
    expect(doc.getElementById('garden-map-desc')?.textContent).toContain('2 people, 3 notes, 0 sources and 1 goal');
    // One tooltip per plant, seed and platform hub, and the sun's.
    const tips = texts(doc, 'g.plants title');
    expect(tips).toContain('Maya Chen (person, wilting)');
    expect(tips).toContain('Jordan Lee (person, healthy, only taking)');
    expect(tips).toContain('You, at the centre of your learning network');
    expect(texts(doc, 'g.labels text')).toContain('Zone of proximal development');
    expect(texts(doc, 'g.legend text')).toEqual(expect.arrayContaining(['Shape: kind', 'Person', 'Wilting', 'One-way tie (arrowhead)']));
  });

  it('escapes every title, so hostile names are text, never markup, and drops characters XML forbids', () => {
    const svg = renderGardenSvg(garden());
    const doc = parse(svg);
    expect(svg).not.toMatch(/<script|<img/);
    expect(svg.includes('\u0007') || svg.includes('\u0000')).toBe(false);
    expect(doc.querySelectorAll('script, img, foreignObject, image, a')).toHaveLength(0);
    const handlers = [...doc.querySelectorAll('*')].flatMap((e) => e.getAttributeNames().filter((a) => a.toLowerCase().startsWith('on')));
    expect(handlers).toEqual([]);
    expect(texts(doc, 'title')).toContain(`${HOSTILE} (note, healthy)`);
    expect(texts(doc, 'title')).toContain('Bell and nul (note, healthy)');
    expect(escapeXml('a<b>&"\'\uD800z')).toBe('a&lt;b&gt;&amp;&quot;&#39;z');
    expect(escapeXml('🌱 ok')).toBe('🌱 ok');
  });

  it('refers to nothing outside itself', () => {
    const svg = renderGardenSvg(garden());
    expect(svg).not.toMatch(/href=|url\(|@import|<style|<script/i);
    expect(svg.match(/xmlns="[^"]+"/g)).toEqual(['xmlns="http://www.w3.org/2000/svg"']);
  });

  it('names people only as the label hook says, everywhere a name appears (labels and tooltips)', () => {
    let n = 0;
    const aliases = new Map<string, string>();
    const svg = renderGardenSvg(garden(), {
      label: (node) => {
        if (node.kind === 'person') {
          if (!aliases.has(node.id)) aliases.set(node.id, `Person ${++n}`);
          return aliases.get(node.id) ?? null;
        }
        if (node.kind === 'seed') return null;
        return node.label;
      },
    });
    expect(svg).not.toContain('Maya');
    expect(svg).not.toContain('Jordan');
    const doc = parse(svg);
    expect(texts(doc, 'g.plants title')).toEqual(expect.arrayContaining(['Person 1 (person, healthy, only taking)', 'Person 2 (person, wilting)', 'A seed (not planted yet)']));
    expect(texts(doc, 'g.labels text')).toEqual(expect.arrayContaining(['Person 1', 'Person 2']));

    const hidden = renderGardenSvg(garden(), { label: (node) => (node.kind === 'person' ? null : node.label) });
    expect(hidden).not.toContain('Maya Chen (');
    expect(texts(parse(hidden), 'g.plants title')).toContain('A person, wilting');
    expect(texts(parse(hidden), 'g.labels text')).not.toContain('Maya Chen');
  });

  it('marks neglect without colour: a dashed tie to the wilting person, one arrowhead and a ring for the one-way one', () => {
    const doc = parse(renderGardenSvg(garden()));
    const light = GRAPH_COLOURS.light;
    const wiltingTie = [...doc.querySelectorAll('g.edges path')].find((p) => p.getAttribute('stroke') === light['graph-edge-wilting']);
    expect(wiltingTie?.getAttribute('stroke-dasharray')).toBe('5 3.5');
    const arrow = [...doc.querySelectorAll('g.edges path')].filter((p) => p.getAttribute('fill') === light['graph-oneway']);
    expect(arrow).toHaveLength(1);
    expect(arrow[0]!.getAttribute('d')!.match(/Z/g)).toHaveLength(1);
    const ring = [...doc.querySelectorAll('g.plants > path')].find((p) => p.getAttribute('stroke') === light['graph-oneway']);
    expect(ring).toBeDefined();
    // The wilting person's outline is dashed too.
    const maya = [...doc.querySelectorAll('g.plants title')].find((t) => t.textContent === 'Maya Chen (person, wilting)');
    expect(maya?.parentElement?.parentElement?.getAttribute('stroke-dasharray')).toBe('5 3.5');
    expect(maya?.parentElement?.parentElement?.getAttribute('fill')).toBe(light['graph-wilting']);
  });

  it('is the same text for the same garden and seed, and draws dark on a dark background', () => {
    const a = renderGardenSvg(garden(), { seed: 7 });
    expect(renderGardenSvg(garden(), { seed: 7 })).toBe(a);
    const dark = parse(renderGardenSvg(garden(), { theme: 'dark' }));
    expect(dark.querySelector('svg > rect')?.getAttribute('fill')).toBe(GRAPH_COLOURS.dark['graph-bg']);
    expect(parse(a).querySelector('svg > rect')?.getAttribute('fill')).toBe(GRAPH_COLOURS.light['graph-bg']);
  });

  it('uses saved positions where it has them', () => {
    const data = buildGraph(garden());
    const positions: Record<string, [number, number]> = {};
    data.nodes.forEach((node, i) => (positions[node.id] = [i * 10, 0]));
    positions['notes/ZPD.md'] = [-500, 0];
    positions['goals/Paper.md'] = [500, 0];
    const doc = parse(renderGardenSvg(garden(), { positions }));
    const xOf = (title: string) => {
      const path = [...doc.querySelectorAll('g.plants title')].find((t) => t.textContent?.startsWith(title))?.parentElement;
      return Number(/^M(-?[\d.]+)/.exec(path?.getAttribute('d') ?? '')?.[1]);
    };
    expect(xOf('Zone of proximal development')).toBeLessThan(xOf('Maya Chen'));
    expect(xOf('Research paper')).toBeGreaterThan(xOf('Maya Chen'));
  });

  it('draws only what the view’s filters keep', () => {
    const svg = renderGardenSvg(garden(), { graphOptions: { kinds: ['person'] } });
    expect(svg).not.toContain('Zone of proximal development');
    expect(svg).toContain('Maya Chen');
  });
});

describe('renderGraphSvg', () => {
  it('draws a view at the positions given (the map’s current picture)', () => {
    const data = buildGraph(garden());
    const view = viewGraph(data, { ...DEFAULT_GRAPH_OPTIONS, search: 'zone' });
    const positions = new Float32Array(data.nodes.length * 2).map((_, i) => (i % 2 ? 0 : i * 5));
    const doc = parse(renderGraphSvg(data, view, positions, { name: 'Test', width: 800, height: 600 }));
    expect(doc.documentElement.getAttribute('width')).toBe('800');
    // A search dims what it does not match, as on the map.
    const zone = [...doc.querySelectorAll('g.plants title')].find((t) => t.textContent?.startsWith('Zone'))?.parentElement?.parentElement;
    const maya = [...doc.querySelectorAll('g.plants title')].find((t) => t.textContent?.startsWith('Maya'))?.parentElement?.parentElement;
    expect(zone?.getAttribute('opacity')).toBeNull();
    expect(maya?.getAttribute('opacity')).toBe('0.3');
  });
});
