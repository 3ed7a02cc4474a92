import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractWikilinksFromValue, scanMarkdown, scanTags, splitFrontmatter } from '../../../shared/links';
import type { ScannedLink } from '../../../shared/links';

/** The parts of links a test cares about, without offsets. */
function targets(text: string): Partial<ScannedLink>[] {
  return scanMarkdown(text).links.map(({ target, heading, block, label, embed, form }) => ({
    target, embed, form,
    ...(heading !== undefined ? { heading } : {}),
    ...(block !== undefined ? { block } : {}),
    ...(label !== undefined ? { label } : {}),
  }));
}

const wiki = (target: string, extra: Partial<ScannedLink> = {}): Partial<ScannedLink> => ({ target, embed: false, form: 'wiki', ...extra });
const md = (target: string, extra: Partial<ScannedLink> = {}): Partial<ScannedLink> => ({ target, embed: false, form: 'markdown', ...extra });

describe('scanMarkdown: wikilinks', () => {
  it.each([
    ['[[Target]]', wiki('Target')],
    ['[[Target|label]]', wiki('Target', { label: 'label' })],
    ['[[Target#Heading]]', wiki('Target', { heading: 'Heading' })],
    ['[[Target#^block-1]]', wiki('Target', { block: 'block-1' })],
    ['[[Target#Heading|label]]', wiki('Target', { heading: 'Heading', label: 'label' })],
    ['[[Help#Questions#Report bugs]]', wiki('Help', { heading: 'Questions#Report bugs' })],
    ['![[Embed]]', wiki('Embed', { embed: true })],
    ['![[diagram.png|300]]', wiki('diagram.png', { embed: true, label: '300' })],
    ['[[folder/Target]]', wiki('folder/Target')],
    ['[[Target.md]]', wiki('Target.md')],
    ['[[#Heading]]', wiki('', { heading: 'Heading' })],
    ['[[#^block]]', wiki('', { block: 'block' })],
    ['[[  Spaced Target  |  spaced label ]]', wiki('Spaced Target', { label: 'spaced label' })],
    ['[[Café Crème]]', wiki('Café Crème')],
    ['[[Sq]uare]]', wiki('Sq]uare')], // only ]] ends a wikilink (Obsidian 1.13.7)
    ['| [[Note\\|alias]] |', wiki('Note', { label: 'alias' })], // Obsidian's table escape
    ['[[T|]]', wiki('T')], // an empty label is no label
  ])('%s', (text, expected) => {
    expect(targets(text)).toEqual([expected]);
  });

  it.each([
    ['escaped', '\\[[Not a link]]'],
    ['escaped embed bang still no embed', '!\\[[Not a link]]'],
    ['broken by a newline', '[[Multi\nLine]]'],
    ['empty', '[[]] [[ ]] [[#]] [[|label]]'],
    ['unclosed', '[[Never closed'],
  ])('is not a link when %s', (_, text) => {
    expect(scanMarkdown(text).links).toEqual([]);
  });

  it('finds only the inner link of nested brackets, as Obsidian does', () => {
    expect(targets('[[Nested [[Inner]] x]]')).toEqual([wiki('Inner')]);
  });

  it('keeps a link after an escaped backslash and marks an escaped bang as no embed', () => {
    expect(targets('\\\\[[Yes]] \\![[Plain]]')).toEqual([wiki('Yes'), wiki('Plain')]);
  });

  it('records offsets and 1-based lines', () => {
    const text = 'first\n\nsee ![[Pic.png]] and [[B]]\r\nlast [x](y.md)';
    const { links } = scanMarkdown(text);
    expect(links.map((l) => [text.slice(l.start, l.end), l.line])).toEqual([
      ['![[Pic.png]]', 3],
      ['[[B]]', 3],
      ['[x](y.md)', 4],
    ]);
  });
});

describe('scanMarkdown: markdown links', () => {
  it.each([
    ['[label](path/to/Note.md)', md('path/to/Note.md', { label: 'label' })],
    ['[l](<path with spaces.md>)', md('path with spaces.md', { label: 'l' })],
    ['[l](Note%20Name.md)', md('Note Name.md', { label: 'l' })],
    ['[l](Note.md#Some%20Heading)', md('Note.md', { label: 'l', heading: 'Some Heading' })],
    ['[l](Note.md#^blk)', md('Note.md', { label: 'l', block: 'blk' })],
    ['[l](Caf%C3%A9.md)', md('Café.md', { label: 'l' })],
    ['[l](A%23B.md)', md('A#B.md', { label: 'l' })], // an encoded # is part of the name
    ['[l](bad%zzname%E0.md)', md('bad%zzname%E0.md', { label: 'l' })], // malformed escapes stay as written
    ['[l](../up/Note.md "a title")', md('../up/Note.md', { label: 'l' })],
    ["[l](/abs/Note.md 'title')", md('/abs/Note.md', { label: 'l' })],
    ['[l](Note\\(1\\).md)', md('Note(1).md', { label: 'l' })],
    ['[l](Note(1).md)', md('Note(1).md', { label: 'l' })],
    ['[l](#Local%20Heading)', md('', { label: 'l', heading: 'Local Heading' })],
    ['[](Note)', md('Note')],
    ['![](img.png)', md('img.png', { embed: true })],
    ['![alt text](sub/img.png)', md('sub/img.png', { embed: true, label: 'alt text' })],
    ['[label with `code]` inside](x.md)', md('x.md', { label: 'label with `code]` inside' })],
  ])('%s', (text, expected) => {
    expect(targets(text)).toEqual([expected]);
  });

  it.each([
    'https://example.com/a.md', 'http://x.y', 'mailto:a@b.c', 'javascript:alert(1)', 'JavaScript:alert(1)',
    'data:text/html,hi', 'file:///etc/passwd', 'vbscript:x', 'obsidian://open?vault=x', '//cdn.example.com/x.png',
    '\\\\host\\share\\x.md', 'C:\\notes\\x.md', 'javascript%3Aalert(1)', '<https://example.com>',
  ])('ignores the external destination %s', (destination) => {
    expect(scanMarkdown(`[x](${destination}) ![y](${destination})`).links).toEqual([]);
  });

  it.each([
    ['a literal space', '[x](My Note.md)'],
    ['no destination', '[x]() [y]( )'],
    ['a space before the paren', '[x] (y.md)'],
    ['an unclosed destination', '[x](y.md'],
    ['an escaped bracket', '\\[x](y.md)'],
    ['a reference-style link', '[x][ref]\n\n[ref]: y.md'],
    ['a blank line in the label', '[x\n\ny](z.md)'],
  ])('is not a link with %s', (_, text) => {
    expect(scanMarkdown(text).links).toEqual([]);
  });

  it('finds an image inside a link, and not a link inside a link (CommonMark)', () => {
    expect(targets('[![alt](img.png)](Note.md)')).toEqual([md('Note.md', { label: '![alt](img.png)' }), md('img.png', { embed: true, label: 'alt' })]);
    expect(targets('[outer [inner](i.md)](o.md)')).toEqual([md('i.md', { label: 'inner' })]);
  });

  it('mixes both forms in document order', () => {
    expect(targets('[[A]] [b](B.md) ![[C]] ![d](D.png)').map((l) => l.target)).toEqual(['A', 'B.md', 'C', 'D.png']);
  });
});

describe('scanMarkdown: tags', () => {
  it('finds Obsidian tags', () => {
    expect(scanTags('#tag #nested/tag #tag-with-dash #tag_under #ünïcödé #日本語 (#paren) **#bold** x,#comma')).toEqual([
      'tag', 'nested/tag', 'tag-with-dash', 'tag_under', 'ünïcödé', '日本語', 'paren', 'bold', 'comma',
    ]);
  });

  it('finds tags at line starts, in headings and list items', () => {
    expect(scanTags('#first\n# Heading #inheading\n- item #initem\n\t#tabbed')).toEqual(['first', 'inheading', 'initem', 'tabbed']);
  });

  it.each([
    ['purely numeric', 'issue #123 and #2024'],
    ['inside a word', 'a#b c#d'],
    ['in a URL', 'http://x.com/#frag and http://x.com#frag and x.com/?a=1#f'],
    ['a heading', '# Heading\n## Sub'],
    ['an HTML entity', '&#123; &#x27;'],
    ['escaped', '\\#nottag'],
    ['a lone hash', '# and #/ and #!'],
  ])('is not a tag when %s', (_, text) => {
    expect(scanTags(text)).toEqual([]);
  });

  it('ends at punctuation and drops a trailing slash', () => {
    expect(scanTags('#end. #comma, #slash/ #q?')).toEqual(['end', 'comma', 'slash', 'q']);
  });

  it('de-duplicates without case, keeping the first spelling', () => {
    expect(scanTags('#Garden #garden #GARDEN #Café #cafe\u0301 #y1984')).toEqual(['Garden', 'Café', 'y1984']);
  });
});

describe('scanMarkdown: code and comments are text', () => {
  it.each([
    ['a code span', '`[[Code]] #tag [x](y.md)`'],
    ['a double-backtick span', '``a ` [[Code]] #tag``'],
    ['a span across lines', '`a\n[[Code]]`'],
    ['a fenced block', '```\n[[Code]] #tag\n```'],
    ['a fenced block with info', '```ts\n[[Code]] #tag\n```'],
    ['a tilde fence', '~~~\n[[Code]] #tag\n~~~'],
    ['a longer fence', '````\n```\n[[Code]] #tag\n````'],
    ['an indented fence', '  ```\n  [[Code]] #tag\n  ```'],
    ['a fence in a list item', '- ```\n  [[Code]] #tag\n  ```'],
    ['a fence in a quote', '> ```\n> [[Code]] #tag\n> ```'],
    ['an unclosed fence', 'text\n```\n[[Code]] #tag\n\nmore [[Code]]'],
    ['an Obsidian comment', '%% [[Hidden]] #tag %%'],
    ['a multi-line Obsidian comment', '%%\n[[Hidden]]\n\n#tag\n%%'],
    ['an HTML comment', '<!-- [[Hidden]] #tag -->'],
  ])('%s', (_, text) => {
    expect(scanMarkdown(text)).toEqual({ links: [], tags: [] });
  });

  it('scans on after code and comments close', () => {
    const text = '`x` [[A]] ```\ninline``` #a\n```\n[[no]]\n```\n[[B]] %%c%% [[C]] <!--d--> #b\n~~~~\n~~~\n~~~~\n[[D]]';
    expect(scanMarkdown(text)).toEqual({ links: expect.any(Array), tags: ['a', 'b'] });
    expect(scanMarkdown(text).links.map((l) => l.target)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('treats unmatched backticks and unclosed comments as text, losing no links', () => {
    expect(targets('a ` [[A]] `` [[B]]').map((l) => l.target)).toEqual(['A', 'B']);
    expect(targets('%% [[A]] and <!-- [[B]]').map((l) => l.target)).toEqual(['A', 'B']);
    expect(targets('```js `x`\n[[A]]').map((l) => l.target)).toEqual(['A']); // a backtick in the info string: not a fence
  });

  it('does not let a code span cross a blank line', () => {
    expect(targets('`open\n\n[[A]] `').map((l) => l.target)).toEqual(['A']);
  });

  it('does not skip indented code blocks (nested list items hold real links)', () => {
    expect(targets('- item\n\n    [[Indented]]\n\t- [[Tabbed]]').map((l) => l.target)).toEqual(['Indented', 'Tabbed']);
  });

  it('skips autolinks so their fragments are not tags', () => {
    expect(scanMarkdown('<https://x.com/a#frag> #real')).toEqual({ links: [], tags: ['real'] });
  });
});

describe('splitFrontmatter', () => {
  it('splits YAML frontmatter from the body', () => {
    expect(splitFrontmatter('---\ntitle: A\ntags: [x]\n---\n# Body\n')).toEqual({
      frontmatter: 'title: A\ntags: [x]\n', body: '# Body\n', bodyStart: 27, bodyLine: 5,
    });
  });

  it('allows a BOM, CRLF and a closing ...', () => {
    const text = '\ufeff---\r\na: 1\r\n...\r\nbody';
    expect(splitFrontmatter(text)).toEqual({ frontmatter: 'a: 1\r\n', body: 'body', bodyStart: 17, bodyLine: 4 });
  });

  it('handles empty frontmatter and a closing line at the very end', () => {
    expect(splitFrontmatter('---\n---\nx')).toEqual({ frontmatter: '', body: 'x', bodyStart: 8, bodyLine: 3 });
    expect(splitFrontmatter('---\na: 1\n---')).toEqual({ frontmatter: 'a: 1\n', body: '', bodyStart: 12, bodyLine: 3 });
  });

  it.each([
    ['never closed', '---\na: 1\n'],
    ['only an opening line', '---'],
    ['not at the start', '\n---\na: 1\n---\n'],
    ['an opening line with more on it', '--- x\na: 1\n---\n'],
    ['four dashes', '----\na: 1\n----\n'],
    ['a ---js header', '---js\nalert(1)\n---\n'],
    ['a closing line with more on it', '---\na: 1\n--- \n'],
    ['no text', ''],
  ])('finds no frontmatter when %s', (_, text) => {
    const split = splitFrontmatter(text);
    expect(split.frontmatter).toBeNull();
    expect(split.body).toBe(text);
    expect(split.bodyStart).toBe(0);
    expect(split.bodyLine).toBe(1);
  });

  it('skips a BOM even without frontmatter', () => {
    expect(splitFrontmatter('\ufeffHello')).toEqual({ frontmatter: null, body: 'Hello', bodyStart: 1, bodyLine: 1 });
  });

  it('always returns body = text.slice(bodyStart) and the right body line', () => {
    const chunk = fc.constantFrom('---', '...', 'a: 1', '', 'text', '\ufeff', '--- ', '-');
    const eol = fc.constantFrom('\n', '\r\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(chunk, eol)), (lines) => {
        const text = lines.map(([l, e]) => l + e).join('');
        const split = splitFrontmatter(text);
        expect(split.body).toBe(text.slice(split.bodyStart));
        expect(split.bodyLine).toBe(text.slice(0, split.bodyStart).split('\n').length);
        if (split.frontmatter !== null) expect(text.replace(/^\ufeff/, '').startsWith('---')).toBe(true);
      }),
    );
  });
});

describe('extractWikilinksFromValue', () => {
  it('finds wikilinks in strings, lists and nested maps', () => {
    const value = {
      shared_by: '[[Maya Chen]]',
      related: ['[[Sold a Story|the podcast]]', 'plain', 42, null, true],
      nested: { deeper: { embed: '![[cover.png]]', two: '[[A]] and [[B#H]]' } },
      map: new Map([['k', '[[In A Map]]']]),
      code: '`[[Still A Link]]`', // frontmatter values are not markdown
    };
    expect(extractWikilinksFromValue(value).map(({ target, label, embed, heading }) => ({ target, label, embed, heading }))).toEqual([
      { target: 'Maya Chen', label: undefined, embed: false, heading: undefined },
      { target: 'Sold a Story', label: 'the podcast', embed: false, heading: undefined },
      { target: 'cover.png', label: undefined, embed: true, heading: undefined },
      { target: 'A', label: undefined, embed: false, heading: undefined },
      { target: 'B', label: undefined, embed: false, heading: 'H' },
      { target: 'In A Map', label: undefined, embed: false, heading: undefined },
      { target: 'Still A Link', label: undefined, embed: false, heading: undefined },
    ]);
  });

  it('ignores markdown links, escaped wikilinks and non-values', () => {
    expect(extractWikilinksFromValue({ a: '[x](y.md)', b: '\\[[no]]' })).toEqual([]);
    for (const v of [null, undefined, 1, true, '', 'text', new Date(0)]) expect(extractWikilinksFromValue(v)).toEqual([]);
  });

  it('survives hostile nesting, cycles and shared references', () => {
    let deep: unknown = '[[Too Deep]]';
    for (let i = 0; i < 5000; i++) deep = [deep];
    expect(extractWikilinksFromValue(deep)).toEqual([]);
    let shallow: unknown = '[[Shallow]]';
    for (let i = 0; i < 60; i++) shallow = { x: shallow };
    expect(extractWikilinksFromValue(shallow).map((l) => l.target)).toEqual(['Shallow']);
    const cycle: Record<string, unknown> = { name: '[[Loop]]' };
    cycle.self = cycle;
    expect(extractWikilinksFromValue(cycle).map((l) => l.target)).toEqual(['Loop']);
    // A "billion laughs" shape: each level refers to the previous one nine times.
    let laughs: unknown = ['[[Laugh]]'];
    for (let i = 0; i < 30; i++) laughs = Array.from({ length: 9 }, () => laughs);
    expect(extractWikilinksFromValue(laughs).map((l) => l.target)).toEqual(['Laugh']);
  });
});

describe('scanMarkdown on the fixture vault', () => {
  it('reads Welcome.md as Obsidian shows it', () => {
    const text = readFileSync(fileURLToPath(new URL('../../fixtures/obsidian-vault/Welcome.md', import.meta.url)), 'utf8');
    const { body, bodyLine } = splitFrontmatter(text);
    const { links, tags } = scanMarkdown(body);
    expect(tags).toEqual(['garden', 'Start']);
    expect(links).toHaveLength(18);
    expect(links.map((l) => l.target)).not.toContain('Not A Link');
    expect(links.map((l) => l.target)).not.toContain('Hidden In A Comment');
    const first = links[0] as ScannedLink;
    expect(text.split('\n')[first.line + bodyLine - 2]).toContain('[[Meeting Notes]]');
  });
});

// ---- properties ------------------------------------------------------------------------

/** Markdown-heavy text: every character the scanner reacts to, densely. */
const markdownish = fc.string({
  unit: fc.constantFrom('[', ']', '(', ')', '#', '`', '~', '!', '|', '\\', '\n', '\r', '%', '<', '>', '-', '^', ':', '/', ' ', 'a', 'b', '.', '"', '*', 'é'),
  maxLength: 200,
});
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), markdownish);
/** Text that cannot form or break a link, tag, code span or comment. */
const safeText = fc.string({ unit: fc.constantFrom('a', 'b', 'Z', ' ', ',', '.', 'é', '\n'), maxLength: 40 });
const safeTarget = fc
  .string({ unit: fc.constantFrom('a', 'B', ' ', '-', '_', '.', '/', 'é', '한', '(', ')', "'", '&', '$'), minLength: 1, maxLength: 20 })
  .filter((s) => s.trim() !== '');

describe('scanMarkdown properties', () => {
  it('never throws, and every link is a slice of the input that looks like link syntax', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { links, tags } = scanMarkdown(text);
        let previous = -1;
        for (const link of links) {
          const slice = text.slice(link.start, link.end);
          expect(link.start).toBeGreaterThan(previous);
          previous = link.start;
          if (link.form === 'wiki') {
            expect(slice.startsWith(link.embed ? '![[' : '[[')).toBe(true);
            expect(slice.endsWith(']]')).toBe(true);
            expect(slice).not.toContain('\n');
          } else {
            expect(slice.startsWith(link.embed ? '![' : '[')).toBe(true);
            expect(slice.endsWith(')')).toBe(true);
          }
          expect(link.target).toBe(link.target.trim());
        }
        for (const tag of tags) {
          expect(tag).not.toBe('');
          expect(text).toContain(`#${tag}`);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('line numbers count the newlines before each link', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const link of scanMarkdown(text).links) expect(link.line).toBe(text.slice(0, link.start).split('\n').length);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds a wikilink in safe text with exactly its target, label and heading', () => {
    fc.assert(
      fc.property(safeText, safeTarget, fc.option(safeTarget), fc.option(safeTarget), fc.boolean(), safeText, (before, target, heading, label, embed, after) => {
        const syntax = `${embed ? '!' : ''}[[${target}${heading !== null ? `#${heading}` : ''}${label !== null ? `|${label}` : ''}]]`;
        const text = `${before} ${syntax} ${after}`;
        const { links, tags } = scanMarkdown(text);
        expect(links).toHaveLength(1);
        const link = links[0] as ScannedLink;
        expect(link.target).toBe(target.trim());
        expect(link.heading).toBe(heading !== null && heading.trim() ? heading.trim() : undefined);
        expect(link.label).toBe(label !== null && label.trim() ? label.trim() : undefined);
        expect(link.embed).toBe(embed);
        expect(text.slice(link.start, link.end)).toBe(syntax);
        expect(tags).toEqual([]);
      }),
    );
  });

  it('finds a markdown link in safe text with its decoded target', () => {
    fc.assert(
      fc.property(safeText, safeTarget.filter((t) => !t.trim().startsWith('//')), safeText, (before, target, after) => {
        // `//host` is protocol-relative, so external. Parens stay literal under encodeURI; unbalanced ones end a raw destination (CommonMark).
        const encoded = encodeURI(target.trim()).replace(/\(/g, '%28').replace(/\)/g, '%29');
        const text = `${before} [label](${encoded}.md) ${after}`;
        const links = scanMarkdown(text).links;
        expect(links.map((l) => l.target)).toEqual([`${target.trim()}.md`]);
      }),
    );
  });

  it('finds nothing inside a fenced code block', () => {
    fc.assert(
      fc.property(safeText, markdownish, fc.constantFrom('`', '~'), (before, code, fenceChar) => {
        const longestRun = Math.max(0, ...(code.match(/`+|~+/g) ?? []).map((run) => run.length));
        const fence = fenceChar.repeat(Math.max(3, longestRun + 1));
        const text = `${before}\n${fence}\n${code}\n${fence}\n`;
        expect(scanMarkdown(text)).toEqual({ links: [], tags: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('finds nothing inside a code span', () => {
    fc.assert(
      fc.property(markdownish, (code) => {
        const inner = code.replace(/\n\s*\n/g, '\n'); // a code span lives in one paragraph
        const longestRun = Math.max(0, ...(inner.match(/`+/g) ?? []).map((run) => run.length));
        const ticks = '`'.repeat(longestRun + 1);
        expect(scanMarkdown(`${ticks} ${inner} ${ticks}`)).toEqual({ links: [], tags: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('finds a generated tag after whitespace, and never a numeric one', () => {
    const tagBody = fc.string({ unit: fc.constantFrom('a', 'Z', 'é', '日', '0', '9', '_', '-', '/'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(safeText, tagBody, safeText, (before, tag, after) => {
        const text = `${before} #${tag} ${after}`;
        const expected = tag.replace(/\/+$/, '');
        const tags = scanTags(text);
        if (expected === '' || /^\d+$/.test(expected)) expect(tags).toEqual([]);
        else expect(tags).toEqual([expected]);
      }),
    );
  });

  it('scans hostile input in linear time (completes; no timing asserted)', () => {
    const hostile = [
      '[['.repeat(100_000),
      '['.repeat(200_000),
      '[a]('.repeat(50_000),
      '[a](b "'.repeat(30_000),
      '`'.repeat(1000) + Array.from({ length: 500 }, (_, i) => 'x' + '`'.repeat(i + 1)).join(''),
      '<!--'.repeat(50_000),
      '%%'.repeat(1) + 'x'.repeat(200_000),
      '#'.repeat(200_000),
      '![['.repeat(50_000) + ']]',
      '```\n'.repeat(50_000),
    ];
    for (const text of hostile) expect(() => scanMarkdown(text)).not.toThrow();
  });
});
