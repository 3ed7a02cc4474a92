import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from './support/fixtures';

const origin = (page: Page) => new URL(page.url()).origin;

/** Screenshots of the current state in both themes, then back to light. */
async function shotBoth(page: Page, shot: (name: string) => Promise<void>, name: string) {
  await page.emulateMedia({ colorScheme: 'light' });
  await shot(`${name}-light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(`${name}-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Calls the core through the page's own door (the session cookie is already set). */
async function callApi(page: Page, method: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }> {
  return page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/api/call/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      return response.json();
    },
    [method, input] as const,
  );
}

test('the quick switcher finds a note by prefix and by typo, and opens it', async ({ page, shot }) => {
  await expect(page.getByTestId('plant-row').first()).toBeVisible();
  await page.keyboard.press('Control+O');
  const switcher = page.getByTestId('quick-switcher');
  await expect(switcher).toBeVisible();
  const input = switcher.getByRole('combobox');
  await expect(input).toBeFocused();

  await input.fill('scaf');
  const items = switcher.getByTestId('switcher-item');
  await expect(items.first()).toContainText('Scaffolding');
  await expect(items.first()).toContainText('Note');
  await shotBoth(page, shot, 'switcher');

  await input.fill('scafolding');
  await expect(items.filter({ hasText: 'Scaffolding' }).first()).toBeVisible();
  // Walk to it with the keyboard and open it.
  const index = await items.evaluateAll((all) => all.findIndex((el) => el.textContent?.includes('Scaffolding')));
  for (let i = 0; i < index; i += 1) await input.press('ArrowDown');
  await input.press('Enter');
  await expect(switcher).toBeHidden();
  await expect(page.getByTestId('note-title')).toHaveText('Scaffolding');
  expect(decodeURIComponent(page.url())).toContain('#/note/notes/Scaffolding.md');

  // The note is now the first recent note, in the switcher and in the sidebar.
  await page.keyboard.press('Control+O');
  await expect(page.getByTestId('switcher-item').first()).toContainText('Scaffolding');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('quick-switcher')).toBeHidden();
  await expect(page.getByTestId('recent-notes').getByRole('link').first()).toHaveText('Scaffolding');
  await shot('recent-notes-sidebar');
});

test('the quick switcher creates a note that does not exist yet', async ({ page }) => {
  await expect(page.getByTestId('plant-row').first()).toBeVisible();
  await page.keyboard.press('Control+O');
  const switcher = page.getByTestId('quick-switcher');
  await switcher.getByRole('combobox').fill('Wait time after questions');
  const create = switcher.getByRole('option', { name: 'Create note “Wait time after questions”' });
  await expect(create).toBeVisible();
  await create.click();
  await expect(page.getByTestId('note-title')).toHaveText('Wait time after questions');
});

test('search finds a note by a word in its body, with the word highlighted', async ({ page, shot }) => {
  await page.goto(`${origin(page)}/#/search`);
  const input = page.getByTestId('search-input');
  await expect(input).toBeFocused();
  await input.fill('crutch');
  const result = page.getByTestId('search-result').filter({ hasText: 'Scaffolding' });
  await expect(result).toBeVisible();
  await expect(result.locator('mark').first()).toHaveText(/crutch/i);
  await expect(result).toContainText('notes/Scaffolding.md');
  // The query is in the address, so the search can be bookmarked.
  await expect(page).toHaveURL(/#\/search\?q=crutch$/);

  // A typo still finds it (a letter dropped).
  await input.fill('scafolding');
  await expect(page.getByTestId('search-result').filter({ hasText: 'Scaffolding' }).first()).toBeVisible();

  await input.fill('zpd kind:note');
  await expect(page.getByText(/results? for “zpd kind:note”/)).toBeVisible();
  await expect(page.getByTestId('search-result').first()).toBeVisible();
  await shotBoth(page, shot, 'search');

  await input.fill('crutch');
  await result.getByRole('link', { name: 'Scaffolding' }).click();
  await expect(page.getByTestId('note-title')).toHaveText('Scaffolding');
});

test('Ctrl+Shift+F opens search from anywhere', async ({ page }) => {
  await expect(page.getByTestId('plant-row').first()).toBeVisible();
  await page.keyboard.press('Control+Shift+F');
  await expect(page.getByTestId('search-input')).toBeFocused();
});

test('the command palette lists every command with its shortcut and runs one', async ({ page, shot }) => {
  await expect(page.getByTestId('plant-row').first()).toBeVisible();
  await page.keyboard.press('Control+P');
  const palette = page.getByTestId('command-palette');
  await expect(palette).toBeVisible();
  const items = palette.getByTestId('palette-item');
  expect(await items.count()).toBeGreaterThanOrEqual(13);
  const shortcut = (title: string) => items.filter({ hasText: title }).locator('kbd.shortcut');
  await expect(shortcut('Quick switcher…')).toHaveText('CtrlO');
  await expect(shortcut('Command palette…')).toHaveText('CtrlP');
  await expect(shortcut('Search…')).toHaveText('CtrlShiftF');
  await expect(shortcut('New note…')).toHaveText('CtrlAltN');
  await expect(shortcut('Open today’s daily note')).toHaveText('CtrlShiftD');
  await shotBoth(page, shot, 'palette');

  await palette.getByRole('combobox').fill('go tags');
  await expect(items.first()).toHaveText('Go to Tags');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page).toHaveURL(/#\/tags$/);
});

test('the tag browser shows nested tags and searches by tag', async ({ page, gardenRoot, shot }) => {
  await writeFile(
    path.join(gardenRoot, 'notes', 'Decodable readers.md'),
    '---\ntags: [reading/phonics/decodable, reading/fluency]\n---\n# Decodable readers\n\nBooks that only use the patterns taught so far.\n',
  );
  await page.goto(`${origin(page)}/#/tags`);
  const tree = page.getByTestId('tag-tree');
  await expect(tree.locator('[data-tag="reading/phonics/decodable"]')).toBeVisible();
  await expect(tree.locator('[data-tag="zpd"]')).toContainText(/\d/);
  await shotBoth(page, shot, 'tags');

  await tree.locator('[data-tag="reading/phonics/decodable"]').getByRole('link').click();
  await expect(page.getByTestId('search-input')).toHaveValue('tag:reading/phonics/decodable');
  await expect(page.getByTestId('search-result').filter({ hasText: 'Decodable readers' })).toBeVisible();
});

test('a seed is planted from the seeds view and opens', async ({ page, shot }) => {
  await page.goto(`${origin(page)}/#/seeds`);
  const seeds = page.getByTestId('seed-item');
  for (const target of ['Dynamic assessment', 'More knowledgeable other', 'Morphology instruction']) {
    await expect(seeds.filter({ hasText: target })).toBeVisible();
  }
  await shotBoth(page, shot, 'seeds');
  await seeds.filter({ hasText: 'Dynamic assessment' }).getByRole('button', { name: /Plant/ }).click();
  await expect(page.getByTestId('note-title')).toHaveText('Dynamic assessment');
  // Planted: it is no longer a seed.
  await page.goto(`${origin(page)}/#/seeds`);
  await expect(seeds.filter({ hasText: 'More knowledgeable other' })).toBeVisible();
  await expect(seeds.filter({ hasText: 'Dynamic assessment' })).toHaveCount(0);
});

test('a deleted note waits in the trash and is restored', async ({ page, gardenRoot, shot }) => {
  await expect(page.getByTestId('plant-row').first()).toBeVisible();
  const deleted = await callApi(page, 'note.delete', { path: 'notes/Spork the betta.md' });
  expect(deleted.ok).toBe(true);
  await page.goto(`${origin(page)}/#/trash`);
  const item = page.getByTestId('trash-item').filter({ hasText: 'notes/Spork the betta.md' });
  await expect(item).toBeVisible();
  await expect(item).toContainText(/Deleted just now|minute/);
  await shotBoth(page, shot, 'trash');

  // While something else sits at the original path, restoring says so and keeps both.
  await writeFile(path.join(gardenRoot, 'notes', 'Spork the betta.md'), '# Spork the betta\n\nA new one.\n');
  await item.getByRole('button', { name: /Restore/ }).click();
  await expect(item.getByTestId('trash-error')).toContainText('notes/Spork the betta.md');
  await shot('trash-conflict');
  await callApi(page, 'note.delete', { path: 'notes/Spork the betta.md' });

  await page.reload();
  const original = page.getByTestId('trash-item').filter({ hasText: 'notes/Spork the betta.md' });
  await expect(original).toHaveCount(2);
  // The newest first: the stand-in deleted just now. Restore the older, real one.
  await original.last().getByRole('button', { name: /Restore/ }).click();
  await expect(page.getByTestId('trash-restored')).toBeVisible();
  await page.getByTestId('trash-restored').getByRole('link', { name: 'Spork the betta' }).click();
  await expect(page.getByTestId('note-title')).toHaveText('Spork the betta');
  await expect(page.getByTestId('note-body')).not.toContainText('A new one.');
});

test('a new note is made from the dialog, and the daily note opens', async ({ page, shot }) => {
  await expect(page.getByTestId('plant-row').first()).toBeVisible();
  await page.keyboard.press('Control+Alt+N');
  const dialog = page.getByTestId('new-note-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Title').fill('Lev Vygotsky');
  await dialog.getByRole('radio', { name: 'Person' }).check();
  await shotBoth(page, shot, 'new-note');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByTestId('note-title')).toHaveText('Lev Vygotsky');
  expect(decodeURIComponent(page.url())).toContain('#/note/people/Lev Vygotsky.md');

  await page.keyboard.press('Control+Shift+D');
  await expect(page).toHaveURL(/#\/note\/daily\/\d{4}-\d{2}-\d{2}\.md$/);
});
