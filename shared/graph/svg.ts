/**
 * The garden map as a self-contained SVG string: for `pln graph`, the map's "Export SVG" and
 * the portfolio. The same view-model, shapes, marks and label placement as the canvas, so the
 * file reads like the map: shapes by kind, colours by health (or the view's colouring), dashed
 * neglected edges, one arrowhead on one-way ties, a ring on one-way people, you as the sun at
 * the centre, and a legend. No external reference (no fonts, images, scripts or links), and
 * every piece of text is escaped: titles are user data.
 *
 * `label(node)` decides what each node is called wherever a name could appear (the label on
 * the picture and the node's tooltip `<title>`); returning null leaves the node unnamed. The
 * portfolio uses it to keep people's names private.
 */
import type { GardenSnapshot } from '../api';
import { GRAPH_COLOURS, themeColour, type GraphTheme } from './colours';
import { labelPriority, labelText, placeLabels, LABEL_FONT_PX } from './labels';
import { layoutSync } from './layout-sync';
import { DASH, EDGE_ALPHA, OUTLINE_WIDTH, arrowTriangle, nodeOutline, type Outline } from './marks';
import {
  DEFAULT_GRAPH_OPTIONS, type ColourToken, type ForceSettings, type EdgeStyle, type GraphData, type GraphNode, type GraphOptions, type GraphView,
  type NodeShape,
} from './model';
import { raysPath, shapeExtent, shapePath } from './shapes';
import { buildGraph, viewGraph } from './view-model';

export interface GardenSvgOptions {
  /** Saved positions by node id (`layout.get`); missing ones are laid out here. */
  positions?: Readonly<Record<string, readonly [number, number]>>;
  graphOptions?: Partial<GraphOptions>;
  label?: (node: GraphNode) => string | null;
  width?: number;
  height?: number;
  theme?: GraphTheme;
  /** Seed of the layout run when positions are missing (same seed, same file). */
  seed?: number;
  /** A saved view's force settings, for the plants laid out here. */
  forces?: Partial<ForceSettings>;
  /** Prefix of the ids in the file (title, desc), so several SVGs can share a page. */
  idPrefix?: string;
}

export type GraphSvgOptions = Omit<GardenSvgOptions, 'positions' | 'graphOptions' | 'seed' | 'forces'> & {
  /** What the picture is of, for its title ("Garden map of …"). */
  name?: string;
};

const DEFAULT_WIDTH = 1200;
const DEFAULT_HEIGHT = 800;
const LEGEND_WIDTH = 200;
const HEADER_HEIGHT = 30;
const PAD = 16;
const MAX_LABELS = 300;
/** Below this, a node would vanish: drawn at least this big (screen px). */
const MIN_RADIUS_PX = 1.4;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const NODE_LAYER: Record<string, number> = { platform: 0, seed: 1, note: 2, source: 2, goal: 3, person: 4, you: 9 };
const OUTLINE_LAYER: Record<Outline, number> = { hollow: 0, plain: 0, strong: 0, dotted: 1, dashed: 2 };
const EDGE_LAYER: Record<string, number> = { platform: 0, seed: 1, link: 2, tie: 3 };

const KIND_WORDS: Record<string, string> = {
  you: 'you', person: 'person', note: 'note', source: 'source', goal: 'goal', platform: 'platform', seed: 'seed (not planted yet)',
};

// ---- text --------------------------------------------------------------------------------

/**
 * Text safe inside an element or a quoted attribute: markup characters escaped, and the
 * characters XML 1.0 forbids (most control characters, lone surrogates, U+FFFE/U+FFFF)
 * dropped, so hostile titles can neither inject markup nor make the file unreadable.
 */
export function escapeXml(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text.slice(i, i + 2);
        i += 1;
      }
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff) continue;
    switch (text[i]) {
      case '&':
        out += '&amp;';
        break;
      case '<':
        out += '&lt;';
        break;
      case '>':
        out += '&gt;';
        break;
      case '"':
        out += '&quot;';
        break;
      case "'":
        out += '&#39;';
        break;
      default:
        out += text[i];
    }
  }
  return out;
}

/** A number for the file: a tenth of a pixel is plenty, and the same input writes the same text. */
function n(v: number): string {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

// ---- the picture -------------------------------------------------------------------------

/** The whole garden, laid out (from saved positions where there are some) and drawn. */
export function renderGardenSvg(snapshot: GardenSnapshot, options: GardenSvgOptions = {}): string {
  const data = buildGraph(snapshot);
  const graphOptions: GraphOptions = { ...DEFAULT_GRAPH_OPTIONS, ...options.graphOptions };
  const view = viewGraph(data, graphOptions);
  const saved = options.positions ?? {};
  const positions = layoutSync(data, saved, { seed: options.seed ?? 1, ...(options.forces ? { forces: options.forces } : {}) });
  const { positions: _p, graphOptions: _g, seed: _s, forces: _f, ...rest } = options;
  return renderGraphSvg(data, view, positions, { ...rest, name: snapshot.name });
}

interface Frame {
  k: number;
  x: number;
  y: number;
}

/** Maps the visible plants' extent into the drawing area, leaving room for labels at the sides. */
function frameFor(data: GraphData, view: GraphView, positions: Float32Array, area: { x: number; y: number; w: number; h: number }): Frame {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const node of data.nodes) {
    if (!view.visible[node.index]) continue;
    const x = positions[node.index * 2] as number;
    const y = positions[node.index * 2 + 1] as number;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const r = shapeExtent(node.shape, view.radius[node.index] as number);
    x0 = Math.min(x0, x - r);
    x1 = Math.max(x1, x + r);
    y0 = Math.min(y0, y - r);
    y1 = Math.max(y1, y + r);
  }
  if (x0 === Infinity) return { k: 1, x: area.x + area.w / 2, y: area.y + area.h / 2 };
  const labelRoom = Math.min(110, area.w * 0.12);
  const k = Math.min(1.4, Math.max(1e-4, (area.w - 2 * labelRoom) / Math.max(1, x1 - x0)), Math.max(1e-4, area.h / Math.max(1, y1 - y0)));
  return { k, x: area.x + area.w / 2 - ((x0 + x1) / 2) * k, y: area.y + area.h / 2 - ((y0 + y1) / 2) * k };
}

function dashArray(style: EdgeStyle | Outline): string {
  return style === 'dashed' || style === 'dotted' ? ` stroke-dasharray="${DASH[style].join(' ')}"` : '';
}

function nodeTitle(node: GraphNode, name: string | null): string {
  const kind = KIND_WORDS[node.kind] ?? node.kind;
  const state = node.state && node.kind !== 'seed' && node.kind !== 'you' ? `, ${node.state}` : '';
  const oneWay = node.oneWay ? `, ${node.oneWay.replace('-', ' ')}` : '';
  return name ? `${name} (${kind}${state}${oneWay})` : `A ${kind}${state}${oneWay}`;
}

/**
 * A view of a garden (its filters and colours already applied) at the given positions: what
 * the map shows, as SVG. Used by the map's export with the positions on screen.
 */
export function renderGraphSvg(data: GraphData, view: GraphView, positions: Float32Array, options: GraphSvgOptions = {}): string {
  const width = Math.max(320, Math.round(options.width ?? DEFAULT_WIDTH));
  const height = Math.max(240, Math.round(options.height ?? DEFAULT_HEIGHT));
  const theme: GraphTheme = options.theme === 'dark' ? 'dark' : 'light';
  const colour = (token: ColourToken) => themeColour(theme, token);
  const prefix = (options.idPrefix ?? 'garden-map').replace(/[^A-Za-z0-9_-]/g, '') || 'garden-map';
  const nameOf = (node: GraphNode): string | null => {
    if (node.kind === 'you') return 'You';
    const chosen = options.label ? options.label(node) : node.label;
    return chosen === null || chosen === undefined ? null : String(chosen);
  };
  const names = data.nodes.map((node) => (view.visible[node.index] ? nameOf(node) : null));

  const legendWidth = width >= 640 ? LEGEND_WIDTH : 0;
  const area = { x: PAD, y: HEADER_HEIGHT + PAD / 2, w: width - legendWidth - 2 * PAD, h: height - HEADER_HEIGHT - PAD * 1.5 };
  const frame = frameFor(data, view, positions, area);

  // Everything in screen pixels from here on.
  const count = data.nodes.length;
  const at = new Float32Array(count * 2);
  const radius = new Float32Array(count);
  for (let i = 0; i < count; i += 1) {
    at[i * 2] = (positions[i * 2] as number) * frame.k + frame.x;
    at[i * 2 + 1] = (positions[i * 2 + 1] as number) * frame.k + frame.y;
    radius[i] = Math.max(MIN_RADIUS_PX, (view.radius[i] as number) * frame.k);
  }
  const finite = (i: number) => Number.isFinite(at[i * 2] as number) && Number.isFinite(at[i * 2 + 1] as number);
  const dim = (i: number) => view.searching && !view.matched[i];

  const out: string[] = [];
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${titleId} ${descId}" font-family="${escapeXml(FONT)}">`,
  );
  const title = `Garden map${options.name ? ` of ${options.name}` : ''}`;
  out.push(`<title id="${titleId}">${escapeXml(title)}</title>`);
  out.push(`<desc id="${descId}">${escapeXml(describe(data, view))}</desc>`);
  out.push(`<rect width="${width}" height="${height}" fill="${colour('graph-bg')}"/>`);
  out.push(
    `<text x="${PAD}" y="${n(HEADER_HEIGHT / 2 + 4)}" font-size="13" font-weight="600" fill="${colour('graph-label')}">${escapeXml(title)}</text>`,
    `<text x="${n(width - legendWidth - PAD)}" y="${n(HEADER_HEIGHT / 2 + 4)}" font-size="11" text-anchor="end" fill="${colour('graph-label')}">${escapeXml(`as of ${data.today}`)}</text>`,
  );

  // Edges, one path per style, in paint order.
  const edgeGroups = new Map<string, { layer: number; attrs: string; d: string[] }>();
  for (const edge of data.edges) {
    if (!view.edgeVisible[edge.index] || !finite(edge.source) || !finite(edge.target)) continue;
    const faded = dim(edge.source) || dim(edge.target);
    const stroke = colour(view.edgeColour[edge.index] as ColourToken);
    const widthPx = Math.round((view.edgeWidth[edge.index] as number) * 4) / 4;
    const alpha = (EDGE_ALPHA[edge.kind] ?? 0.6) * (faded ? 0.3 : 1);
    const key = `${edge.kind}|${stroke}|${widthPx}|${edge.style}|${faded}`;
    let group = edgeGroups.get(key);
    if (!group) {
      group = {
        layer: EDGE_LAYER[edge.kind] ?? 0,
        attrs: `fill="none" stroke="${stroke}" stroke-width="${widthPx}" stroke-opacity="${Math.round(alpha * 100) / 100}" stroke-linecap="round"${dashArray(edge.style)}`,
        d: [],
      };
      edgeGroups.set(key, group);
    }
    const a = edge.source * 2;
    const b = edge.target * 2;
    group.d.push(`M${n(at[a] as number)} ${n(at[a + 1] as number)}L${n(at[b] as number)} ${n(at[b + 1] as number)}`);
  }
  out.push('<g class="edges">');
  for (const group of [...edgeGroups.values()].sort((p, q) => p.layer - q.layer)) out.push(`<path ${group.attrs} d="${group.d.join('')}"/>`);
  const arrows: string[] = [];
  for (const edge of data.edges) {
    if (!edge.arrow || !view.edgeVisible[edge.index] || !finite(edge.source) || !finite(edge.target)) continue;
    const t = arrowTriangle(data, radius, at, edge.index, 1);
    if (t) arrows.push(`M${n(t[0])} ${n(t[1])}L${n(t[2])} ${n(t[3])}L${n(t[4])} ${n(t[5])}Z`);
  }
  if (arrows.length) out.push(`<path fill="${colour('graph-oneway')}" d="${arrows.join('')}"/>`);
  out.push('</g>');

  // Nodes, grouped by shape, colour and outline; each keeps its own tooltip.
  const nodeGroups = new Map<string, { layer: number; attrs: string; items: string[] }>();
  let sun = -1;
  const rings: string[] = [];
  for (const node of data.nodes) {
    const i = node.index;
    if (!view.visible[i] || !finite(i)) continue;
    if (node.kind === 'you') {
      sun = i;
      continue;
    }
    const outline = nodeOutline(node);
    const fill = colour(view.fill[i] as ColourToken);
    const faded = dim(i);
    const key = `${node.shape}|${fill}|${outline}|${faded}`;
    let group = nodeGroups.get(key);
    if (!group) {
      const hollow = outline === 'hollow';
      group = {
        layer: (NODE_LAYER[node.kind] ?? 2) * 4 + OUTLINE_LAYER[outline],
        attrs:
          `fill="${hollow ? colour('graph-bg') : fill}" stroke="${hollow ? fill : colour('graph-outline')}" stroke-width="${OUTLINE_WIDTH[outline]}"` +
          `${dashArray(outline)}${faded ? ' opacity="0.3"' : ''}`,
        items: [],
      };
      nodeGroups.set(key, group);
    }
    const shape: NodeShape = node.shape === 'hollow' ? 'circle' : node.shape;
    group.items.push(`<path d="${shapePath(shape, at[i * 2] as number, at[i * 2 + 1] as number, radius[i] as number)}"><title>${escapeXml(nodeTitle(node, names[i] ?? null))}</title></path>`);
    if (node.oneWay) {
      const r = shapeExtent(node.shape, radius[i] as number) + 3.5;
      rings.push(`M${n((at[i * 2] as number) + r)} ${n(at[i * 2 + 1] as number)}A${n(r)} ${n(r)} 0 1 0 ${n((at[i * 2] as number) - r)} ${n(at[i * 2 + 1] as number)}A${n(r)} ${n(r)} 0 1 0 ${n((at[i * 2] as number) + r)} ${n(at[i * 2 + 1] as number)}`);
    }
  }
  out.push('<g class="plants">');
  for (const group of [...nodeGroups.values()].sort((p, q) => p.layer - q.layer)) out.push(`<g ${group.attrs}>${group.items.join('')}</g>`);
  if (rings.length) out.push(`<path fill="none" stroke="${colour('graph-oneway')}" stroke-width="2" d="${rings.join('')}"/>`);
  if (sun >= 0) {
    const x = at[sun * 2] as number;
    const y = at[sun * 2 + 1] as number;
    const r = Math.max(6, radius[sun] as number);
    out.push(
      `<g class="you"><path d="${raysPath(x, y, r)}" stroke="${colour('graph-you')}" stroke-width="${n(Math.max(1.5, r * 0.16))}" stroke-linecap="round"/>` +
        `<path d="${shapePath('circle', x, y, r)}" fill="${colour('graph-you')}" stroke="${colour('graph-outline')}" stroke-width="1"><title>You, at the centre of your learning network</title></path></g>`,
    );
  }
  out.push('</g>');

  // Labels where they fit, most important first, none over another.
  const graphWidth = width - legendWidth;
  const order = labelPriority(data.nodes, view.visible).filter((i) => finite(i) && !dim(i));
  const placed = placeLabels(data.nodes, radius, at, { k: 1, x: 0, y: 0 }, order, graphWidth, height, MAX_LABELS, (i) => names[i] ?? null);
  if (placed.length) {
    out.push(
      `<g class="labels" font-size="${LABEL_FONT_PX}" fill="${colour('graph-label')}" stroke="${colour('graph-bg')}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">`,
    );
    for (const { index, left } of placed) {
      const node = data.nodes[index] as GraphNode;
      const r = shapeExtent(node.shape, radius[index] as number);
      const x = (at[index * 2] as number) + (left ? -r - 3 : r + 3);
      out.push(
        `<text x="${n(x)}" y="${n(at[index * 2 + 1] as number)}" dominant-baseline="central"${left ? ' text-anchor="end"' : ''}>${escapeXml(labelText(names[index] ?? ''))}</text>`,
      );
    }
    out.push('</g>');
  }

  if (legendWidth) out.push(legend(view, theme, width - legendWidth, height));
  out.push('</svg>');
  return out.join('\n');
}

/** Counts only (never names), so the description is safe to publish. */
function describe(data: GraphData, view: GraphView): string {
  const counts = { person: 0, note: 0, source: 0, goal: 0 } as Record<string, number>;
  let neglected = 0;
  let oneWay = 0;
  for (const node of data.nodes) {
    if (!view.visible[node.index]) continue;
    if (node.kind in counts) counts[node.kind] = (counts[node.kind] ?? 0) + 1;
    if (node.urgency !== null) neglected += 1;
    if (node.oneWay) oneWay += 1;
  }
  const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
  return (
    `A force-directed map of a personal learning network as of ${data.today}, with you at the centre: ` +
    `${plural(counts.person ?? 0, 'person', 'people')}, ${plural(counts.note ?? 0, 'note')}, ${plural(counts.source ?? 0, 'source')} and ${plural(counts.goal ?? 0, 'goal')}. ` +
    `${plural(neglected, 'plant needs', 'plants need')} watering` +
    `${oneWay ? `, and ${plural(oneWay, 'tie goes', 'ties go')} one way` : ''}. ` +
    'Shapes show the kind (person circle, note leaf, source diamond, goal star, platform hexagon, seed hollow dot); ' +
    'dashed lines and outlines mark neglect; an arrowhead marks a one-way tie.'
  );
}

const LEGEND_SHAPES: [NodeShape, string][] = [
  ['sun', 'You'], ['circle', 'Person'], ['leaf', 'Note'], ['diamond', 'Source'], ['star', 'Goal'], ['hexagon', 'Platform'], ['hollow', 'Seed (not planted)'],
];

function legend(view: GraphView, theme: GraphTheme, x0: number, height: number): string {
  const colour = (token: ColourToken) => GRAPH_COLOURS[theme][token] ?? themeColour(theme, token);
  const parts: string[] = [`<g class="legend" font-size="11" fill="${colour('graph-label')}">`];
  parts.push(`<rect x="${x0}" y="0" width="${LEGEND_WIDTH}" height="${height}" fill="${colour('graph-bg')}" stroke="${colour('graph-edge')}" stroke-opacity="0.4"/>`);
  let y = 24;
  const heading = (text: string) => {
    if (y > height - 27) return;
    parts.push(`<text x="${x0 + 12}" y="${y}" font-weight="600">${escapeXml(text)}</text>`);
    y += 16;
  };
  const row = (icon: string, text: string) => {
    // A short picture keeps what fits; the description says the rest.
    if (y > height - 10) return;
    parts.push(icon, `<text x="${x0 + 44}" y="${n(y)}" dominant-baseline="central">${escapeXml(text)}</text>`);
    y += 17;
  };
  heading('Shape: kind');
  for (const [shape, text] of LEGEND_SHAPES) {
    const cx = x0 + 24;
    if (shape === 'sun') {
      row(
        `<path d="${raysPath(cx, y, 4)}" stroke="${colour('graph-you')}" stroke-width="1.2"/><path d="${shapePath('circle', cx, y, 4)}" fill="${colour('graph-you')}" stroke="${colour('graph-outline')}"/>`,
        text,
      );
    } else if (shape === 'hollow') {
      row(`<path d="${shapePath('circle', cx, y, 4.5)}" fill="${colour('graph-bg')}" stroke="${colour('graph-seed')}" stroke-width="1.5"/>`, text);
    } else {
      row(`<path d="${shapePath(shape, cx, y, 4.5)}" fill="${colour('graph-neutral')}" stroke="${colour('graph-outline')}"/>`, text);
    }
  }
  y += 8;
  heading('Colour');
  for (const entry of view.legend) {
    row(`<circle cx="${x0 + 24}" cy="${n(y)}" r="5" fill="${colour(entry.token)}" stroke="${colour('graph-outline')}"/>`, entry.label);
  }
  y += 8;
  heading('Lines and marks');
  const line = (dash: string, stroke: string, w: number) =>
    `<line x1="${x0 + 12}" y1="${n(y)}" x2="${x0 + 36}" y2="${n(y)}" stroke="${stroke}" stroke-width="${w}"${dash}/>`;
  row(line('', colour('graph-edge-thriving'), 3.2), 'Strong tie to you');
  row(line('', colour('graph-edge-healthy'), 1), 'Faint tie');
  row(line(' stroke-dasharray="5 3.5"', colour('graph-edge-wilting'), 2), 'Thirsty or worse');
  row(line(' stroke-dasharray="1.2 2.6"', colour('graph-edge-seed'), 2), 'Link to a seed');
  row(
    `${line('', colour('graph-edge-healthy'), 2).replace(`x2="${x0 + 36}"`, `x2="${x0 + 29}"`)}<path d="M${x0 + 37} ${n(y)}L${x0 + 29} ${n(y - 4)}L${x0 + 29} ${n(y + 4)}Z" fill="${colour('graph-oneway')}"/>`,
    'One-way tie (arrowhead)',
  );
  row(
    `<circle cx="${x0 + 24}" cy="${n(y)}" r="3.5" fill="${colour('graph-neutral')}" stroke="${colour('graph-outline')}"/><circle cx="${x0 + 24}" cy="${n(y)}" r="6.5" fill="none" stroke="${colour('graph-oneway')}" stroke-width="2"/>`,
    'Ring: one-way person',
  );
  row(`<circle cx="${x0 + 24}" cy="${n(y)}" r="5" fill="${colour('graph-neutral')}" stroke="${colour('graph-outline')}" stroke-width="1.6" stroke-dasharray="3 2"/>`, 'Dashed: thirsty, wilting');
  row(`<circle cx="${x0 + 24}" cy="${n(y)}" r="5" fill="${colour('graph-neutral')}" stroke="${colour('graph-outline')}" stroke-width="1.6" stroke-dasharray="1 2"/>`, 'Dotted: dormant');
  parts.push('</g>');
  return parts.join('');
}
