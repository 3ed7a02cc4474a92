import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './support/fixtures';

/** Relative luminance of a CSS rgb() colour, to tell a light theme from a dark one. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => Number(v) / 255);
  const lin = (c = 0) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

test('follows the system theme: dark when the OS is dark, light when it is light', async ({ page, shot }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${new URL(page.url()).origin}/#/note/notes/Zone of proximal development.md`);
  await expect(page.getByTestId('note-title')).toHaveText('Zone of proximal development');
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(luminance(darkBg)).toBeLessThan(0.1);
  await shot('note-dark');
  await page.goto(`${new URL(page.url()).origin}/#/plants`);
  await expect(page.getByTestId('plant-row').first()).toBeVisible();
  await shot('plants-dark');

  await page.emulateMedia({ colorScheme: 'light' });
  const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(luminance(lightBg)).toBeGreaterThan(0.7);
});

test('creates a new, empty garden from the switcher and shows it empty', async ({ page, gardenRoot, shot }) => {
  const fresh = path.join(path.dirname(gardenRoot), 'Fresh Garden');
  await page.getByTestId('garden-name').click();
  await page.getByLabel(/Open folder/).fill(fresh);
  await page.getByRole('button', { name: 'Create new garden' }).click();
  await expect(page.getByTestId('garden-name')).toHaveText('Fresh Garden');
  await expect(page.getByTestId('plant-row')).toHaveCount(0);
  await expect(page.getByTestId('empty-garden')).toContainText('This garden is empty');
  await expect(page.getByTestId('empty-garden')).toContainText('Write a first note with New note');
  expect(await readdir(fresh)).toEqual([]); // an empty garden: the app wrote nothing into it
  await shot('empty-garden');
  // The sample is one click away in the recent list.
  await page.getByTestId('garden-name').click();
  await page.getByRole('button', { name: /Sample Garden/ }).click();
  await expect(page.getByTestId('garden-name')).toHaveText('Sample Garden');
});

test('a folder that does not exist gives a clear message, not a stack trace', async ({ page, gardenRoot }) => {
  await page.getByTestId('garden-name').click();
  await page.getByLabel(/Open folder/).fill(path.join(path.dirname(gardenRoot), 'nowhere'));
  await page.getByRole('button', { name: 'Open folder' }).click();
  await expect(page.getByTestId('error-banner')).toContainText('There is no folder at');
  await expect(page.getByTestId('error-banner')).not.toContainText(/GardenError|Error:|\(.*:\d+:\d+\)/);
  await expect(page.getByTestId('garden-name')).toHaveText('Sample Garden');
});
