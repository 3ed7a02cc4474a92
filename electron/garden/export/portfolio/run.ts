/**
 * The portfolio export over an open garden: the dry-run plan (what is selected, exactly which
 * personal data would leave) and the export itself (site, optional PDF), with progress.
 * Choices are remembered per garden in `.garden/state.json` when an export succeeds; a
 * read-only garden (the CLI) remembers nothing.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { GardenError } from '../../../../shared/api';
import type { PortfolioChoices, PortfolioPlan, PortfolioProgressEvent, PortfolioResult } from '../../../../shared/portfolio';
import type { GardenPath } from '../../../../shared/types';
import type { Garden } from '../../garden';
import { catalogOf, readTexts } from './gather';
import type { PlantText, PortfolioCatalog } from './model';
import { personalDataSentence, personView, type PersonView } from './people';
import { Redactor } from './redact';
import { selectPortfolio, type Selection } from './select';
import { buildSite, type BuiltSite } from './site';
import type { PdfPrinter } from './pdf-chromium';
import { checkOutPlace, defaultOutFolder, writeSite } from './write';

export interface PortfolioHooks {
  onProgress?: (event: PortfolioProgressEvent) => void;
  /** Prints print.html to a PDF; null where none can (the plan says why). */
  printPdf?: PdfPrinter | null;
  /** Why no PDF can be printed, when `printPdf` is null. */
  noPdfReason?: string;
}

type EffectiveChoices = PortfolioPlan['choices'];

/** What was saved for this garden, with `given` on top (each field given replaces the saved one). */
export function effectiveChoices(garden: Garden, given: PortfolioChoices = {}): EffectiveChoices {
  const saved = (garden.state?.data.portfolio ?? {}) as PortfolioChoices;
  const merged = { ...saved, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) } as PortfolioChoices;
  return {
    include: merged.include ?? [],
    exclude: merged.exclude ?? [],
    includeTags: merged.includeTags ?? [],
    style: merged.style ?? 'apa',
    ...(merged.people ? { people: merged.people } : {}),
    ...(merged.platforms ? { platforms: merged.platforms } : {}),
  };
}

interface Gathered {
  catalog: PortfolioCatalog;
  selection: Selection;
  texts: Map<GardenPath, PlantText>;
}

async function gather(garden: Garden, choices: EffectiveChoices, hooks: PortfolioHooks): Promise<Gathered> {
  const progress = hooks.onProgress ?? (() => undefined);
  const catalog = catalogOf(garden);
  const selection = selectPortfolio(catalog, choices);
  const people = [...catalog.plants.values()].filter((p) => p.kind === 'person').map((p) => p.path);
  const wanted = [...selection.pages, ...selection.sources, ...people];
  const texts = await readTexts(garden, wanted, (done, total) => progress({ phase: 'collecting', done, total }));
  return { catalog, selection, texts };
}

function build(garden: Garden, gathered: Gathered, choices: EffectiveChoices, hooks: PortfolioHooks, withPrint: boolean): BuiltSite {
  const progress = hooks.onProgress ?? (() => undefined);
  progress({ phase: 'rendering', done: 0, total: gathered.selection.pages.size });
  return buildSite({
    ...gathered, choices, withPrint,
    positions: garden.state?.data.layout ?? {},
    onProgress: (done, total) => {
      if (done % 100 === 0 || done === total) progress({ phase: 'rendering', done, total });
    },
  });
}

function viewsOf({ catalog, texts }: Gathered, choices: EffectiveChoices): Map<GardenPath, PersonView> {
  const views = new Map<GardenPath, PersonView>();
  for (const plant of catalog.plants.values()) {
    if (plant.kind === 'person') views.set(plant.path, personView(plant, texts.get(plant.path)?.frontmatter ?? {}, choices));
  }
  return views;
}

/**
 * How often each person is named (or their handle, address…) in the exported text: the
 * titles and bodies of the exported pages, wikilinks left out (a link to a person always
 * shows their label). A plain pass over the text, so the dialog's dry run stays quick
 * at thousands of notes; the site itself replaces the same occurrences when it renders.
 */
export function mentionCounts(gathered: Gathered, views: Iterable<PersonView>): Map<GardenPath, number> {
  const redactor = new Redactor(views);
  for (const page of gathered.selection.pages) {
    redactor.redact(gathered.catalog.plants.get(page)?.title ?? '');
    redactor.redact((gathered.texts.get(page)?.body ?? '').replace(/!?\[\[[^\]\n]*\]\]/g, ' '));
  }
  return redactor.counts;
}

function planOf(gathered: Gathered, views: Map<GardenPath, PersonView>, choices: EffectiveChoices, defaultOut: string, hooks: PortfolioHooks): PortfolioPlan {
  const { catalog, selection } = gathered;
  const titles = new Redactor(views.values());
  const title = (p: GardenPath) => titles.redact(catalog.plants.get(p)?.title ?? p, false);
  const counts = mentionCounts(gathered, views.values());
  const item = (p: GardenPath) => ({ path: p, kind: catalog.plants.get(p)?.kind ?? 'note', title: title(p), why: selection.why.get(p) ?? '' });
  const people = selection.people.map((p) => {
    const view = views.get(p);
    const behind = [...(selection.behind.get(p) ?? [])].map((b) => title(b)).sort();
    return {
      path: p,
      name: view?.name ?? p,
      level: view?.level ?? 'role',
      shownAs: view?.shownAs ?? '',
      role: view?.role ?? '',
      platforms: view?.platforms ?? [],
      availablePlatforms: view?.availablePlatforms ?? [],
      replacements: counts.get(p) ?? 0,
      behind,
    } as const;
  });
  const personalData = selection.people.map((p) => {
    const view = views.get(p);
    return view ? personalDataSentence(view, counts.get(p) ?? 0) : '';
  }).filter((s) => s !== '');
  // People not behind the portfolio can still be named in exported text: say how they appear.
  for (const [p, count] of counts) {
    const view = views.get(p);
    if (view && !selection.behind.has(p) && count > 0) personalData.push(personalDataSentence(view, count));
  }
  return {
    choices,
    goals: selection.goals.map(item),
    notes: selection.notes.map(item),
    sources: selection.sources.map(item),
    people,
    personalData,
    defaultOut,
    pdf: hooks.printPdf ? { available: true, reason: 'A PDF can be printed.' } : { available: false, reason: hooks.noPdfReason ?? 'No PDF printer is available here.' },
  };
}

export async function planPortfolio(garden: Garden, given: PortfolioChoices | undefined, hooks: PortfolioHooks = {}): Promise<PortfolioPlan> {
  const choices = effectiveChoices(garden, given);
  const gathered = await gather(garden, choices, hooks);
  return planOf(gathered, viewsOf(gathered, choices), choices, await defaultOutFolder(garden.root, garden.today()), hooks);
}

export interface ExportRequest {
  choices?: PortfolioChoices;
  out?: string;
  /** true: `portfolio.pdf` in the folder; a string: that file. */
  pdf?: boolean | string;
}

export async function exportPortfolio(garden: Garden, request: ExportRequest, hooks: PortfolioHooks = {}): Promise<PortfolioResult & { plan: PortfolioPlan }> {
  const progress = hooks.onProgress ?? (() => undefined);
  const choices = effectiveChoices(garden, request.choices);
  const wantPdf = request.pdf === true || typeof request.pdf === 'string';
  if (wantPdf && !hooks.printPdf) throw new GardenError('not-found', hooks.noPdfReason ?? 'No PDF printer is available here.');
  // Never resolved against the process's folder: a door passes what the user typed, and
  // checkOutFolder refuses anything but a full path (the CLI resolves its own argument).
  const out = request.out ?? (await defaultOutFolder(garden.root, garden.today()));
  checkOutPlace(out, garden.root);
  if (!request.out) await mkdir(path.dirname(out), { recursive: true });
  const gathered = await gather(garden, choices, hooks);
  const site = build(garden, gathered, choices, hooks, wantPdf);
  const plan = planOf(gathered, site.model.people, choices, out, hooks);
  const files = await writeSite({
    out, files: site.files, images: site.images, gardenRoot: garden.root,
    onProgress: (done, total) => progress({ phase: 'writing', done, total }),
  });
  let pdf: string | null = null;
  if (wantPdf && hooks.printPdf) {
    progress({ phase: 'printing', done: 0, total: 1 });
    pdf = typeof request.pdf === 'string' ? path.resolve(request.pdf) : path.join(out, 'portfolio.pdf');
    await hooks.printPdf(path.join(out, 'print.html'), pdf);
    if (path.dirname(pdf) === out) files.push(path.basename(pdf));
  }
  if (garden.state) {
    garden.state.data.portfolio = choices;
    await garden.state.write().catch(() => undefined);
  }
  progress({ phase: 'done', done: 1, total: 1 });
  return { folder: out, files, index: path.join(out, 'index.html'), pdf, personalData: plan.personalData, plan };
}
