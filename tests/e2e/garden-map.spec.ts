import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
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
