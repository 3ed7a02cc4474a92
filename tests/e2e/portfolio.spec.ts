/**
 * Issue 6, done when: export the sample garden from the app, open the site in Chromium from
 * file:// with the network blocked (every request that is not a file is aborted and
 * recorded): every internal link resolves, search finds a note, no external request is
 * attempted, and no handle, email, address or interaction note of a non-public person
 * appears in any file written. Screenshots of the overview, a note page and the
 * bibliography; the PDF's pages rendered to PNG with pdftoppm.
 *
 * Uses only the `page`, `gardenRoot` and `shot` fixtures (so it runs against Electron too);
 * the exported site is viewed in a Chromium of its own, as a reader would open it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { Garden } from '../../electron/garden/garden';
import { chromiumPath } from './support/chromium';
import { expect, test } from './support/fixtures';

const screenshots = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** Every contact detail and interaction note of the sample's people (none of them is public). */
async function privateStrings(gardenRoot: string): Promise<string[]> {
  const garden = await Garden.open(gardenRoot, { readOnly: true });
  const out: string[] = [];
  for (const record of garden.index.records.values()) {
    const person = record.person;
    if (!person || record.portfolio === 'public') continue;
    out.push(person.name, ...person.emails);
    for (const p of person.platforms) {
      if (p.handle) out.push(p.handle);
      if (p.url) out.push(p.url, p.url.replace(/^https?:\/\//, ''));
    }
    for (const i of person.interactions) if (i.note) out.push(i.note);
  }
  return out;
}

test('the portfolio is exported from the app and works offline from file://, with people kept private', async ({ page, gardenRoot, shot }, testInfo) => {
  test.setTimeout(120_000);
  const project = testInfo.project.name;
  await page.goto(`${new URL(page.url()).origin}/#/portfolio`);
  const summary = page.getByTestId('portfolio-summary');
  await expect(summary).toContainText('Rosa Delgado: an anonymous role (“a practicum mentor teacher”)');
  await expect(summary).toContainText('no handle, email, address, phone or interaction note');
  await summary.scrollIntoViewIfNeeded();
  await shot('portfolio-dialog');

  // Choose a tag too, then export with the PDF.
  await page.getByLabel('Also export notes tagged').fill('toastmasters');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByRole('checkbox', { name: 'Filler words and pauses' })).toBeChecked();
  await page.getByRole('checkbox', { name: /Also print a PDF/ }).check();
  await page.getByTestId('portfolio-export').click();
  const folder = (await page.getByTestId('portfolio-result-folder').textContent({ timeout: 60_000 })) ?? '';
  expect(folder).toBe(path.join(gardenRoot, '.garden', 'exports', path.basename(folder)));
  await shot('portfolio-exported');

  const files = await filesUnder(folder);
  const html = files.filter((f) => f.endsWith('.html'));
  expect(html.length).toBeGreaterThan(20);

  // No contact detail or interaction note of a non-public person in ANY file.
  const secrets = await privateStrings(gardenRoot);
  expect(secrets.length).toBeGreaterThan(30);
  const leaks: string[] = [];
  for (const file of files) {
    const text = (await readFile(file)).toString('utf8');
    for (const secret of secrets) if (text.includes(secret)) leaks.push(`${path.relative(folder, file)}: ${secret}`);
  }
  expect(leaks).toEqual([]);

  // The site in a Chromium of its own, offline: anything that is not a file is aborted and recorded.
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const blocked: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    const site: Page = await context.newPage();
    const errors: string[] = [];
    site.on('pageerror', (e) => errors.push(String(e)));
    site.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

    // Every internal link, image, stylesheet and script of every page resolves (anchors included).
    const broken: string[] = [];
    for (const file of html) {
      await site.goto(pathToFileURL(file).href);
      const targets = await site.evaluate(() => [
        ...[...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
        ...[...document.querySelectorAll('img[src], script[src]')].map((e) => (e as HTMLImageElement).src),
        ...[...document.querySelectorAll('link[href]')].map((l) => (l as HTMLLinkElement).href),
      ]);
      for (const target of targets.filter((t) => t.startsWith('file:'))) {
        const url = new URL(target);
        const onDisk = fileURLToPath(url);
        if (!existsSync(onDisk)) broken.push(`${path.relative(folder, file)} → ${target}`);
        else if (url.hash && onDisk.endsWith('.html')) {
          const id = decodeURIComponent(url.hash.slice(1));
          if (!(await readFile(onDisk, 'utf8')).includes(`id="${id}"`)) broken.push(`${path.relative(folder, file)} → ${target} (no #${id})`);
        }
      }
    }
    expect(broken).toEqual([]);

    // Search finds a note, from the box on any page.
    await site.goto(pathToFileURL(path.join(folder, 'index.html')).href);
    await site.getByRole('searchbox', { name: 'Search the portfolio' }).fill('fading support');
    await site.keyboard.press('Enter');
    await expect(site.locator('#search-status')).toContainText('for “fading support”');
    await expect(site.locator('#search-results a').first()).toHaveText('Scaffolding');
    await site.locator('#q').fill('phonics');
    await expect(site.locator('#search-results')).toContainText('Phonics and the science of reading');
    await site.locator('#search-results a', { hasText: 'Phonics and the science of reading' }).click();
    await expect(site.locator('h1')).toHaveText('Phonics and the science of reading');

    // Screenshots: overview, a note page, the bibliography (and a note on a phone).
    await site.goto(pathToFileURL(path.join(folder, 'index.html')).href);
    await expect(site.locator('.network img')).toHaveJSProperty('complete', true);
    expect(await site.locator('.network img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await site.screenshot({ path: path.join(screenshots, `portfolio-overview-${project}.png`), fullPage: true });
    await site.goto(pathToFileURL(path.join(folder, 'notes', 'scaffolding.html')).href);
    await expect(site.locator('.note-body')).toContainText('A practicum mentor teacher told me (kindly)');
    await site.screenshot({ path: path.join(screenshots, `portfolio-note-${project}.png`), fullPage: true });
    await site.goto(pathToFileURL(path.join(folder, 'bibliography.html')).href);
    await expect(site.locator('.citation').first()).toBeVisible();
    await expect(site.locator('ol.bibliography')).toContainText('Wood, D., Bruner, J. S., & Ross, G. (1976). The role of tutoring in problem solving.');
    await site.screenshot({ path: path.join(screenshots, `portfolio-bibliography-${project}.png`), fullPage: true });
    await site.setViewportSize({ width: 390, height: 844 });
    await site.goto(pathToFileURL(path.join(folder, 'notes', 'scaffolding.html')).href);
    expect(await site.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await site.screenshot({ path: path.join(screenshots, `portfolio-phone-${project}.png`) });

    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }

  // The PDF of the same portfolio, its pages rendered to PNG to look at.
  const pdf = path.join(folder, 'portfolio.pdf');
  expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '4', pdf, path.join(screenshots, `portfolio-pdf-${project}`)]);
  const pages = (await readdir(screenshots)).filter((f) => f.startsWith(`portfolio-pdf-${project}-`) && f.endsWith('.png'));
  expect(pages.length).toBe(4);
});
