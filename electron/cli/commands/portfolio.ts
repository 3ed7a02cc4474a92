/**
 * `pln export <garden> --out <dir> [--pdf <file>] [--style apa|harvard1|vancouver] [--include-tag T]…`:
 * writes the portfolio site (and a PDF through a local Chromium), then prints what it wrote
 * and exactly which personal data it included. Read-only on the garden: the choices saved by
 * the app's export dialog are used (a flag given here wins), and nothing is written back.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CITATION_STYLE_IDS, portfolioChoicesSchema, type CitationStyle, type PortfolioChoices } from '../../../shared/portfolio';
import { GardenError } from '../../../shared/api';
import { chromiumPrinter, findChromium, NO_CHROMIUM } from '../../garden/export/portfolio/pdf-chromium';
import { exportPortfolio } from '../../garden/export/portfolio/run';
import { Garden } from '../../garden/garden';
import type { CliIo } from '../io';
import { UsageError } from '../usage';

export interface PortfolioCliOptions {
  out: string;
  pdf?: string;
  style?: string;
  includeTags: string[];
}

export function parseStyle(style: string | undefined): CitationStyle | undefined {
  if (style === undefined) return undefined;
  if ((CITATION_STYLE_IDS as readonly string[]).includes(style)) return style as CitationStyle;
  throw new UsageError(`--style takes ${CITATION_STYLE_IDS.join(', ')}, not "${style}".`);
}

/** What the app's export dialog last chose for this garden, if anything readable. */
async function savedChoices(root: string): Promise<PortfolioChoices> {
  const text = await readFile(path.join(root, '.garden', 'state.json'), 'utf8').catch(() => null);
  if (text === null) return {};
  try {
    const parsed = portfolioChoicesSchema.safeParse((JSON.parse(text) as { portfolio?: unknown }).portfolio ?? {});
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export async function portfolioCommand(root: string, options: PortfolioCliOptions, io: CliIo): Promise<number> {
  const style = parseStyle(options.style);
  const garden = await Garden.open(root, { readOnly: true });
  const choices: PortfolioChoices = { ...(await savedChoices(garden.root)), ...(style ? { style } : {}) };
  if (options.includeTags.length > 0) choices.includeTags = [...new Set([...(choices.includeTags ?? []), ...options.includeTags])];
  const chromium = options.pdf ? findChromium() : null;
  const result = await exportPortfolio(garden, {
    choices,
    out: path.resolve(options.out),
    ...(options.pdf && chromium ? { pdf: path.resolve(options.pdf) } : {}),
  }, { printPdf: chromium ? chromiumPrinter(chromium) : null, noPdfReason: NO_CHROMIUM });
  const { plan } = result;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  io.out(`Wrote the portfolio to ${result.folder}: ${count(plan.goals.length, 'goal', 'goals')}, ${count(plan.notes.length, 'note', 'notes')}, ${count(plan.sources.length, 'source', 'sources')} (${plan.choices.style.toUpperCase()}), ${count(result.files.length, 'file', 'files')}.`);
  io.out(`Open ${result.index}`);
  if (result.pdf) io.out(`PDF: ${result.pdf}`);
  io.out(plan.personalData.length === 0 ? 'Personal data included: none.' : 'Personal data included:');
  for (const sentence of plan.personalData) io.out(`  - ${sentence}`);
  if (options.pdf && !chromium) throw new GardenError('not-found', NO_CHROMIUM);
  return 0;
}
