/**
 * The pages of the portfolio site, as HTML strings over the site model. All user text goes
 * through html.ts's `text`/`el`; note bodies arrive sanitized from markdown.ts.
 */
import type { GardenPath } from '../../../../shared/types';
import { growthOf } from './select';
import type { GardenFigures, MonthCount } from './figures';
import { timelineSvg } from './figures';
import { el, href, join, page, text, trusted, type Html } from './html';
import { exchangesAbout, introducedBy, type SiteModel } from './site-model';

const STATUS_WORDS: Record<string, string> = { active: 'Active', done: 'Done', paused: 'Paused' };

function depthOf(sitePath: string): number {
  return sitePath.split('/').length - 1;
}

function linkTo(model: SiteModel, from: number, path: GardenPath): Html {
  const site = model.sitePath.get(path);
  return site ? el('a', { href: model.link(from, site) }, text(model.title(path))) : text(model.title(path));
}

function list(items: Html[], className?: string): Html | null {
  return items.length === 0 ? null : el('ul', { class: className ?? null }, join(items.map((i) => el('li', {}, i))));
}

function peopleList(model: SiteModel, people: GardenPath[], about: GardenPath | null): Html | null {
  return list(people.map((p) => {
    const view = model.people.get(p);
    const exchanges = about ? exchangesAbout(model, p, about) : 0;
    const platforms = (view?.platforms ?? []).map((pl) => (pl.url
      ? el('a', { href: pl.url, rel: 'noopener noreferrer' }, text(pl.handle ?? pl.platform))
      : text(`${pl.platform}: ${pl.handle ?? ''}`)));
    return join([
      el('span', { class: 'person' }, text(view?.shownAs ?? 'someone')),
      view?.level === 'first-name' ? el('span', { class: 'muted' }, text(`, ${view.role}`)) : null,
      platforms.length > 0 ? el('span', { class: 'platforms' }, text(' · '), join(platforms, ', ')) : null,
      exchanges > 0 ? el('span', { class: 'muted' }, text(` · ${exchanges} exchange${exchanges === 1 ? '' : 's'} about this`)) : null,
    ]);
  }), 'people');
}

function sourcesList(model: SiteModel, depth: number, sources: GardenPath[]): Html | null {
  return list(sources.filter((s) => model.sitePath.has(s)).map((s) => {
    const by = introducedBy(model, s);
    return join([linkTo(model, depth, s), by ? el('span', { class: 'muted' }, text(` — introduced by ${by}`)) : null]);
  }), 'sources');
}

function tagLinks(model: SiteModel, depth: number, path: GardenPath): Html | null {
  const tags = (model.plant(path)?.tags ?? []).map((t) => model.tags.get(t.toLowerCase())).filter((t) => t !== undefined);
  if (tags.length === 0) return null;
  if (model.print) return el('p', { class: 'tags' }, join(tags.map((t) => el('span', { class: 'tag' }, text(`#${t.name}`))), ' '));
  return el('p', { class: 'tags' }, join(tags.map((t) => el('a', { href: href(depth, t.path), class: 'tag' }, text(`#${t.name}`))), ' '));
}

function goalProgress(model: SiteModel, goal: GardenPath): { done: number; total: number } {
  const plant = model.plant(goal);
  const near = plant ? growthOf(plant, model.catalog).notes.filter((n) => model.selection.pages.has(n)) : [];
  let done = 0;
  let total = 0;
  for (const p of [goal, ...near]) {
    const t = model.tasks.get(p);
    done += t?.done ?? 0;
    total += t?.total ?? 0;
  }
  return { done, total };
}

function goalSummary(model: SiteModel, goal: GardenPath, depth: number, headingLevel: 'h3' | null): Html {
  const plant = model.plant(goal);
  const growth = plant ? growthOf(plant, model.catalog) : { notes: [], sources: [] };
  const exported = growth.notes.filter((n) => model.selection.pages.has(n));
  const hidden = growth.notes.length - exported.length;
  const progress = goalProgress(model, goal);
  const status = plant?.goal?.status ?? 'active';
  const facts = [
    el('span', { class: `status status-${status}` }, text(STATUS_WORDS[status] ?? status)),
    plant?.goal?.due ? text(`due ${plant.goal.due}`) : null,
    text(`${plant?.goal?.horizon ?? 'academic'} goal`),
    plant ? text(plant.health.reason) : null,
  ].filter((f): f is Html => f !== null);
  const bar = progress.total > 0
    ? el('p', { class: 'progress' },
      el('meter', { min: 0, max: progress.total, value: progress.done, 'aria-label': 'Tasks done' }),
      text(` ${progress.done} of ${progress.total} tasks done`))
    : el('p', { class: 'progress muted' }, text(`${growth.notes.length} note${growth.notes.length === 1 ? '' : 's'} and ${growth.sources.length} source${growth.sources.length === 1 ? '' : 's'} growing around it`));
  const people = model.peopleOf(goal);
  return el('article', { class: 'goal' },
    headingLevel ? el(headingLevel, {}, linkTo(model, depth, goal)) : null,
    el('p', { class: 'facts' }, join(facts, ' · ')),
    bar,
    exported.length > 0 || hidden > 0 ? el('h4', {}, text('Notes behind it')) : null,
    list(exported.map((n) => linkTo(model, depth, n))),
    hidden > 0 ? el('p', { class: 'muted' }, text(`…and ${hidden} working note${hidden === 1 ? '' : 's'} not in this portfolio.`)) : null,
    growth.sources.length > 0 ? el('h4', {}, text('Sources behind it')) : null,
    sourcesList(model, depth, growth.sources),
    people.length > 0 ? el('h4', {}, text('People behind it')) : null,
    peopleList(model, people, goal));
}

function figureList(figures: GardenFigures): Html {
  const items: [string | number, string][] = [
    [figures.plants, 'plants in the garden'],
    [figures.notes, 'notes'],
    [`${figures.peopleWateredThisTerm} of ${figures.people}`, `people watered this term (${figures.term})`],
    [`${figures.sourcesRead} of ${figures.sources}`, 'sources read'],
    [figures.topics, `topics with sources${figures.oneSidedTopics > 0 ? `, ${figures.oneSidedTopics} fed mostly by one platform, kind or person` : ', none fed mostly by one place'}`],
  ];
  return el('dl', { class: 'figures' }, join(items.map(([value, label]) => el('div', {}, el('dt', {}, text(value)), el('dd', {}, text(label))))));
}

export interface NetworkPicture { svg: string | null; notice: string }

export function overviewBody(model: SiteModel, figures: GardenFigures, timeline: readonly MonthCount[], network: NetworkPicture): Html {
  const { selection } = model;
  const goals = selection.goals.map((g) => goalSummary(model, g, 0, 'h3'));
  const notes = selection.notes.map((n) => join([linkTo(model, 0, n), tagLinks(model, 0, n)]));
  const picture = network.svg
    ? el('figure', { class: 'network' }, trusted(`<img src="network.svg" alt="${'The network of people, notes, sources and goals'}">`), el('figcaption', {}, text(network.notice)))
    : el('p', { class: 'notice' }, text(network.notice));
  const body = join([
    el('h1', {}, text(`${model.catalog.gardenName}: a portfolio of learning`)),
    el('p', { class: 'lede' }, text(`What I have been learning, from whom and from what — ${selection.goals.length} goal${selection.goals.length === 1 ? '' : 's'}, ${selection.notes.length} note${selection.notes.length === 1 ? '' : 's'} and ${selection.sources.length} source${selection.sources.length === 1 ? '' : 's'}, as of ${model.catalog.today}.`)),
    el('section', { 'aria-labelledby': 'figures' }, el('h2', { id: 'figures' }, text('The garden in figures')), figureList(figures)),
    el('section', { 'aria-labelledby': 'goals' }, el('h2', { id: 'goals' }, text('Goals')), goals.length > 0 ? join(goals) : el('p', { class: 'muted' }, text('No goals are in this portfolio.'))),
    el('section', { 'aria-labelledby': 'notes' }, el('h2', { id: 'notes' }, text('Notes')), list(notes, 'note-list') ?? el('p', { class: 'muted' }, text('No notes are in this portfolio.'))),
    el('section', { 'aria-labelledby': 'network' }, el('h2', { id: 'network' }, text('The network')), picture),
    el('section', { 'aria-labelledby': 'timeline' }, el('h2', { id: 'timeline' }, text('Growth over the last twelve months')), timelineSvg(timeline)),
  ]);
  return body;
}

export function overviewPage(model: SiteModel, figures: GardenFigures, timeline: readonly MonthCount[], network: NetworkPicture): string {
  return page({ title: 'Overview', siteName: model.catalog.gardenName, depth: 0, body: overviewBody(model, figures, timeline, network), section: 'overview' });
}

function plantPageBody(model: SiteModel, path: GardenPath): Html {
  const site = model.sitePath.get(path) ?? '';
  const depth = model.print ? 0 : depthOf(site);
  const plant = model.plant(path);
  const rendered = model.rendered.get(path);
  const backlinks = [...(model.backlinks.get(path) ?? [])].sort((a, b) => model.title(a).localeCompare(model.title(b)));
  const sources = (plant?.linksOut ?? []).filter((p) => model.plant(p)?.kind === 'source');
  const people = model.peopleOf(path);
  const meta = [plant?.created ? text(`Planted ${plant.created}`) : null, plant?.kind === 'goal' ? text('Goal') : null].filter((m): m is Html => m !== null);
  return join([
    el('article', { class: 'note' },
      el('header', {},
        el('h1', {}, text(model.title(path))),
        meta.length > 0 ? el('p', { class: 'facts' }, join(meta, ' · ')) : null,
        tagLinks(model, depth, path)),
      plant?.kind === 'goal' ? goalSummary(model, path, depth, null) : null,
      el('div', { class: 'note-body' }, rendered?.html ?? text(''))),
    el('aside', { class: 'provenance', 'aria-label': 'Where this came from' },
      sources.length > 0 ? join([el('h2', {}, text('Learned from these sources')), sourcesList(model, depth, sources)]) : null,
      people.length > 0 ? join([el('h2', {}, text('Learned with these people')), peopleList(model, people, path)]) : null,
      el('h2', {}, text('Linked from')),
      list(backlinks.map((b) => linkTo(model, depth, b)), 'backlinks') ?? el('p', { class: 'muted' }, text('No other page of this portfolio links here.'))),
  ]);
}

/** Everything in one document, for the PDF: the overview, every page, the bibliography. */
export function printPage(model: SiteModel, figures: GardenFigures, timeline: readonly MonthCount[], network: NetworkPicture): string {
  const sections = [...model.selection.goals, ...model.selection.notes].map((path) =>
    el('section', { class: 'print-section', id: printId(model, path) }, plantPageBody(model, path)));
  const body = join([
    overviewBody(model, figures, timeline, network),
    join(sections),
    el('section', { class: 'print-section', id: 'p-bibliography' }, bibliographyBody(model, 0)),
  ]);
  return page({ title: 'Portfolio', siteName: model.catalog.gardenName, depth: 0, body, section: null });
}

function printId(model: SiteModel, path: GardenPath): string {
  return model.link(0, model.sitePath.get(path) ?? '').slice(1);
}

export function plantPage(model: SiteModel, path: GardenPath): string {
  const site = model.sitePath.get(path) ?? '';
  return page({ title: model.title(path), siteName: model.catalog.gardenName, depth: depthOf(site), body: plantPageBody(model, path), section: 'notes' });
}

export function notesIndexPage(model: SiteModel): string {
  const rows = [...model.selection.goals, ...model.selection.notes].map((p) => join([linkTo(model, 1, p), model.plant(p)?.kind === 'goal' ? el('span', { class: 'muted' }, text(' (goal)')) : null]));
  const body = join([el('h1', {}, text('Notes and goals')), list(rows, 'note-list') ?? el('p', {}, text('Nothing yet.'))]);
  return page({ title: 'Notes', siteName: model.catalog.gardenName, depth: 1, body, section: 'notes' });
}

export function tagsIndexPage(model: SiteModel): string {
  const tags = [...model.tags.values()].sort((a, b) => a.name.localeCompare(b.name));
  const body = join([
    el('h1', {}, text('Tags')),
    list(tags.map((t) => join([el('a', { href: href(1, t.path), class: 'tag' }, text(`#${t.name}`)), el('span', { class: 'muted' }, text(` ${t.pages.length}`))])), 'tag-list') ?? el('p', {}, text('No tags.')),
  ]);
  return page({ title: 'Tags', siteName: model.catalog.gardenName, depth: 1, body, section: 'tags' });
}

export function tagPage(model: SiteModel, key: string): string {
  const tag = model.tags.get(key);
  const pages = [...(tag?.pages ?? [])].sort((a, b) => model.title(a).localeCompare(model.title(b)));
  const body = join([el('h1', {}, text(`#${tag?.name ?? key}`)), list(pages.map((p) => linkTo(model, 1, p)), 'note-list')]);
  return page({ title: `#${tag?.name ?? key}`, siteName: model.catalog.gardenName, depth: 1, body, section: 'tags' });
}

export function bibliographyBody(model: SiteModel, depth: number): Html {
  const byId = new Map([...model.citationId].map(([path, id]) => [id, path]));
  // Source → the exported pages linking to it, in one pass (not one scan of every page per source).
  const usedBy = new Map<GardenPath, GardenPath[]>();
  for (const page of model.selection.pages) {
    for (const target of model.plant(page)?.linksOut ?? []) {
      if (model.citationId.has(target)) usedBy.set(target, [...(usedBy.get(target) ?? []), page]);
    }
  }
  const entries = model.citations.map((c) => {
    const path = byId.get(c.id);
    const usedIn = path ? [...(usedBy.get(path) ?? [])].sort((a, b) => model.title(a).localeCompare(model.title(b))) : [];
    const by = path ? introducedBy(model, path) : null;
    return el('li', { id: c.id, class: 'citation' },
      el('p', { class: 'csl-entry' }, c.html),
      by || usedIn.length > 0
        ? el('p', { class: 'muted small' },
          by ? text(`Introduced by ${by}. `) : null,
          usedIn.length > 0 ? join([text('Used in '), join(usedIn.map((u) => linkTo(model, depth, u)), ', '), text('.')]) : null)
        : null);
  });
  const styleName = { apa: 'APA', harvard1: 'Harvard', vancouver: 'Vancouver' }[model.style];
  return join([
    el('h1', {}, text('Bibliography')),
    el('p', { class: 'muted' }, text(`${model.citations.length} source${model.citations.length === 1 ? '' : 's'}, in ${styleName} style.`)),
    entries.length > 0 ? el('ol', { class: 'bibliography' }, join(entries)) : el('p', {}, text('No sources are in this portfolio.')),
  ]);
}

export function bibliographyPage(model: SiteModel): string {
  return page({ title: 'Bibliography', siteName: model.catalog.gardenName, depth: 0, body: bibliographyBody(model, 0), section: 'bibliography' });
}

export function searchPage(model: SiteModel): string {
  const body = join([
    el('h1', {}, text('Search')),
    el('form', { action: 'search.html', method: 'get', role: 'search', class: 'search-form' },
      el('label', { for: 'q' }, text('Search notes, goals and sources')),
      trusted('<input id="q" name="q" type="search" autocomplete="off">'),
      el('button', { type: 'submit' }, text('Search'))),
    el('p', { id: 'search-status', class: 'muted', 'aria-live': 'polite' }, text('Type a word to search.')),
    el('ol', { id: 'search-results', class: 'search-results' }),
    el('noscript', {}, el('p', {}, text('Search needs JavaScript; every page is also listed under Notes and Tags.'))),
  ]);
  return page({ title: 'Search', siteName: model.catalog.gardenName, depth: 0, body, section: 'search', scripts: ['assets/search-index.js', 'assets/search.js'] });
}
