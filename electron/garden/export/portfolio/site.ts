/**
 * The whole portfolio site as a list of files (pure): pages, tag pages, the bibliography,
 * search (a script and its index), the stylesheet, and — for the PDF — print.html, one
 * document holding everything. write.ts puts them on disk with the copied images.
 */
import type { GardenPath } from '../../../../shared/types';
import { SEARCH_SCRIPT, SITE_CSS } from './assets';
import { gardenFigures, growthTimeline } from './figures';
import {
  bibliographyPage, notesIndexPage, overviewPage, plantPage, printPage, searchPage, tagPage, tagsIndexPage,
} from './pages';
import { networkPicture } from './network';
import { buildSiteModel, type ModelInput, type SiteModel } from './site-model';

export interface SiteFile { path: string; content: string }

export interface BuiltSite {
  files: SiteFile[];
  /** Image attachments to copy: garden path → site path. */
  images: Map<GardenPath, string>;
  model: SiteModel;
}

export interface SiteInput extends ModelInput {
  /** Saved map positions (`.garden/state.json`), so the picture looks like the map. */
  positions?: Readonly<Record<string, readonly [number, number]>>;
  /** Also write print.html (the source of the PDF). */
  withPrint?: boolean;
}

/** A note's text in the index is capped: enough to find it by, small enough for 10k notes. */
const INDEXED_CHARS = 4000;

export function searchIndexScript(model: SiteModel): string {
  const sourceOf = new Map([...model.citationId].map(([path, id]) => [id, path]));
  const records = [
    ...[...model.selection.goals, ...model.selection.notes].map((path) => ({
      t: model.title(path),
      u: model.sitePath.get(path) ?? '',
      k: model.plant(path)?.kind === 'goal' ? 'goal' : 'note',
      g: (model.plant(path)?.tags ?? []).map((t) => model.redactor.redact(t)),
      x: (model.rendered.get(path)?.text ?? '').slice(0, INDEXED_CHARS),
    })),
    ...model.citations.map((c) => {
      const path = sourceOf.get(c.id);
      return { t: path ? model.title(path) : c.text, u: `bibliography.html#${c.id}`, k: 'source', g: [], x: c.text };
    }),
  ];
  // JSON is valid JavaScript; U+2028/9 are escaped for engines older than ES2019.
  const json = JSON.stringify(records).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `window.PLN_SEARCH_INDEX = ${json};\n`;
}

export function buildSite(input: SiteInput): BuiltSite {
  const model = buildSiteModel(input);
  const network = networkPicture(model, input.positions);
  const figures = gardenFigures(model.catalog);
  const timeline = growthTimeline(model.catalog);
  const files: SiteFile[] = [
    { path: 'index.html', content: overviewPage(model, figures, timeline, network) },
    { path: 'notes/index.html', content: notesIndexPage(model) },
    { path: 'tags/index.html', content: tagsIndexPage(model) },
    { path: 'bibliography.html', content: bibliographyPage(model) },
    { path: 'search.html', content: searchPage(model) },
    { path: 'assets/site.css', content: SITE_CSS },
    { path: 'assets/search.js', content: SEARCH_SCRIPT },
    { path: 'assets/search-index.js', content: searchIndexScript(model) },
  ];
  if (network.svg) files.push({ path: 'network.svg', content: network.svg });
  for (const path of [...model.selection.goals, ...model.selection.notes]) {
    const site = model.sitePath.get(path);
    if (site) files.push({ path: site, content: plantPage(model, path) });
  }
  for (const [key, tag] of model.tags) files.push({ path: tag.path, content: tagPage(model, key) });
  if (input.withPrint) {
    const printModel = buildSiteModel({ ...input, print: true, onProgress: undefined });
    files.push({ path: 'print.html', content: printPage(printModel, figures, timeline, network) });
  }
  return { files, images: model.images, model };
}
