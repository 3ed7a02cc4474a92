/**
 * The portfolio as a PDF outside Electron (pln export --pdf, browser mode): a local
 * Chromium (CHROMIUM_PATH, else Debian's /usr/bin/chromium and the usual names) driven
 * headless by playwright-core, printing the site's print.html. Offline by construction:
 * every request that is not a file under the site folder is aborted. Where no Chromium
 * exists, one clear sentence says so (and what to do).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { GardenError } from '../../../../shared/api';

export type PdfPrinter = (htmlFile: string, pdfFile: string) => Promise<void>;

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string | null {
  const candidates = [env.CHROMIUM_PATH, ...CANDIDATES].filter((p): p is string => typeof p === 'string' && p !== '');
  return candidates.find((p) => exists(p)) ?? null;
}

export const NO_CHROMIUM = 'No Chromium was found to print the PDF (set CHROMIUM_PATH, or install chromium); the site was written without it.';

/** Chromium's flags for a one-shot, quiet, offline print (as tests/e2e/support/fixtures.ts). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function chromiumPrinter(executablePath: string | null = findChromium()): PdfPrinter {
  return async (htmlFile, pdfFile) => {
    if (!executablePath) throw new GardenError('not-found', NO_CHROMIUM);
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      const folder = pathToFileURL(path.dirname(htmlFile)).href;
      await context.route('**/*', (route) => (route.request().url().startsWith(folder) ? route.continue() : route.abort()));
      const page = await context.newPage();
      await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: pdfFile, format: 'A4', printBackground: true, margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } });
    } finally {
      await browser.close();
    }
  };
}
