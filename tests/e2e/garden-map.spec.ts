import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { generateGarden } from '../bench/generate-garden';
import { expect, test } from './support/fixtures';

/** Where a plant is on screen: its layout position through the map's current zoom. */
async function screenPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const plant = page.locator(`[data-testid="map-plant"][data-id="${id}"]`);
  const x = Number(await plant.getAttribute('data-x'));
  const y = Number(await plant.getAttribute('data-y'));
  const [k, tx, ty] = (await page.getByTestId('graph-stage').getAttribute('data-view'))!.split(',').map(Number) as [number, number, number];
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  return { x: box.x + x * k + tx, y: box.y + y * k + ty };
}

async function openSettledMap(page: Page): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${new URL(page.url()).origin}/#/graph`);
  await expect(page.getByTestId('graph-stage')).toHaveAttribute('data-layout', 'settled', { timeout: 20_000 });
}

test('the map marks the wilting and the only-taking people, and hovering names them', async ({ page, shot }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await openSettledMap(page);
  const priya = page.locator('[data-testid="map-plant"][data-id="people/Priya Raman.md"]');
  await expect(priya).toHaveAttribute('data-state', 'wilting');
  await expect(priya).toHaveAttribute('data-marks', /neglected/);
  const jordan = page.locator('[data-testid="map-plant"][data-id="people/Jordan Ellis.md"]');
  await expect(jordan).toHaveAttribute('data-marks', /one-way/);
  await expect(page.getByTestId('map-plant').first()).toHaveAttribute('data-kind', 'you');
  await shot('garden-map');

  const at = await screenPoint(page, 'people/Priya Raman.md');
  await page.mouse.move(at.x, at.y);
  await expect(page.locator('.graph-tooltip')).toContainText('Priya Raman');
  await expect(page.locator('.graph-tooltip')).toContainText(/wilting/i);
  await shot('garden-map-hover');

  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.mouse.move(5, 5);
  await shot('garden-map-dark');
  expect(errors).toEqual([]);
});

test('clicking a plant on the map opens it', async ({ page }) => {
  await openSettledMap(page);
  const at = await screenPoint(page, 'people/Priya Raman.md');
  await page.mouse.click(at.x, at.y);
  await expect(page).toHaveURL(/#\/note\/people\/Priya%20Raman\.md$/);
  await expect(page.getByTestId('note-title')).toHaveText('Priya Raman');
});

test('the map reopens laid out as it was left', async ({ page, gardenRoot }) => {
  await openSettledMap(page);
  const before = await page.locator('[data-testid="map-plant"][data-id="notes/Scaffolding.md"]').getAttribute('data-x');
  // The settled layout is saved into the garden's own state file.
  const state = path.join(gardenRoot, '.garden', 'state.json');
  await expect
    .poll(async () => {
      const saved = JSON.parse(await readFile(state, 'utf8').catch(() => '{}')) as { layout?: Record<string, [number, number]> };
      return saved.layout?.['notes/Scaffolding.md']?.[0];
    })
    .toBeCloseTo(Number(before), 0);
  await page.reload();
  await expect(page.getByTestId('graph-stage')).toHaveAttribute('data-layout', 'settled', { timeout: 20_000 });
  const after = await page.locator('[data-testid="map-plant"][data-id="notes/Scaffolding.md"]').getAttribute('data-x');
  expect(Math.abs(Number(after) - Number(before))).toBeLessThan(1);
});

test('a plant from the needs-watering panel is found on the map', async ({ page }) => {
  await openSettledMap(page);
  await page.getByTestId('needs-watering-item').filter({ hasText: 'Priya Raman' }).getByRole('button', { name: 'Priya Raman' }).click();
  await expect(page.getByTestId('graph-announce')).toContainText('Priya Raman, wilting');
});

const plantCount = async (page: Page) => Number(/(\d+)(?: of \d+)? plants/.exec((await page.getByTestId('graph-count').textContent()) ?? '')?.[1]);
const drawnIds = async (page: Page) => page.getByTestId('map-plant').evaluateAll((items) => items.map((i) => i.getAttribute('data-id') ?? ''));

test('filters narrow the map, and search flies to a plant', async ({ page, shot }) => {
  await openSettledMap(page);
  const all = await plantCount(page);
  await page.getByTestId('graph-filters-toggle').click();
  await page.getByTestId('filter-kind-person').check();
  await expect(page.getByTestId('graph-count')).toHaveText(/^7 of \d+ plants$/);
  const kinds = await page.getByTestId('map-plant').evaluateAll((items) => [...new Set(items.map((i) => i.getAttribute('data-kind')))].sort());
  expect(kinds).toEqual(['person', 'platform', 'you']);
  await page.getByTestId('toggle-platforms').uncheck();
  await expect.poll(async () => (await drawnIds(page)).some((id) => id.startsWith('platform:'))).toBe(false);
  await shot('garden-map-filtered');
  await page.getByRole('button', { name: 'Show everything' }).click();
  await expect(page.getByTestId('graph-count')).toHaveText(`${all} plants`);
  await page.getByTestId('graph-filters-toggle').click();

  await page.getByTestId('graph-search').fill('priya');
  await expect(page.getByTestId('graph-search-result').first()).toContainText('Priya Raman');
  await page.getByTestId('graph-search').press('Enter');
  await expect(page.getByTestId('graph-announce')).toContainText('Priya Raman, wilting');
  await expect(page.getByTestId('graph-card')).toHaveAttribute('data-id', 'people/Priya Raman.md');
});

test('the local graph shows what lies near a plant, deeper on request, on the map and beside the note', async ({ page, shot }) => {
  await openSettledMap(page);
  const all = (await drawnIds(page)).length;
  await page.getByTestId('needs-watering-item').filter({ hasText: 'Priya Raman' }).getByRole('button', { name: 'Priya Raman' }).click();
  await page.getByTestId('graph-card-local').click();
  await expect(page.getByTestId('graph-local')).toContainText('Local graph of Priya Raman');
  await expect.poll(async () => (await drawnIds(page)).length).toBeLessThan(all);
  const one = await drawnIds(page);
  expect(one).toContain('people/Priya Raman.md');
  expect(one).toContain('you');
  await page.getByTestId('graph-depth').selectOption('2');
  await expect.poll(async () => (await drawnIds(page)).length).toBeGreaterThan(one.length);
  await shot('garden-map-local');
  await page.getByTestId('graph-local-clear').click();
  await expect.poll(async () => (await drawnIds(page)).length).toBe(all);

  // Beside the open note: its neighbours, on a small map of their own.
  await page.goto(`${new URL(page.url()).origin}/#/note/${encodeURIComponent('notes/Zone of proximal development.md')}`);
  const local = page.getByTestId('local-graph');
  await expect(local.getByTestId('graph-stage')).toHaveAttribute('data-layout', 'settled', { timeout: 20_000 });
  const near = await local.getByTestId('local-graph-plant').evaluateAll((items) => items.map((i) => i.getAttribute('data-id')));
  expect(near).toContain('notes/Scaffolding.md');
  expect(near).not.toContain('notes/Spork the betta.md');
  const before = near.length;
  await local.getByTestId('local-graph-depth').selectOption('2');
  await expect.poll(async () => local.getByTestId('local-graph-plant').count()).toBeGreaterThan(before);
  await local.scrollIntoViewIfNeeded();
  await expect(local.getByTestId('graph-stage')).toHaveAttribute('data-layout', 'settled', { timeout: 20_000 });
  await shot('note-local-graph');
});

test('the time slider shows the garden as it stood on an earlier day, and play steps through it', async ({ page, shot }) => {
  await openSettledMap(page);
  const today = await plantCount(page);
  const slider = page.getByTestId('graph-time-slider');
  await slider.focus();
  await page.keyboard.press('Home');
  const first = (await page.getByTestId('graph-time-date').textContent()) ?? '';
  expect(first).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await expect.poll(async () => plantCount(page)).toBeLessThan(today);
  // Halfway: more plants than on the first day, fewer than today.
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('PageUp');
  await shot('garden-map-past');
  await page.getByRole('button', { name: 'Back to today' }).click();
  await expect(page.getByTestId('graph-time-date')).toHaveText(/^Today, /);
  await expect.poll(async () => plantCount(page)).toBe(today);

  await page.getByTestId('graph-time-play').click();
  await expect(page.getByTestId('graph-time-date')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  const a = await page.getByTestId('graph-time-date').textContent();
  await expect.poll(async () => page.getByTestId('graph-time-date').textContent(), { timeout: 10_000 }).not.toBe(a);
  await page.getByTestId('graph-time-play').click();
  await expect(page.getByTestId('graph-time-play')).toHaveText('Play');
});

test('a saved view brings its filters back, after a reload too', async ({ page }) => {
  await openSettledMap(page);
  const all = await plantCount(page);
  await page.getByTestId('graph-filters-toggle').click();
  await page.getByTestId('filter-kind-source').check();
  await expect(page.getByTestId('graph-count')).toHaveText(/^10 of \d+ plants$/);
  await page.getByTestId('graph-filters-toggle').click();
  await page.getByTestId('graph-view-save').click();
  await page.getByTestId('graph-view-name').fill('Just sources');
  await page.getByTestId('graph-view-name').press('Enter');
  await expect(page.getByTestId('graph-view-select')).toHaveValue('Just sources');

  await page.reload();
  await expect(page.getByTestId('graph-stage')).toHaveAttribute('data-layout', 'settled', { timeout: 20_000 });
  await expect(page.getByTestId('graph-count')).toHaveText(`${all} plants`);
  await page.getByTestId('graph-view-select').selectOption('Just sources');
  await expect(page.getByTestId('graph-count')).toHaveText(/^10 of \d+ plants$/);
});

test('the current view exports as a valid SVG and as a PNG', async ({ page }) => {
  await openSettledMap(page);
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('graph-export-svg').click()]);
  expect(svgDownload.suggestedFilename()).toMatch(/^Sample-Garden-map-\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = await readFile((await svgDownload.path())!, 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { errors: doc.getElementsByTagName('parsererror').length, root: doc.documentElement.tagName, titles: [...doc.querySelectorAll('g.plants title')].map((t) => t.textContent) };
  }, svg);
  expect(parsed.errors).toBe(0);
  expect(parsed.root).toBe('svg');
  expect(parsed.titles).toContain('Priya Raman (person, wilting)');

  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('graph-export-png').click()]);
  const png = await readFile((await pngDownload.path())!);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.length).toBeGreaterThan(20_000);
});

test('the diversity lens lists where each topic’s sources come from', async ({ page, shot }) => {
  await openSettledMap(page);
  await page.getByTestId('side-diversity').click();
  const phonics = page.getByTestId('diversity-topic').filter({ has: page.getByText('#phonics', { exact: true }) });
  await expect(phonics).toContainText('4 sources');
  await expect(phonics).toContainText(/Platforms: .*tiktok 1/);
  await phonics.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByTestId('graph-count')).toHaveText(/^\d+ of \d+ plants$/);
  await shot('garden-map-diversity');
});

test('keyboard: Home goes to you, arrows move, L opens the local graph, / finds', async ({ page }) => {
  await openSettledMap(page);
  await page.getByTestId('graph-stage').focus();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('graph-card')).toHaveAttribute('data-id', 'you');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('graph-card')).not.toHaveAttribute('data-id', 'you');
  await page.keyboard.press('l');
  await expect(page.getByTestId('graph-local')).toBeVisible();
  await page.keyboard.press('l');
  await expect(page.getByTestId('graph-local')).toHaveCount(0);
  await page.keyboard.press('/');
  await expect(page.getByTestId('graph-search')).toBeFocused();
});

test('a garden of a thousand generated notes stays legible', async ({ page, gardenRoot, shot }) => {
  test.setTimeout(120_000);
  // A generated garden beside the sample, opened through the app's own door (IPC or HTTP).
  const root = path.join(path.dirname(gardenRoot), 'Generated 1k');
  await generateGarden(root, 1000);
  const opened = await page.evaluate(async (folder) => {
    const bridge = (window as unknown as { pln?: { call(name: string, input: unknown): Promise<{ ok: boolean }> } }).pln;
    if (bridge) return (await bridge.call('garden.open', { root: folder })).ok;
    const response = await fetch('/api/call/garden.open', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ root: folder }), credentials: 'same-origin' });
    return ((await response.json()) as { ok: boolean }).ok;
  }, root);
  expect(opened).toBe(true);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${new URL(page.url()).origin}/#/graph`);
  await expect.poll(async () => plantCount(page), { timeout: 60_000 }).toBe(1150);
  await expect(page.getByTestId('graph-stage')).toHaveAttribute('data-layout', 'settled', { timeout: 60_000 });
  await shot('garden-map-1k');
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  // A base this large is repainted in slices over a few frames: let it finish before the picture.
  await page.waitForTimeout(1500);
  await shot('garden-map-1k-dark');
});

test('watering the wilting and the only-taking person from the panel changes both marks on the map', async ({ page }) => {
  await openSettledMap(page);
  const panel = page.getByTestId('needs-watering-item');
  const priya = page.locator('[data-testid="map-plant"][data-id="people/Priya Raman.md"]');
  const jordan = page.locator('[data-testid="map-plant"][data-id="people/Jordan Ellis.md"]');
  await expect(priya).toHaveAttribute('data-marks', /neglected/);
  await expect(jordan).toHaveAttribute('data-marks', /one-way/);

  await panel.filter({ hasText: 'Priya Raman' }).getByRole('button', { name: 'Water', exact: true }).click();
  await page.getByTestId('water-dialog').getByRole('button', { name: 'Log interaction' }).click();
  await expect(priya).toHaveAttribute('data-state', 'thriving');
  await expect(priya).not.toHaveAttribute('data-marks', /neglected/);
  await expect(panel.filter({ hasText: 'Priya Raman' })).toHaveCount(0);

  // One thing given back is enough to make the tie two-way (5 received, 1 given: balance −0.67).
  await panel.filter({ hasText: 'Jordan Ellis' }).getByRole('button', { name: 'Water', exact: true }).click();
  const dialog = page.getByTestId('water-dialog');
  await dialog.getByRole('radio', { name: 'I gave' }).click();
  await dialog.getByRole('button', { name: 'Log interaction' }).click();
  await expect(jordan).not.toHaveAttribute('data-marks', /one-way/);
  await expect(panel.filter({ hasText: 'Jordan Ellis' })).toHaveCount(0);
});
