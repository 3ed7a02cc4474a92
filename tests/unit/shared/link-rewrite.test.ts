import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractWikilinksFromValue, scanMarkdown, splitFrontmatter } from '../../../shared/links';
import { namesPath, relativeLink, rewriteLinks, rewriteLinksToRenamed, type RenameRewrite } from '../../../shared/link-rewrite';
import { load } from 'js-yaml';

/** A resolver for these tests: a target points at `path` when it names it (see namesPath). */
function rename(text: string, from: string, oldPath: string, newPath: string, extra: Partial<RenameRewrite> = {}): string {
  return rewriteLinksToRenamed(text, { from, oldPath, newPath, pointsAtOld: (t) => namesPath(t, oldPath, from), ...extra });
}

describe('rewriteLinksToRenamed: every link form', () => {
  it.each([
    ['[[Old]]', '[[New]]'],
    ['[[Old|label kept]]', '[[New|label kept]]'],
    ['[[Old#Heading]]', '[[New#Heading]]'],
    ['[[Old#Heading|label]]', '[[New#Heading|label]]'],
    ['[[Old#^block-1]]', '[[New#^block-1]]'],
    ['![[Old]]', '![[New]]'],
    ['![[Old|300]]', '![[New|300]]'],
    ['[[Old.md]]', '[[New.md]]'],
    ['[[f/Old]]', '[[f/New]]'],
    ['[[/f/Old]]', '[[/f/New]]'],
    ['[[old]] [[OLD]]', '[[New]] [[New]]'],
    ['[[  Old  |  spaced ]]', '[[  New  |  spaced ]]'],
    ['| [[Old\\|alias]] |', '| [[New\\|alias]] |'],
    ['[x](Old.md)', '[x](New.md)'],
    ['[x](Old.md#Some%20Heading "title")', '[x](New.md#Some%20Heading "title")'],
    ['![img](./Old.md)', '![img](./New.md)'],
    ['[x](<Old.md>)', '[x](<New.md>)'],
  ])('%s → %s (same folder)', (before, after) => {
    expect(rename(before, 'f/a.md', 'f/Old.md', 'f/New.md')).toBe(after);
  });

  it('recomputes relative markdown paths from the linking file and encodes like the original', () => {
    const text = '[a](../../f/Old%20Name.md) [b](<../../f/Old Name.md>) [c](/f/Old%20Name.md) [d](f/Old%20Name.md)';
    expect(rename(text, 'g/h/x.md', 'f/Old Name.md', 'k/Über Name.md')).toBe(
      '[a](../../k/%C3%9Cber%20Name.md) [b](<../../k/Über Name.md>) [c](/k/%C3%9Cber%20Name.md) [d](k/%C3%9Cber%20Name.md)',
    );
    // A plain destination encodes only what a destination cannot hold.
    expect(rename('[x](Old.md)', 'a.md', 'Old.md', 'New (draft) é.md')).toBe('[x](New%20%28draft%29%20é.md)');
  });

  it('keeps a bare name bare when it resolves, else writes the full path', () => {
    expect(rename('[[Old]]', 'a.md', 'f/Old.md', 'g/New.md')).toBe('[[New]]');
    const ambiguous = rename('[[Old]] [x](Old.md)', 'a.md', 'f/Old.md', 'g/New.md', { resolvesToNew: (t) => t.includes('/') && namesPath(t, 'g/New.md', 'a.md') });
    expect(ambiguous).toBe('[[g/New]] [x](g/New.md)');
  });

  it('leaves links that still resolve to the new path (a bare name after a move, an alias)', () => {
    const text = '[[Old]] [[Dr. Old]] [[f/Old]]';
    const out = rename(text, 'a.md', 'f/Old.md', 'g/Old.md', {
      pointsAtOld: (t) => t === 'Dr. Old' || namesPath(t, 'f/Old.md', 'a.md'),
      resolvesToNew: (t) => t === 'Dr. Old' || namesPath(t, 'g/Old.md', 'a.md'),
    });
    expect(out).toBe('[[Old]] [[Dr. Old]] [[g/Old]]');
  });

  it('never touches code spans, code blocks, comments, other notes or near names', () => {
    const text = [
      '`[[Old]]` and ``[x](Old.md)``',
      '```',
      '[[Old]]',
      '```',
      '~~~~md',
      '![[Old]]',
      '~~~~',
      '%% [[Old]] %% <!-- [[Old]] -->',
      '[[Older]] [[Old school]] [[Other]] [[Old/Thing]] [x](https://example.com/Old.md) [[#Heading]]',
    ].join('\n');
    expect(rename(text, 'a.md', 'Old.md', 'New.md')).toBe(text);
  });

  it('rewrites links inside frontmatter values in place, escaping for the YAML quoting', () => {
    const text = [
      '---',
      '# a comment: [[Old]] stays',
      'shared_by: "[[Old]]"',
      "about: '[[Old]]'",
      'plain: see [[Old]] here',
      'list: [[Old]]',
      'interactions:',
      '  - { date: 2026-11-02, kind: feedback, about: "[[Old#Part]] and [[Other]]" }',
      'unknown_key: 1 # order and comments survive',
      '---',
      'Body [[Old]]',
    ].join('\n');
    const out = rename(text, 'people/a.md', 'Old.md', "Maya's, {notes}.md");
    expect(out).toBe([
      '---',
      '# a comment: [[Old]] stays',
      `shared_by: "[[Maya's, {notes}]]"`,
      "about: '[[Maya''s, {notes}]]'",
      "plain: see [[Maya's, {notes}]] here",
      `list: "[[Maya's, {notes}]]"`,
      'interactions:',
      `  - { date: 2026-11-02, kind: feedback, about: "[[Maya's, {notes}#Part]] and [[Other]]" }`,
      'unknown_key: 1 # order and comments survive',
      '---',
      "Body [[Maya's, {notes}]]",
    ].join('\n'));
    // And it still parses, with the links where they were.
    const data = load(splitFrontmatter(out).frontmatter ?? '') as Record<string, unknown>;
    expect(data.about).toBe("[[Maya's, {notes}]]");
    expect(extractWikilinksFromValue(data).map((l) => l.target)).toEqual([...Array<string>(5).fill("Maya's, {notes}"), 'Other']);
  });

  it('treats block scalars (`key: |`) as raw text: no YAML escaping inside them', () => {
    const text = "---\nnote: |\n  'quoted' line with [[Old]]\n  # not a comment [[Old]]\nnext: '[[Old]]'\n---\n";
    expect(rename(text, 'a.md', 'Old.md', "It's.md")).toBe(
      "---\nnote: |\n  'quoted' line with [[It's]]\n  # not a comment [[It's]]\nnext: '[[It''s]]'\n---\n",
    );
  });

  it('keeps a byte-order mark and CRLF line endings', () => {
    const text = '\ufeff---\r\nabout: "[[Old]]"\r\n---\r\n[[Old]]\r\n';
    expect(rename(text, 'a.md', 'Old.md', 'New.md')).toBe('\ufeff---\r\nabout: "[[New]]"\r\n---\r\n[[New]]\r\n');
  });

  it('finds the destination of a markdown link whose label holds brackets or an image', () => {
    const text = '[![pic](Old.md)](Old.md) [a \\](Old.md) b](Old.md) [`](x`](Old.md)';
    expect(rename(text, 'a.md', 'Old.md', 'New.md')).toBe('[![pic](New.md)](New.md) [a \\](Old.md) b](New.md) [`](x`](New.md)');
  });
});

describe('rewriteLinks', () => {
  it('reports each edit with its offsets in the original text', () => {
    const { text, edits } = rewriteLinks('x [[A]] y', { from: 'n.md', retarget: (t) => (t === 'A' ? 'B.md' : null), resolvesTo: () => true });
    expect(text).toBe('x [[B]] y');
    expect(edits).toEqual([{ start: 4, end: 5, before: 'A', after: 'B' }]);
  });

  it('writes a link to keep its meaning when told to point it elsewhere (a path link)', () => {
    const out = rewriteLinks('[[New]]', { from: 'a.md', retarget: () => 'deep/New.md', resolvesTo: (t, p) => t === p.replace(/\.md$/, '') });
    expect(out.text).toBe('[[deep/New]]');
  });

  it('relativeLink is always explicit', () => {
    expect(relativeLink('', 'a.md')).toBe('./a.md');
    expect(relativeLink('f', 'f/a.md')).toBe('./a.md');
    expect(relativeLink('f/g', 'f/a.md')).toBe('../a.md');
    expect(relativeLink('x', 'f/g/a.md')).toBe('../f/g/a.md');
  });
});

// ---- properties ----------------------------------------------------------------------------------

const OLD = 'f/Old Note.md';
const NEW = 'g/Brand New.md';
const FROM = 'h/linker.md';

/** Link forms pointing at `name` (stem) in folder `folder`, written from FROM. */
function linkTo(form: number, stem: string, folder: string, label: string): string {
  const enc = (s: string) => s.replace(/ /g, '%20');
  switch (form) {
    case 0: return `[[${stem}]]`;
    case 1: return `[[${stem}|${label}]]`;
    case 2: return `[[${stem}#${label}]]`;
    case 3: return `[[${stem}#^blk${label.length}]]`;
    case 4: return `![[${stem}]]`;
    case 5: return `[[${folder}/${stem}]]`;
    case 6: return `[${label}](../${folder}/${enc(stem)}.md)`;
    case 7: return `[${label}](<../${folder}/${stem}.md>)`;
    case 8: return `[${label}](/${folder}/${enc(stem)}.md)`;
    default: return `[[${stem}.md]]`;
  }
}

const word = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,8}[A-Za-z]$/);
const prose = fc.stringMatching(/^[A-Za-z ,.!?\n#*_-]{0,20}$/);
/** Pieces of a note: prose, links to the old note, links elsewhere, code holding links. */
const piece = fc.oneof(
  prose,
  fc.tuple(fc.integer({ min: 0, max: 9 }), word).map(([form, label]) => linkTo(form, 'Old Note', 'f', label)),
  fc.tuple(fc.integer({ min: 0, max: 9 }), word, word).map(([form, label, other]) => linkTo(form, `${other}x`, 'f', label)),
  fc.constant('`[[Old Note]]`'),
  fc.constant('\n```\n[[Old Note]] [x](../f/Old%20Note.md)\n```\n'),
  fc.constant('\n'),
);
const note = fc.tuple(
  fc.boolean(),
  fc.array(piece, { maxLength: 12 }),
).map(([withFrontmatter, pieces]) => (withFrontmatter ? '---\nabout: "[[Old Note]]"\nother: "[[Elsewhere]]"\n---\n' : '') + pieces.join(' '));

/** Also case variants of the old name and near misses, which a round trip cannot restore exactly. */
const noteWithVariants = fc.tuple(note, fc.array(fc.constantFrom('[[old note]]', '[x](../F/OLD%20NOTE.md)', '[[Old Notes]]', '[[Old Note2]]', '[[f/Old Note/x]]', '[[g/Old Note]]', '[y](Old%20Note.png)'), { maxLength: 4 }))
  .map(([text, extra]) => `${text}\n${extra.join(' ')}`);

/** Text between link spans (body links from the scanner, frontmatter links from their values). */
function outsideLinks(text: string): string[] {
  const { bodyStart } = splitFrontmatter(text);
  const spans = scanMarkdown(text.slice(bodyStart)).links.map((l) => [l.start + bodyStart, l.end + bodyStart] as const);
  const fm = text.slice(0, bodyStart);
  const fmSpans = [...fm.matchAll(/!?\[\[[^\]\n]*\]\]/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const all = [...fmSpans, ...spans].sort((a, b) => a[0] - b[0]);
  const gaps: string[] = [];
  let at = 0;
  for (const [start, end] of all) {
    if (start < at) {
      at = Math.max(at, end); // a link inside another link's label (the scanner reports both)
      continue;
    }
    gaps.push(text.slice(at, start));
    at = end;
  }
  gaps.push(text.slice(at));
  return gaps;
}

describe('rewriteLinksToRenamed: properties', () => {
  it('never changes a byte outside link spans', () => {
    fc.assert(fc.property(noteWithVariants, (text) => {
      const out = rename(text, FROM, OLD, NEW);
      expect(outsideLinks(out)).toEqual(outsideLinks(text));
    }), { numRuns: 300 });
  });

  it('renaming A → B and then B → A gives back the original text', () => {
    fc.assert(fc.property(note, (text) => {
      const there = rename(text, FROM, OLD, NEW);
      expect(rename(there, FROM, NEW, OLD)).toBe(text);
    }), { numRuns: 300 });
  });

  it('never touches a link that does not point at the old file', () => {
    fc.assert(fc.property(noteWithVariants, (text) => {
      const renamed = rename(text, FROM, OLD, NEW);
      const body = (t: string) => t.slice(splitFrontmatter(t).bodyStart);
      const before = scanMarkdown(body(text)).links;
      const after = scanMarkdown(body(renamed)).links;
      expect(after.length).toBe(before.length);
      before.forEach((link, i) => {
        if (namesPath(link.target, OLD, FROM)) return;
        const moved = after[i] as (typeof after)[number];
        expect(body(renamed).slice(moved.start, moved.end)).toBe(body(text).slice(link.start, link.end));
      });
      // …and every link that did point at it now points at the new file.
      for (const link of after) expect(namesPath(link.target, OLD, FROM)).toBe(false);
    }), { numRuns: 300 });
  });

  it('keeps bytes outside links on hostile markdown (brackets, escapes, backticks, parentheses)', () => {
    const noise = fc.stringMatching(/^[[\]()!`#|\\%<> "'a\n^-]{0,12}$/);
    const hostile = fc.array(fc.oneof(noise, piece), { maxLength: 16 }).map((parts) => parts.join(''));
    fc.assert(fc.property(hostile, (text) => {
      const out = rename(text, FROM, OLD, NEW);
      expect(outsideLinks(out)).toEqual(outsideLinks(text));
    }), { numRuns: 300 });
  });

  it('leaves text with no link to the old file exactly as it is', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      fc.pre(!/old/i.test(text));
      expect(rename(text, FROM, OLD, NEW)).toBe(text);
    }), { numRuns: 300 });
  });
});
