import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './support/fixtures';

test('the sample garden opens with every kind of plant listed', async ({ page, shot }) => {
  await expect(page.getByTestId('garden-name')).toHaveText(/Sample Garden/);
  const rows = page.getByTestId('plant-row');
  await expect(rows.filter({ hasText: 'Zone of proximal development' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Priya Raman' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Sold a Story' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: 'ZPD research paper' })).toHaveCount(1);
  expect(await rows.count()).toBeGreaterThanOrEqual(30);
  await shot('plants');
});

test('a wikilink is followed and the note shows its backlink', async ({ page, shot }) => {
  await page.goto(`${new URL(page.url()).origin}/#/note/${encodeURIComponent('notes')}/${encodeURIComponent('Research paper outline.md')}`);
  await expect(page.getByTestId('note-title')).toHaveText('Research paper outline');
  // The outline links to the ZPD note; following it lands on that note...
  await page.getByTestId('note-body').getByRole('link', { name: /zone of proximal development/i }).first().click();
  await expect(page.getByTestId('note-title')).toHaveText('Zone of proximal development');
  expect(decodeURIComponent(page.url())).toContain('#/note/notes/Zone of proximal development.md');
  // ...whose backlinks include the outline, with the line that links.
  const backlink = page.getByTestId('backlinks').getByTestId('backlink').filter({ hasText: 'Research paper outline' });
  await expect(backlink.first()).toBeVisible();
  await shot('note-with-backlinks');
});

test('an edit made outside the app shows up live', async ({ page, gardenRoot }) => {
  const file = path.join(gardenRoot, 'notes', 'Scaffolding.md');
  await page.goto(`${new URL(page.url()).origin}/#/note/notes/Scaffolding.md`);
  await expect(page.getByTestId('note-title')).toHaveText('Scaffolding');
  const text = await readFile(file, 'utf8');
  await writeFile(file, `${text}\n\nAdded outside the app: fading support is the point.\n`);
  await expect(page.getByTestId('note-body')).toContainText('Added outside the app: fading support is the point.');
});

test('the needs-watering list puts the wilting and the only-taking people in front of you', async ({ page, shot }) => {
  await page.goto(`${new URL(page.url()).origin}/#/graph`);
  const items = page.getByTestId('needs-watering-item');
  await expect(items.filter({ hasText: 'Priya Raman' })).toContainText(/wilting/i);
  await expect(items.filter({ hasText: 'Priya Raman' })).toContainText('Last contact 40 days ago');
  await expect(items.filter({ hasText: 'Jordan Ellis' })).toContainText(/only tak/i);
  await expect(items.filter({ hasText: 'Short-form video and attention' })).toContainText(/orphan/i);
  // Healthy plants are not in the list.
  await expect(items.filter({ hasText: 'Helen Okafor' })).toHaveCount(0);
  await shot('needs-watering');
});
