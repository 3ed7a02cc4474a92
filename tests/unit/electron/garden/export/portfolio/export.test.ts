/**
 * The portfolio export end to end over a real fixture garden in a temp folder: what is
 * selected, that no contact detail or interaction note of a non-public person appears in ANY
 * file written (the network picture and the search index included), that a public person is
 * shown with only the chosen platform, and that every page is strict, self-contained HTML.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { exportPortfolio, planPortfolio } from '../../../../../../electron/garden/export/portfolio/run';
import { MANIFEST } from '../../../../../../electron/garden/export/portfolio/write';
import { openFixture, readAll } from './helpers';

/** Everything of Maya (role), Lee (first name) and Omar's unchosen platform that must never leave. */
const NEVER = [
  'maya.chen@example.org', '+1 555 0100 777', '555 0100', 'mayachen-ex', 'linkedin.com/in/mayachen-ex', 'u/mchen_ex', 'mchen_ex',
  'Reviewed my secret outline in the staff room', 'Lent her my copy of the seminar handout', 'Maya Chen', 'Dr. Chen',
  '@lee.park.ex', 'lee.park.ex', 'Talked about her divorce and the move', 'Lee Park',
  'omar.haddad@example.org', '@omar_private_ex', 'omar_private_ex', 'x.com/omar_private_ex', 'Explained his private grading rubric over coffee',
  'My private diary entry', 'Hidden goal text', 'tracker.example',
];
/** Single names match as whole, capitalised words (as they would appear in prose). */
const NEVER_WORDS = ['Maya', 'Chen', 'Park'];

async function exported(choices = { includeTags: ['showcase'] }) {
  const { garden, dir } = await openFixture();
  const out = path.join(dir, 'site');
  const result = await exportPortfolio(garden, { choices, out });
  return { garden, out, result, files: await readAll(out) };
}

describe('portfolio export over a fixture garden', () => {
  it('selects the marked and tagged notes, active goals, and the sources they link to', async () => {
    const { result } = await exported();
    const plan = result.plan;
    expect(plan.notes.map((n) => n.title)).toEqual(['Showcase note', 'Tagged note']);
    expect(plan.notes.find((n) => n.title === 'Tagged note')?.why).toBe('tagged #showcase');
    expect(plan.goals.map((g) => g.title)).toEqual(['Goal']); // portfolio: false and paused goals stay out
    expect(plan.sources.map((s) => s.title).sort()).toEqual([
      'Sold a Story: How Teaching Kids to Read Went So Wrong', "TED's secret to great public speaking", 'The role of tutoring in problem solving',
    ]);
    expect(result.files).not.toContain('notes/private-note.html');
  });

  it('leaves no handle, email, phone, address, name or interaction note of a non-public person in any file', async () => {
    const { files } = await exported();
    expect(files.map(([name]) => name)).toEqual(expect.arrayContaining(['index.html', 'network.svg', 'assets/search-index.js', 'bibliography.html']));
    const leaks: string[] = [];
    for (const [name, content] of files) {
      for (const needle of NEVER) if (content.toLowerCase().includes(needle.toLowerCase())) leaks.push(`${name}: ${needle}`);
      for (const word of NEVER_WORDS) if (new RegExp(`\\b${word}\\b`).test(content)) leaks.push(`${name}: ${word}`);
    }
    expect(leaks).toEqual([]);
  });

  it('labels the network picture with the same privacy: roles and first names, never a full name or handle', async () => {
    const { out } = await exported();
    const svg = await readFile(path.join(out, 'network.svg'), 'utf8');
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('a practicum mentor teacher');
    expect(svg).toContain('>Lee<');
    expect(svg).toContain('Omar Haddad');
    for (const secret of ['Maya Chen', 'Lee Park', 'mchen_ex', 'mayachen-ex', 'lee.park.ex', 'omar_private_ex', 'Private note', 'r/scienceofreading']) expect(svg).not.toContain(secret);
    expect(svg).not.toMatch(/<script|\son[a-z]+=|href=/i);
  });

  it('shows people as their role or first name, and a public person by name with only the chosen platform', async () => {
    const { out } = await exported();
    const note = await readFile(path.join(out, 'notes/showcase-note.html'), 'utf8');
    expect(note).toContain('<span class="person">a practicum mentor teacher</span>'); // Maya, whatever the link label said
    expect(note).toContain('<span class="person">Lee</span>');
    expect(note).toContain('<span class="person">Omar Haddad</span>');
    expect(note).toContain('A practicum mentor teacher said to wait; a practicum mentor teacher agreed.');
    expect(note).toContain('<a href="https://www.linkedin.com/in/omar-haddad-ex" rel="noopener noreferrer">omar-haddad-ex</a>');
  });

  it('the plan lists exactly the personal data that leaves, before anything is written', async () => {
    const { garden } = await openFixture();
    const plan = await planPortfolio(garden, { includeTags: ['showcase'] });
    expect(plan.personalData).toEqual([
      'Lee Park: first name only (“Lee”); no handle, email, address, phone or interaction note.',
      'Maya Chen: an anonymous role (“a practicum mentor teacher”); no handle, email, address, phone or interaction note. 8 mentions in the text are shown that way too.',
      'Omar Haddad: full name, and linkedin omar-haddad-ex https://www.linkedin.com/in/omar-haddad-ex. No email, phone or interaction note.',
    ]);
    expect(plan.people.find((p) => p.name === 'Omar Haddad')?.availablePlatforms).toEqual(['linkedin', 'x']);
    expect(plan.pdf.available).toBe(false);
  });

  it('a choice in the dialog changes how a person appears, and is remembered for the garden', async () => {
    const { garden, dir } = await openFixture();
    await exportPortfolio(garden, { choices: { includeTags: ['showcase'], people: { 'people/Maya Chen.md': 'first-name' } }, out: path.join(dir, 'a') });
    const plan = await planPortfolio(garden, {});
    expect(plan.choices.includeTags).toEqual(['showcase']);
    expect(plan.people.find((p) => p.name === 'Maya Chen')?.shownAs).toBe('Maya');
    const state = JSON.parse(await readFile(path.join(garden.root, '.garden', 'state.json'), 'utf8')) as { portfolio?: unknown };
    expect(state.portfolio).toMatchObject({ includeTags: ['showcase'], people: { 'people/Maya Chen.md': 'first-name' } });
  });

  it('removing a note by hand keeps it out, and adding a source by hand puts it in', async () => {
    const { garden } = await openFixture();
    const plan = await planPortfolio(garden, { includeTags: ['showcase'], exclude: ['notes/Tagged note.md'], include: ['notes/Private note.md'] });
    expect(plan.notes.map((n) => n.title)).toEqual(['Private note', 'Showcase note']);
  });

  it('writes strict, self-contained, valid HTML: CSP on every page, no inline script, no remote address loaded', async () => {
    const { files } = await exported();
    const validator = new HtmlValidate({ extends: ['html-validate:standard'], rules: { 'no-inline-style': 'error', 'require-sri': 'off', 'long-title': 'off', 'no-trailing-whitespace': 'off' } });
    const pages = files.filter(([name]) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(8);
    for (const [name, raw] of pages) {
      const html = Buffer.from(raw, 'latin1').toString('utf8');
      expect(html, name).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self';`);
      expect(html, name).toMatch(/object-src 'none'; base-uri 'none'/);
      expect(html, name).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
      // Only a link the reader clicks may point outside; nothing loads from anywhere but the folder.
      for (const tag of html.matchAll(/<([a-z]+)\s[^>]*\shref="([^"]*)"/gi)) if (/^[a-z]+:|^\/\//i.test(tag[2] ?? '')) expect(tag[1], name).toBe('a');
      expect(html, name).not.toMatch(/\son[a-z]+=/i);
      expect(html, name).not.toMatch(/javascript:|vbscript:|data:/i);
      for (const src of html.matchAll(/\ssrc="([^"]*)"/g)) expect(src[1], name).not.toMatch(/^[a-z]+:|^\/\//i);
      const report = await validator.validateString(html, name);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${name}:${m.line} ${m.ruleId} ${m.message}`))).toEqual([]);
    }
  });

  it('copies only real images from inside the garden, and links exported notes relatively', async () => {
    const { files, out } = await exported();
    const names = files.map(([name]) => name);
    expect(names).toContain('attachments/attachments-pic.png');
    expect(names.some((n) => n.endsWith('.svg') && n !== 'network.svg')).toBe(false);
    const note = await readFile(path.join(out, 'notes/showcase-note.html'), 'utf8');
    expect(note).toContain('<img src="../attachments/attachments-pic.png" alt="pic.png">');
    expect(note).toContain('<a href="../notes/tagged-note.html" class="wikilink">Tagged note</a>');
    expect(note).toContain('<a href="../notes/tagged-note.html#user-content-second-part" class="wikilink">the second part</a>');
    expect(note).toContain('<a href="../notes/tagged-note.html">a markdown link</a>');
    expect(note).toContain('<a href="../bibliography.html#src-the-role-of-tutoring-in-problem-solving" class="wikilink">A paper</a>');
    expect(note).toContain('<span class="unexported">Private note</span>');
    expect(note).toContain('<span class="unexported">Nowhere</span>');
    expect(note).toContain('<a href="https://example.org/page" rel="noopener noreferrer">the web</a>');
    const tagged = await readFile(path.join(out, 'notes/tagged-note.html'), 'utf8');
    expect(tagged).toContain('Showcase note'); // backlink
    expect(tagged).toMatch(/<ul class="backlinks"><li><a href="..\/notes\/showcase-note.html">Showcase note<\/a>/);
  });

  it('refuses to write into a folder that holds something else, and replaces an earlier portfolio', async () => {
    const { garden, dir } = await openFixture();
    const busy = path.join(dir, 'busy');
    await mkdir(busy);
    await writeFile(path.join(busy, 'thesis.docx'), 'mine');
    await expect(exportPortfolio(garden, { out: busy })).rejects.toThrow(/not empty and holds no earlier portfolio/);
    expect(await readFile(path.join(busy, 'thesis.docx'), 'utf8')).toBe('mine');
    const out = path.join(dir, 'again');
    await exportPortfolio(garden, { out });
    const second = await exportPortfolio(garden, { out, choices: { includeTags: ['showcase'] } });
    expect(second.files).toContain(MANIFEST);
    expect(second.files).toContain('notes/tagged-note.html');
  });

  it('refuses folders inside the garden (but .garden/exports), below a hidden folder, or not given in full', async () => {
    const { garden, dir } = await openFixture();
    await expect(exportPortfolio(garden, { out: path.join(garden.root, 'site') })).rejects.toThrow('Choose a folder outside the garden, or leave the folder blank to write under .garden/exports.');
    await expect(exportPortfolio(garden, { out: path.join(dir, '.ssh', 'x') })).rejects.toThrow(/inside a hidden folder/);
    await expect(exportPortfolio(garden, { out: 'site' })).rejects.toThrow('Give the folder\'s full path, not "site".');
    await mkdir(path.join(garden.root, '.garden', 'exports'), { recursive: true });
    const chosen = await exportPortfolio(garden, { out: path.join(garden.root, '.garden', 'exports', 'for-my-teacher') });
    expect(chosen.folder).toBe(path.join(garden.root, '.garden', 'exports', 'for-my-teacher'));
  });

  it('writes under .garden/exports/<date> by default', async () => {
    const { garden } = await openFixture();
    const first = await exportPortfolio(garden, {});
    const second = await exportPortfolio(garden, {});
    expect(first.folder).toBe(path.join(garden.root, '.garden', 'exports', '2026-11-25'));
    expect(second.folder).toBe(path.join(garden.root, '.garden', 'exports', '2026-11-25-2'));
  });
});
