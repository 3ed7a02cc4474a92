import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from './support/fixtures';

async function openNote(page: Page, notePath: string): Promise<void> {
  const hash = `#/note/${notePath.split('/').map(encodeURIComponent).join('/')}`;
  await page.goto(`${new URL(page.url()).origin}/${hash}`);
  await expect(page.getByTestId('note-editor').locator('.cm-content')).toBeVisible();
}

/** Puts the cursor at the very end of the editor's text. */
async function toEnd(page: Page): Promise<void> {
  await page.getByTestId('note-editor').locator('.cm-content').click();
  await page.keyboard.press('Control+End');
}

/** Scrolls the view back to its top, for screenshots. */
async function scrollTop(page: Page): Promise<void> {
  await page.locator('main.content').evaluate((el) => el.scrollTo(0, 0));
}

const exists = (file: string) => access(file).then(() => true, () => false);

async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeout = 7000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() - start > timeout) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test('typing in a note autosaves it to disk', async ({ page, gardenRoot, shot }) => {
  const file = path.join(gardenRoot, 'notes', 'Scaffolding.md');
  const before = await readFile(file, 'utf8');
  await openNote(page, 'notes/Scaffolding.md');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await toEnd(page);
  await page.keyboard.type('\nWritten in the app: fading is the hard part.');
  await expect(page.getByTestId('save-state')).toHaveText('Unsaved changes');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const after = await readFile(file, 'utf8');
  expect(after).toContain('Written in the app: fading is the hard part.');
  // Only the end changed: the frontmatter and the rest are byte for byte what they were.
  expect(after.startsWith(before.trimEnd())).toBe(true);
  // The preview (split is the default) shows what was typed.
  await expect(page.getByTestId('note-preview')).toContainText('Written in the app: fading is the hard part.');
  // Undo survives the autosave.
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('note-editor')).not.toContainText('fading is the hard part');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  expect(await readFile(file, 'utf8')).not.toContain('fading is the hard part');
  await page.keyboard.press('Control+y');
  await expect(page.getByTestId('note-editor')).toContainText('fading is the hard part');
  await page.getByTestId('note-editor').locator('.cm-content').evaluate((el) => (el as HTMLElement).blur());
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await scrollTop(page);
  await shot('editor');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot('editor-dark');
});

test('[[ opens completion over the garden and inserts the link', async ({ page, gardenRoot, shot }) => {
  const file = path.join(gardenRoot, 'notes', 'PLN reflection.md');
  await openNote(page, 'notes/PLN reflection.md');
  await toEnd(page);
  await page.keyboard.type('\nSee also [[Scaff');
  const list = page.locator('.cm-tooltip-autocomplete');
  await expect(list).toBeVisible();
  await expect(list.getByRole('option').first()).toContainText('Scaffolding');
  await shot('completion');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('note-editor')).toContainText('See also [[Scaffolding]]');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  expect(await readFile(file, 'utf8')).toContain('See also [[Scaffolding]]');
});

test('a link to a missing note plants it on Ctrl-click, and the new note lists its backlink', async ({ page, gardenRoot, shot }) => {
  await writeFile(path.join(gardenRoot, 'notes', 'A.md'), '# A\n\nThe first note.\n');
  await openNote(page, 'notes/A.md');
  await toEnd(page);
  await page.keyboard.type('\nThis grows into [[B]] later.');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  // In the preview the link is a seed (not written yet).
  await expect(page.getByTestId('note-preview').getByRole('link', { name: 'B' })).toHaveClass(/seed/);
  await page.getByTestId('note-editor').locator('.cm-wikilink', { hasText: '[[B]]' }).click({ modifiers: ['Control'] });
  await expect(page.getByTestId('note-title')).toHaveText('B');
  // Planted where the core puts new notes (the garden's top folder), from its template.
  expect(decodeURIComponent(page.url())).toContain('#/note/B.md');
  expect(await exists(path.join(gardenRoot, 'B.md'))).toBe(true);
  const backlink = page.getByTestId('backlinks').getByTestId('backlink').filter({ hasText: 'A' });
  await expect(backlink).toHaveCount(1);
  await expect(backlink).toContainText('This grows into');
  await page.getByTestId('backlinks').scrollIntoViewIfNeeded();
  await shot('backlinks');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot('backlinks-dark');
});

test('renaming a note rewrites the links that point at it', async ({ page, gardenRoot }) => {
  await writeFile(path.join(gardenRoot, 'notes', 'B.md'), '# B\n\nThe second note.\n');
  await writeFile(path.join(gardenRoot, 'notes', 'A.md'), '# A\n\nSee [[B]] and [[B|the other one]].\n');
  await openNote(page, 'notes/B.md');
  await expect(page.getByTestId('backlinks').getByTestId('backlink')).toHaveCount(1);
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('New path in the garden').fill('notes/ideas/B renamed.md');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByTestId('note-title')).toHaveText('B renamed');
  expect(decodeURIComponent(page.url())).toContain('#/note/notes/ideas/B renamed.md');
  await expect(page.getByTestId('toast').first()).toContainText('Links rewritten in 1 file');
  const a = await eventually(() => readFile(path.join(gardenRoot, 'notes', 'A.md'), 'utf8'), (t) => t.includes('B renamed'));
  expect(a).toContain('See [[B renamed]] and [[B renamed|the other one]].');
  expect(await exists(path.join(gardenRoot, 'notes', 'B.md'))).toBe(false);
});

test('an outside edit to a clean note is followed by the editor', async ({ page, gardenRoot }) => {
  const file = path.join(gardenRoot, 'notes', 'Scaffolding.md');
  await openNote(page, 'notes/Scaffolding.md');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const text = await readFile(file, 'utf8');
  await writeFile(file, `${text}\nAdded by another editor.\n`);
  // The preview renders the editor's text; the editor draws only what is in view.
  await expect(page.getByTestId('note-preview')).toContainText('Added by another editor.');
  await toEnd(page);
  await expect(page.getByTestId('note-editor')).toContainText('Added by another editor.');
  await expect(page.getByTestId('conflict-panel')).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  expect(await readFile(file, 'utf8')).toBe(`${text}\nAdded by another editor.\n`);
});

test('an outside edit under unsaved edits shows both versions and loses neither', async ({ page, gardenRoot, shot }) => {
  const file = path.join(gardenRoot, 'notes', 'Spork the betta.md');
  await openNote(page, 'notes/Spork the betta.md');
  const original = await readFile(file, 'utf8');
  await toEnd(page);
  await page.keyboard.type('\nMine: Spork flares at the mirror.');
  const theirs = `${original}\nTheirs: water change on Sunday.\n`;
  await writeFile(file, theirs);
  const panel = page.getByTestId('conflict-panel');
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('conflict-mine')).toContainText('Mine: Spork flares at the mirror.');
  await expect(page.getByTestId('conflict-theirs')).toContainText('Theirs: water change on Sunday.');
  await expect(page.getByTestId('save-state')).toContainText('Not saved');
  // The version on disk was not overwritten.
  expect(await readFile(file, 'utf8')).toBe(theirs);
  await shot('conflict');

  // Take theirs, then undo brings mine back into the editor.
  await panel.getByRole('button', { name: 'Take theirs' }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByTestId('note-editor')).toContainText('Theirs: water change on Sunday.');
  await expect(page.getByTestId('note-editor')).not.toContainText('Mine: Spork flares');
  await page.getByTestId('note-editor').locator('.cm-content').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('note-editor')).toContainText('Mine: Spork flares at the mirror.');
  // Undoing back to mine is an edit: saved over theirs only because the person chose it.
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  expect(await readFile(file, 'utf8')).toContain('Mine: Spork flares at the mirror.');
});

test('merging by hand keeps both sides in the file', async ({ page, gardenRoot }) => {
  const file = path.join(gardenRoot, 'notes', 'Spork the betta.md');
  await openNote(page, 'notes/Spork the betta.md');
  const original = await readFile(file, 'utf8');
  await toEnd(page);
  await page.keyboard.type('\nMine: a new plant for the tank.');
  await writeFile(file, `${original}\nTheirs: the heater is set to 26.\n`);
  const panel = page.getByTestId('conflict-panel');
  await panel.getByRole('button', { name: 'Merge by hand' }).click();
  await expect(page.getByTestId('note-editor')).toContainText('<<<<<<< Yours');
  await expect(page.getByTestId('note-editor')).toContainText('Theirs: the heater is set to 26.');
  expect(await readFile(file, 'utf8')).not.toContain('Mine: a new plant');
  await page.getByRole('button', { name: 'Save merged version' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const merged = await readFile(file, 'utf8');
  expect(merged).toContain('Mine: a new plant for the tank.');
  expect(merged).toContain('Theirs: the heater is set to 26.');
});

test('delete moves the note to the trash and Undo restores it', async ({ page, gardenRoot }) => {
  const file = path.join(gardenRoot, 'notes', 'Spork the betta.md');
  const text = await readFile(file, 'utf8');
  await openNote(page, 'notes/Spork the betta.md');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const toast = page.getByTestId('toast').filter({ hasText: 'to the trash' });
  await expect(toast).toBeVisible();
  expect(await exists(file)).toBe(false);
  await expect(page.getByTestId('note-deleted')).toBeVisible();
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Restored' })).toBeVisible();
  expect(await eventually(() => exists(file), Boolean)).toBe(true);
  expect(await readFile(file, 'utf8')).toBe(text);
  await expect(page.getByTestId('note-deleted')).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
});

test('an unlinked mention is linked with one click, in the file that mentions it', async ({ page, gardenRoot }) => {
  await openNote(page, 'notes/Scaffolding.md');
  const mentions = page.getByTestId('mentions');
  const first = mentions.getByTestId('mention').first();
  await expect(first).toBeVisible();
  const href = (await first.getByRole('link').first().getAttribute('href')) ?? '';
  const file = path.join(gardenRoot, ...decodeURIComponent(href.replace('#/note/', '')).split('/'));
  const links = (text: string) => text.match(/\[\[Scaffolding(\|[^\]]+)?\]\]/g)?.length ?? 0;
  const before = links(await readFile(file, 'utf8'));
  const count = Number(await mentions.locator('h2 .count').textContent());
  await first.getByRole('button', { name: 'Link' }).first().click();
  await expect(mentions.getByRole('status')).toContainText('Linked');
  await expect(mentions.locator('h2 .count')).toHaveText(String(count - 1));
  expect(links(await readFile(file, 'utf8'))).toBe(before + 1);
});

test('properties are edited in place and unknown keys survive', async ({ page, gardenRoot, shot }) => {
  const file = path.join(gardenRoot, 'people', 'Helen Okafor.md');
  const before = await readFile(file, 'utf8');
  await openNote(page, 'people/Helen Okafor.md');
  const panel = page.getByTestId('properties-panel');
  await expect(panel.getByLabel('Circle')).toHaveValue('professional');
  await panel.getByLabel('Cadence').fill('14');
  await panel.getByLabel('Cadence').press('Enter');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const after = await readFile(file, 'utf8');
  expect(after).toBe(before.replace('cadence: 21', 'cadence: 14'));
  await shot('properties');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot('properties-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  // Raw YAML: the frontmatter itself, in the editor.
  await panel.getByRole('button', { name: 'Raw YAML' }).click();
  await expect(page.getByTestId('note-editor')).toContainText('cadence: 14');
});

test('the preview renders embeds, callouts, tasks, tables and safe external links', async ({ page, gardenRoot, shot }) => {
  await writeFile(
    path.join(gardenRoot, 'notes', 'Preview showcase.md'),
    [
      '---',
      'tags: [demo]',
      '---',
      '# Preview showcase',
      '',
      '> [!tip] Try this in the practicum',
      '> Count to five before giving a hint.',
      '',
      '- [x] Read [[Scaffolding]]',
      '- [ ] Draft the outline',
      '',
      '| Who | Where |',
      '|---|---|',
      '| [[Helen Okafor]] | office hours |',
      '',
      '```',
      'not a [[link]]',
      '```',
      '',
      'Read [the APM series](https://features.apmreports.org/sold-a-story/) and [bad](javascript:alert(1)).',
      '',
      '![[Zone of proximal development#Definition]]',
      '',
      '![[Preview showcase]]',
      '',
    ].join('\n'),
  );
  await page.goto(`${new URL(page.url()).origin}/#/plants`);
  await expect(page.getByTestId('plant-row').filter({ hasText: 'Preview showcase' })).toHaveCount(1);
  await openNote(page, 'notes/Preview showcase.md');
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByTestId('note-preview');
  await expect(page.getByTestId('note-editor')).toBeHidden();
  await expect(preview.locator('.callout-tip')).toContainText('Try this in the practicum');
  await expect(preview.locator('input[type=checkbox]')).toHaveCount(2);
  await expect(preview.locator('table')).toContainText('office hours');
  await expect(preview.locator('pre')).toContainText('not a [[link]]');
  const external = preview.getByRole('link', { name: 'the APM series' });
  await expect(external).toHaveAttribute('target', '_blank');
  await expect(external).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(preview.locator('.link-host')).toContainText('features.apmreports.org');
  await expect(preview.getByText('bad', { exact: true })).not.toHaveAttribute('href', /.*/);
  await expect(preview.locator('[data-embed-state="shown"]')).toContainText('Definition');
  await expect(preview.locator('[data-embed-state="placeholder"]')).toContainText('refers back to itself');
  await shot('preview');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot('preview-dark');
  await preview.locator('[data-embed-state="placeholder"]').scrollIntoViewIfNeeded();
  await shot('preview-embeds-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await shot('preview-embeds');
  // The choice is remembered.
  await page.reload();
  await expect(page.getByTestId('note-preview')).toBeVisible();
  await expect(page.getByTestId('note-editor')).toBeHidden();
});
