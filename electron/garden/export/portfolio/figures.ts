/**
 * The overview's figures of the garden and its timeline of growth. Pure, `today` injected.
 *
 * - A "term" is a third of the calendar year (Jan–Apr, May–Aug, Sep–Dec), the common
 *   trimester calendar; "people watered this term" counts people with an interaction dated
 *   in the current term up to today.
 * - "Sources read" counts sources whose status is read or applied.
 * - Topic diversity comes from shared/diversity.ts: topics (tags) with sources, and how many
 *   are fed mostly by one platform, kind or sharer (a sharer is never named here).
 * - The timeline counts, per month over the last twelve, notes and goals created, sources
 *   added and interactions logged (counts only: no interaction leaves).
 */
import { topicDiversity } from '../../../../shared/diversity';
import type { IsoDate } from '../../../../shared/types';
import { el, join, text, trusted, type Html } from './html';
import type { PortfolioCatalog } from './model';

export interface GardenFigures {
  plants: number;
  notes: number;
  people: number;
  peopleWateredThisTerm: number;
  term: string;
  sourcesRead: number;
  sources: number;
  topics: number;
  oneSidedTopics: number;
}

export interface MonthCount { month: string; notes: number; sources: number; interactions: number }

const TERMS = [['January', 'April'], ['May', 'August'], ['September', 'December']] as const;

export function termOf(today: IsoDate): { start: IsoDate; label: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const index = Math.floor((month - 1) / 4);
  const start = `${year}-${String(index * 4 + 1).padStart(2, '0')}-01` as IsoDate;
  const [from, to] = TERMS[index] ?? TERMS[0];
  return { start, label: `${from}–${to} ${year}` };
}

export function gardenFigures(catalog: PortfolioCatalog): GardenFigures {
  const term = termOf(catalog.today);
  let notes = 0;
  let people = 0;
  let watered = 0;
  let sources = 0;
  let read = 0;
  const diversityInput = [];
  for (const plant of catalog.plants.values()) {
    if (plant.kind === 'note') notes += 1;
    if (plant.person) {
      people += 1;
      if (plant.person.interactions.some((i) => i.date >= term.start && i.date <= catalog.today)) watered += 1;
    }
    if (plant.source) {
      sources += 1;
      if (plant.source.status === 'read' || plant.source.status === 'applied') read += 1;
      diversityInput.push({ path: plant.path, tags: plant.tags, source: plant.source });
    }
  }
  const topics = topicDiversity(diversityInput);
  return {
    plants: catalog.plants.size, notes, people, peopleWateredThisTerm: watered, term: term.label,
    sourcesRead: read, sources, topics: topics.length, oneSidedTopics: topics.filter((t) => t.flagged !== null).length,
  };
}

function monthKey(date: string): string {
  return date.slice(0, 7);
}

export function growthTimeline(catalog: PortfolioCatalog, months = 12): MonthCount[] {
  const [year = 0, month = 1] = catalog.today.split('-').map(Number);
  const keys: string[] = [];
  for (let i = months - 1; i >= 0; i -= 1) {
    const m = new Date(Date.UTC(year, month - 1 - i, 1));
    keys.push(`${m.getUTCFullYear()}-${String(m.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  const counts = new Map(keys.map((k) => [k, { month: k, notes: 0, sources: 0, interactions: 0 }]));
  for (const plant of catalog.plants.values()) {
    if ((plant.kind === 'note' || plant.kind === 'goal') && plant.created) {
      const c = counts.get(monthKey(plant.created));
      if (c) c.notes += 1;
    }
    if (plant.source?.added) {
      const c = counts.get(monthKey(plant.source.added));
      if (c) c.sources += 1;
    }
    for (const interaction of plant.person?.interactions ?? []) {
      const c = counts.get(monthKey(interaction.date));
      if (c && interaction.date <= catalog.today) c.interactions += 1;
    }
  }
  return [...counts.values()];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Stacked bars per month as inline SVG (no script; all text escaped), with a table for screen readers. */
export function timelineSvg(timeline: readonly MonthCount[]): Html {
  const width = 640;
  const height = 180;
  const pad = { left: 28, bottom: 28, top: 10 };
  const max = Math.max(1, ...timeline.map((m) => m.notes + m.sources + m.interactions));
  const slot = (width - pad.left) / Math.max(1, timeline.length);
  const scale = (height - pad.bottom - pad.top) / max;
  const bars = timeline.map((m, i) => {
    const x = pad.left + i * slot + slot * 0.15;
    const w = slot * 0.7;
    let y = height - pad.bottom;
    const parts: Html[] = [];
    for (const [value, cls] of [[m.notes, 'bar-notes'], [m.sources, 'bar-sources'], [m.interactions, 'bar-interactions']] as const) {
      if (value === 0) continue;
      const h = value * scale;
      y -= h;
      parts.push(el('rect', { class: cls, x: x.toFixed(1), y: y.toFixed(1), width: w.toFixed(1), height: h.toFixed(1) }));
    }
    const label = MONTHS[Number(m.month.slice(5, 7)) - 1] ?? m.month;
    parts.push(el('text', { x: (x + w / 2).toFixed(1), y: height - 10, 'text-anchor': 'middle', class: 'axis' }, text(label)));
    return join(parts);
  });
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'timeline-title', class: 'timeline' },
    el('title', { id: 'timeline-title' }, text('Growth per month: notes and goals planted, sources added, exchanges with people')),
    el('text', { x: 2, y: pad.top + 8, class: 'axis' }, text(max)),
    trusted(`<line x1="${pad.left}" x2="${width}" y1="${height - pad.bottom}" y2="${height - pad.bottom}" class="axis-line"/>`),
    join(bars));
  const rows = timeline.map((m) => el('tr', {}, el('th', { scope: 'row' }, text(m.month)), el('td', {}, text(m.notes)), el('td', {}, text(m.sources)), el('td', {}, text(m.interactions))));
  const table = el('table', { class: 'timeline-table' },
    el('caption', {}, text('Growth per month')),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, text('Month')), el('th', { scope: 'col' }, text('Notes and goals')), el('th', { scope: 'col' }, text('Sources')), el('th', { scope: 'col' }, text('Exchanges')))),
    el('tbody', {}, join(rows)));
  const legend = el('p', { class: 'legend' },
    el('span', { class: 'key key-notes' }, text('notes and goals planted')), text(' '),
    el('span', { class: 'key key-sources' }, text('sources added')), text(' '),
    el('span', { class: 'key key-interactions' }, text('exchanges with people')));
  return join([svg, legend, el('details', {}, el('summary', {}, text('The same as a table')), table)]);
}
