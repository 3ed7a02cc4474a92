/**
 * Nothing written into a garden runs: an XSS corpus (event-handler attributes, SVG, iframes and
 * srcdoc, `javascript:` in every spelling, DOM clobbering) in a note's body and properties, a
 * person's name, a source's address and an imported vCard, shown in every view that shows them
 * (plants list, note preview and editor, people, sources, the map's labels, search). Each payload
 * would flip a global canary or open a dialog; the page also records every CSP violation.
 * Then: another site (and another port on 127.0.0.1) cannot call the garden or change it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from './support/fixtures';

const RUN = (tag: string) => `window.__pwned='${tag}'`;

const NOTE = [
  '---',
  `title: "<img src=x onerror=\\"${RUN('title')}\\">"`,
  `aliases: ["<svg onload=${RUN('alias')}>"]`,
  'tags: [xss-corpus]',
  '---',
  '# Hostile note',
  '',
  `<script>${RUN('script')}</script>`,
  `<img src=x onerror="${RUN('img')}">`,
  `<svg onload="${RUN('svg')}"><circle r="1"/></svg>`,
  `<svg><script>${RUN('svg-script')}</script></svg>`,
  `<iframe srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe>`,
  `<iframe src="javascript:parent.__pwned='iframe'"></iframe>`,
  `<object data="javascript:${RUN('object')}"></object>`,
  `<embed src="javascript:${RUN('embed')}">`,
  `<details open ontoggle="${RUN('details')}">x</details>`,
  `<a href="javascript:${RUN('a-href')}">raw anchor</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${RUN('mxss')}">`,
  '<form id="__pwned"><input name="call"></form>',
  '<img name="__pwned" src="data:,x">',
  '<a id="pln" href="#">clobber the bridge</a>',
  '',
  `[plain js](javascript:${RUN('md-link')})`,
  `[mixed case](JaVaScRiPt:${RUN('mixed')})`,
  `[entity](&#106;avascript:${RUN('entity')})`,
  `[hex entity](&#x6A;avascript:${RUN('hex')})`,
  `[leading space]( javascript:${RUN('space')})`,
  `[tab inside](java\tscript:${RUN('tab')})`,
  `[newline entity](java&#10;script:${RUN('newline')})`,
  '[vbscript](vbscript:msgbox(1))',
  '[data html](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[file](file:///etc/passwd)',
  '[unc](\\\\host\\share)',
  `<javascript:${RUN('autolink')}>`,
  `![image](javascript:${RUN('img-md')})`,
  `[ref link][r]`,
  '',
  `[r]: javascript:${RUN('reference')}`,
  '',
  `[[<img src=x onerror=${RUN('wikilink')}>]]`,
  '',
].join('\n');

const PERSON = [
  '---',
  'type: person',
  `name: "<img src=x onerror=\\"${RUN('person')}\\">"`,
  'circle: professional',
  'cadence: 1',
  'platforms:',
  `  - { platform: linkedin, handle: "<svg onload=${RUN('handle')}>", url: "javascript:${RUN('platform-url')}" }`,
  'interactions:',
  `  - { date: 2020-01-01, kind: message, direction: received, note: "<script>${RUN('interaction')}</script>" }`,
  '---',
  `Met at <iframe srcdoc="<script>parent.__pwned='person-body'</script>">.`,
  '',
].join('\n');

const SOURCE = [
  '---',
  'type: source',
  `title: "<svg/onload=${RUN('source-title')}>"`,
  `url: "javascript:${RUN('source-url')}"`,
  'kind: article',
  'status: to-read',
  `shared_by: "[[<img src=x onerror=${RUN('shared-by')}>]]"`,
  '---',
  '',
].join('\n');

const VCARD = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  `FN:<img src=x onerror="${RUN('vcard-name')}">`,
  `N:<script>${RUN('vcard-n')}</script>;;;;`,
  `URL:javascript:${RUN('vcard-url')}`,
  `NOTE:<svg onload=${RUN('vcard-note')}>`,
  'EMAIL:evil@example.com',
  'END:VCARD',
  '',
].join('\r\n');

/** Records CSP violations and dialogs; the canary stays undefined unless a payload ran. */
async function watchForCode(page: Page): Promise<{ dialogs: string[] }> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.evaluate(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { dialogs };
}

async function nothingRan(page: Page, dialogs: string[]): Promise<void> {
  const state = await page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown; __violations: string[]; pln?: unknown };
    return {
      canary: typeof w.__pwned,
      violations: w.__violations,
      clobbered: [document.getElementById('__pwned'), document.getElementById('pln'), document.getElementsByName('__pwned')[0] ?? null].filter((e) => e !== null).length,
      liveMarkup: document.querySelectorAll('main script, main iframe, main object, main embed, main svg[onload], main img[onerror], main details[ontoggle], main form#__pwned').length,
    };
  });
  expect(state).toEqual({ canary: 'undefined', violations: [], clobbered: 0, liveMarkup: 0 });
  expect(dialogs).toEqual([]);
}

async function go(page: Page, hash: string): Promise<void> {
  await page.goto(`${new URL(page.url()).origin}/${hash}`);
}

test('an XSS corpus in notes, properties, people, sources and an imported vCard never runs, in any view', async ({ page, gardenRoot, shot }) => {
  await writeFile(path.join(gardenRoot, 'notes', 'Hostile note.md'), NOTE);
  await writeFile(path.join(gardenRoot, 'people', 'Evil Person.md'), PERSON);
  await writeFile(path.join(gardenRoot, 'sources', 'Evil Source.md'), SOURCE);
  const { dialogs } = await watchForCode(page);

  // Imported through the same API the import dialog uses.
  const imported = await page.evaluate(async (content) => {
    const response = await fetch('/api/call/import.apply', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fileName: 'evil.vcf', content }) });
    return response.json();
  }, VCARD);
  expect(imported).toMatchObject({ ok: true });

  await go(page, '#/plants');
  const watch = await watchForCode(page);
  // The note's title is its (hostile) `title:` property, shown as text.
  await expect(page.getByTestId('plant-row').filter({ hasText: `<img src=x onerror="${RUN('title')}">` })).toHaveCount(1);
  await expect(page.getByTestId('plant-row').filter({ hasText: `<img src=x onerror="${RUN('person')}">` })).toHaveCount(1);
  await nothingRan(page, [...dialogs, ...watch.dialogs]);

  // The note: preview, then the editor.
  await go(page, `#/note/notes/${encodeURIComponent('Hostile note.md')}`);
  await expect(page.getByTestId('note-editor').locator('.cm-content')).toContainText('<script>');
  await nothingRan(page, [...dialogs, ...watch.dialogs]);
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByTestId('note-preview');
  await expect(preview).toContainText(`<img src=x onerror="${RUN('img')}">`);
  // Every link left in the preview leads somewhere harmless; clicking the hostile ones does nothing.
  const hrefs = await preview.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  for (const href of hrefs) expect(href === null || /^(https?:|mailto:|#)/.test(href), String(href)).toBe(true);
  const before = page.url();
  for (const name of ['plain js', 'mixed case', 'entity', 'hex entity', 'leading space', 'tab inside', 'newline entity', 'vbscript', 'data html', 'file', 'ref link']) {
    const link = preview.getByText(name, { exact: true });
    if ((await link.count()) > 0) await link.first().click();
  }
  expect(page.url()).toBe(before);
  expect(page.context().pages()).toHaveLength(1);
  await shot('xss-preview');
  await nothingRan(page, [...dialogs, ...watch.dialogs]);

  for (const hash of ['#/people', '#/sources', '#/search?q=onerror', '#/tags', '#/seeds']) {
    await go(page, hash);
    await expect(page.locator('main')).not.toBeEmpty();
    await nothingRan(page, [...dialogs, ...watch.dialogs]);
  }
  await go(page, '#/people');
  await expect(page.locator('main')).toContainText('onerror');
  await shot('xss-people');
  const personLinks = await page.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  for (const href of personLinks) expect(href === null || /^(https?:|mailto:|#)/.test(href), String(href)).toBe(true);

  // The map draws names on a canvas with fillText: labels are pixels, never markup.
  await go(page, '#/graph');
  await expect(page.getByTestId('graph-canvas')).toBeVisible();
  const stage = page.getByTestId('graph-stage');
  const box = await stage.boundingBox();
  if (box) for (const [x, y] of [[0.5, 0.5], [0.3, 0.4], [0.7, 0.6]] as const) await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
  await shot('xss-map');
  await nothingRan(page, [...dialogs, ...watch.dialogs]);
});

test('another site, or another port on 127.0.0.1, can neither read the garden nor change it', async ({ page, gardenRoot }) => {
  const door = new URL(page.url()).origin;
  const hostile: Server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>hostile</title><script>
      const door = ${JSON.stringify(door)};
      const results = {};
      const attempt = async (name, run) => { try { results[name] = await run(); } catch (e) { results[name] = 'blocked: ' + e.name; } };
      (async () => {
        await attempt('read', () => fetch(door + '/api/call/garden.snapshot', { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: '{}' }).then((r) => r.text()));
        await attempt('create-json', () => fetch(door + '/api/call/note.create', { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'pwned json' }) }).then((r) => r.status));
        await attempt('create-simple', () => fetch(door + '/api/call/note.create', { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ title: 'pwned simple' }) }).then((r) => r.type));
        await attempt('beacon', () => navigator.sendBeacon(door + '/api/call/note.create', new Blob([JSON.stringify({ title: 'pwned beacon' })], { type: 'text/plain' })));
        await attempt('events', () => new Promise((resolve) => { const s = new EventSource(door + '/api/events', { withCredentials: true }); s.onopen = () => resolve('open'); s.onerror = () => { s.close(); resolve('refused'); }; }));
        const form = document.createElement('form');
        form.method = 'POST'; form.action = door + '/api/call/note.create'; form.enctype = 'text/plain'; form.target = 'sink';
        const field = document.createElement('input'); field.name = '{"title":"pwned form","x":"'; field.value = '"}'; form.appendChild(field);
        const sink = document.createElement('iframe'); sink.name = 'sink'; document.body.appendChild(sink); document.body.appendChild(form);
        form.submit();
        await new Promise((r) => setTimeout(r, 500));
        results.done = true;
        window.results = results;
      })();
    </script>`);
  });
  await new Promise<void>((resolve) => hostile.listen(0, '127.0.0.1', () => resolve()));
  const port = (hostile.address() as AddressInfo).port;
  try {
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      const other = await page.context().newPage();
      await other.goto(`${origin}/`);
      await other.waitForFunction(() => (window as unknown as { results?: { done?: boolean } }).results?.done === true, undefined, { timeout: 10_000 });
      const results = await other.evaluate(() => (window as unknown as { results: Record<string, unknown> }).results);
      expect(String(results.read), origin).toMatch(/^blocked/);
      expect(String(results['create-json']), origin).toMatch(/^blocked/);
      expect(results.events, origin).toBe('refused');
      await other.close();
    }
    // Whatever was sent, nothing was created.
    const names = (await readdir(gardenRoot, { recursive: true })).filter((n) => /pwned/i.test(n));
    expect(names).toEqual([]);
    const snapshot = await page.evaluate(async () => (await fetch('/api/call/garden.snapshot', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json());
    expect(JSON.stringify(snapshot)).not.toMatch(/pwned/i);
  } finally {
    await new Promise<void>((resolve) => hostile.close(() => resolve()));
  }
});

test('a corrupt settings file is moved aside, and the person is told so', async ({ page, gardenRoot }) => {
  const other = path.join(path.dirname(gardenRoot), 'Corrupt Garden');
  await mkdir(path.join(other, '.garden'), { recursive: true });
  await writeFile(path.join(other, 'A note.md'), '# A note\n');
  await writeFile(path.join(other, '.garden', 'state.json'), '{"version": 1, "layout": {');
  await page.getByTestId('garden-name').click();
  await page.getByLabel(/Open folder/).fill(other);
  await page.getByRole('button', { name: 'Open folder' }).click();
  await expect(page.getByTestId('garden-name')).toHaveText('Corrupt Garden');
  await expect(page.getByTestId('warning-banner')).toContainText(/Settings in state\.json could not be read, so defaults are used\. The old file was kept as state\.json\.corrupt-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\./);
  const kept = (await readdir(path.join(other, '.garden'))).filter((n) => n.startsWith('state.json.corrupt-'));
  expect(kept).toHaveLength(1);
});
