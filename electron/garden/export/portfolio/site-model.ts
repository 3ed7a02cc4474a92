/**
 * Everything the pages need, computed once: where each exported plant lives in the site,
 * how each person is shown, the rendered markdown of every page, backlinks among exported
 * pages, tags, the bibliography and the search records. Pure over the catalog, the texts
 * read for the selection, and the choices.
 */
import type { CitationStyle, PortfolioChoices } from '../../../../shared/portfolio';
import { sharerName } from '../../../../shared/diversity';
import { aboutTargets } from '../../../../shared/suggest';
import type { GardenPath } from '../../../../shared/types';
import { formatBibliography, type Citation } from './bibliography';
import { href } from './html';
import { headingSlug, ID_PREFIX, renderMarkdown, type RenderedMarkdown } from './markdown';
import type { PlantText, PortfolioCatalog, PortfolioPlant } from './model';
import { personView, type PersonView } from './people';
import { Redactor } from './redact';
import type { Selection } from './select';

export interface SiteModel {
  catalog: PortfolioCatalog;
  selection: Selection;
  style: CitationStyle;
  /** Site path (from the root) of each exported page and source entry. */
  sitePath: Map<GardenPath, string>;
  people: Map<GardenPath, PersonView>;
  rendered: Map<GardenPath, RenderedMarkdown>;
  /** Exported page → exported pages linking to it. */
  backlinks: Map<GardenPath, Set<GardenPath>>;
  /** Tag (first spelling) → exported pages carrying it; and its site path. */
  tags: Map<string, { name: string; path: string; pages: GardenPath[] }>;
  citations: Citation[];
  /** Source path → citation id. */
  citationId: Map<GardenPath, string>;
  /** Image attachments embedded: garden path → site path. */
  images: Map<GardenPath, string>;
  /** Task-list items (`- [ ]`, `- [x]`) per exported page, outside code. */
  tasks: Map<GardenPath, { done: number; total: number }>;
  redactor: Redactor;
  /** People behind each exported plant (for "learned from"). */
  peopleOf(path: GardenPath): GardenPath[];
  /** The href from a page `fromDepth` folders deep to a site path (an in-document anchor when printing). */
  link(fromDepth: number, sitePath: string): string;
  /** True for the one-document version printed to PDF. */
  print: boolean;
  title(path: GardenPath): string;
  plant(path: GardenPath): PortfolioPlant | undefined;
}

export function slugify(text: string, fallback: string): string {
  const slug = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return slug || fallback;
}

function uniquePath(used: Set<string>, folder: string, slug: string, ext: string): string {
  let candidate = `${folder}${slug}${ext}`;
  for (let n = 2; used.has(candidate.toLowerCase()); n += 1) candidate = `${folder}${slug}-${n}${ext}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

export interface ModelInput {
  catalog: PortfolioCatalog;
  selection: Selection;
  texts: ReadonlyMap<GardenPath, PlantText>;
  choices: PortfolioChoices;
  onProgress?: (done: number, total: number) => void;
  /** Build the one-document version (print.html): every link becomes an anchor in it. */
  print?: boolean;
}

/** `notes/a.html` → `#p-notes-a`; `bibliography.html#src-x` → `#src-x`. */
export function printAnchor(sitePath: string): string {
  const hash = sitePath.indexOf('#');
  if (hash !== -1) return sitePath.startsWith('bibliography.html') || sitePath.slice(hash).startsWith('#src-') ? sitePath.slice(hash) : `#p-${slugify(sitePath.slice(0, hash), 'page')}`;
  return `#p-${slugify(sitePath.replace(/\.html$/, ''), 'page')}`;
}

export function buildSiteModel(input: ModelInput): SiteModel {
  const { catalog, selection, texts, choices } = input;
  const print = input.print === true;
  const link = (fromDepth: number, site: string) => (print ? printAnchor(site) : href(fromDepth, site));
  const style = choices.style ?? 'apa';
  const used = new Set<string>(['index.html', 'bibliography.html', 'search.html', 'print.html', 'notes/index.html', 'tags/index.html']);
  const sitePath = new Map<GardenPath, string>();
  const title = (path: GardenPath) => catalog.plants.get(path)?.title ?? path;

  // People first: their labels are needed to redact everything else, titles included.
  const people = new Map<GardenPath, PersonView>();
  for (const plant of catalog.plants.values()) {
    if (plant.kind === 'person') people.set(plant.path, personView(plant, texts.get(plant.path)?.frontmatter ?? {}, choices));
  }
  const redactor = new Redactor(people.values());
  const contactRedactor = new Redactor(people.values(), { contactOnly: true });
  const safeTitle = new Map<GardenPath, string>();
  const shownTitle = (path: GardenPath) => {
    let t = safeTitle.get(path);
    if (t === undefined) safeTitle.set(path, (t = redactor.redact(title(path))));
    return t;
  };

  for (const path of selection.notes) sitePath.set(path, uniquePath(used, 'notes/', slugify(shownTitle(path), 'note'), '.html'));
  for (const path of selection.goals) sitePath.set(path, uniquePath(used, 'goals/', slugify(shownTitle(path), 'goal'), '.html'));
  const citationId = new Map<GardenPath, string>();
  const usedIds = new Set<string>();
  for (const path of selection.sources) {
    let id = `src-${slugify(title(path), 'source')}`;
    for (let n = 2; usedIds.has(id); n += 1) id = `src-${slugify(title(path), 'source')}-${n}`;
    usedIds.add(id);
    citationId.set(path, id);
    sitePath.set(path, `bibliography.html#${id}`);
  }

  // Tags of exported pages (first spelling wins), each with a page.
  const tags = new Map<string, { name: string; path: string; pages: GardenPath[] }>();
  for (const path of selection.pages) {
    for (const tag of catalog.plants.get(path)?.tags ?? []) {
      const key = tag.toLowerCase();
      let entry = tags.get(key);
      if (!entry) tags.set(key, (entry = { name: redactor.redact(tag), path: uniquePath(used, 'tags/', slugify(tag, 'tag'), '.html'), pages: [] }));
      entry.pages.push(path);
    }
  }

  const images = new Map<GardenPath, string>();
  const rendered = new Map<GardenPath, RenderedMarkdown>();
  const pages = [...selection.notes, ...selection.goals];
  pages.forEach((path, i) => {
    const depth = print ? 0 : (sitePath.get(path) ?? '').split('/').length - 1;
    const ctx = {
      from: path,
      resolve: (target: string, from: GardenPath) => catalog.resolve(target, from),
      hrefOf: (target: GardenPath, heading?: string | null) => {
        const site = sitePath.get(target);
        if (!site) return null;
        const anchor = heading && !heading.startsWith('^') && !site.includes('#') && !print ? `#${ID_PREFIX}${headingSlug(heading.split('#').pop() ?? heading)}` : '';
        return `${link(depth, site)}${anchor}`;
      },
      personLabel: (target: GardenPath) => people.get(target)?.shownAs ?? null,
      imageHref: (target: GardenPath) => {
        if (!catalog.attachments.has(target)) return null;
        let site = images.get(target);
        if (!site) images.set(target, (site = uniquePath(used, 'attachments/', slugify(target.replace(/\.[^.]+$/, ''), 'image'), (/\.[^.]+$/.exec(target)?.[0] ?? '').toLowerCase())));
        return href(depth, site);
      },
      bodyOf: (target: GardenPath) => (selection.pages.has(target) ? (texts.get(target)?.body ?? null) : null),
      titleOf: shownTitle,
      tagHref: (tag: string) => {
        const entry = tags.get(tag.toLowerCase());
        return entry && !print ? href(depth, entry.path) : null;
      },
      redactor,
    };
    rendered.set(path, renderMarkdown(texts.get(path)?.body ?? '', ctx, { title: title(path) }));
    input.onProgress?.(i + 1, pages.length);
  });

  const tasks = new Map<GardenPath, { done: number; total: number }>();
  for (const path of pages) tasks.set(path, countTasks(texts.get(path)?.body ?? ''));

  const backlinks = new Map<GardenPath, Set<GardenPath>>();
  for (const [from, result] of rendered) {
    for (const to of result.linked) {
      if (to === from || !selection.pages.has(to)) continue;
      let set = backlinks.get(to);
      if (!set) backlinks.set(to, (set = new Set()));
      set.add(from);
    }
  }

  const citations = formatBibliography(
    selection.sources.map((path) => ({
      id: citationId.get(path) ?? path,
      title: catalog.plants.get(path)?.source?.title ?? title(path),
      source: catalog.plants.get(path)?.source ?? { title: title(path), url: null, kind: 'other', platform: null, sharedBy: null, status: 'read', added: null },
      frontmatter: texts.get(path)?.frontmatter ?? {},
    })),
    style,
    contactRedactor,
  );

  const peopleOf = (path: GardenPath): GardenPath[] => {
    const plant = catalog.plants.get(path);
    const found = new Set<GardenPath>();
    for (const other of [...(plant?.linksOut ?? []), ...(plant?.linksIn ?? [])]) if (people.has(other)) found.add(other);
    const sharer = sharerName(plant?.source?.sharedBy ?? null);
    const resolved = sharer ? catalog.resolve(sharer, path) : null;
    if (resolved && people.has(resolved)) found.add(resolved);
    for (const [person, behind] of selection.behind) if (behind.has(path)) found.add(person);
    return [...found].filter((p) => selection.behind.has(p)).sort((a, b) => (people.get(a)?.shownAs ?? '').localeCompare(people.get(b)?.shownAs ?? ''));
  };

  return {
    catalog, selection, style, sitePath, people, rendered, backlinks, tags, citations, citationId, images, tasks, redactor,
    peopleOf, title: shownTitle, plant: (path) => catalog.plants.get(path), link, print,
  };
}

/** The person who shared a source, as shown, or null. */
export function introducedBy(model: SiteModel, source: GardenPath): string | null {
  const sharer = sharerName(model.plant(source)?.source?.sharedBy ?? null);
  const person = sharer ? model.catalog.resolve(sharer, source) : null;
  return person ? (model.people.get(person)?.shownAs ?? null) : null;
}

/** Interactions (by count only) a person had about a plant: provenance without content. */
export function exchangesAbout(model: SiteModel, person: GardenPath, plant: GardenPath): number {
  const p = model.plant(person)?.person;
  if (!p) return 0;
  return p.interactions.filter((i) => aboutTargets(i.about ?? '').some((t) => model.catalog.resolve(sharerName(t) ?? t, person) === plant)).length;
}


/** Counts task-list items, skipping fenced code blocks. */
export function countTasks(body: string): { done: number; total: number } {
  let done = 0;
  let total = 0;
  let fence: string | null = null;
  for (const line of body.split(/\r?\n/)) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker) {
      if (fence === null) fence = marker[0] ?? null;
      else if (marker[0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const task = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX])\]\s/.exec(line);
    if (task) {
      total += 1;
      if (task[1] !== ' ') done += 1;
    }
  }
  return { done, total };
}
