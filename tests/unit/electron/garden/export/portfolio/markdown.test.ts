/**
 * Note markdown → portfolio HTML: hostile content is inert (an XSS corpus, checked on the
 * parsed output, not by string search alone), wikilinks and markdown links become relative
 * links only to exported pages, embeds resolve with a depth limit and no cycles.
 */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { MAX_EMBED_DEPTH, renderMarkdown, type RenderContext } from '../../../../../../electron/garden/export/portfolio/markdown';
import { Redactor } from '../../../../../../electron/garden/export/portfolio/redact';
import type { GardenPath } from '../../../../../../shared/types';

const p = (s: string) => s as GardenPath;

/** A tiny garden: exported notes a and b (in notes/), an unexported private note, a person, an image. */
function context(bodies: Record<string, string> = {}): RenderContext {
  const files: Record<string, GardenPath> = {
    a: p('notes/a.md'), b: p('notes/b.md'), private: p('notes/private.md'), maya: p('people/Maya Chen.md'), 'pic.png': p('pic.png'),
    'notes/a.md': p('notes/a.md'), 'a.md': p('notes/a.md'), 'b.md': p('notes/b.md'),
  };
  const exported = new Map([[p('notes/a.md'), 'notes/a.html'], [p('notes/b.md'), 'notes/b.html']]);
  return {
    from: p('notes/a.md'),
    resolve: (target) => files[target.toLowerCase()] ?? files[target] ?? null,
    hrefOf: (path, heading) => (exported.has(path) ? `../${exported.get(path)}${heading ? `#user-content-${heading.toLowerCase()}` : ''}` : null),
    personLabel: (path) => (path === 'people/Maya Chen.md' ? 'a practicum teacher' : null),
    imageHref: (path) => (path === 'pic.png' ? '../attachments/pic.png' : null),
    bodyOf: (path) => (exported.has(path) ? (bodies[path] ?? `Body of ${path}`) : null),
    titleOf: (path) => path,
    tagHref: (tag) => `../tags/${tag}.html`,
    redactor: new Redactor([]),
  };
}

const render = (markdown: string, ctx = context()) => renderMarkdown(markdown, ctx);

const XSS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><script>alert(1)</script></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '<div onclick="alert(1)">x</div>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<style>body{display:none}</style>',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '[a](javascript:alert(1))',
  '[a](JAVASCRIPT:alert(1))',
  '[a](JaVaScRiPt:alert(1))',
  '[a](&#106;avascript:alert(1))',
  '[a](&#x6A;avascript:alert(1))',
  '[a](&#X6a;&#x61;vascript:alert(1))',
  '[a](java&#115;cript:alert(1))',
  '[a](java&#x09;script:alert(1))',
  '[a](java%73cript:alert(1))',
  '[a](<javascript:alert(1)>)',
  '[a]( javascript:alert(1) )',
  '<javascript:alert(1)>',
  '[a](vbscript:msgbox(1))',
  '[a](VBScript:msgbox(1))',
  '[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![a](data:image/svg+xml,<svg onload=alert(1)>)',
  '![a](javascript:alert(1))',
  '[a](file:///etc/passwd)',
  '[a](\\\\host\\share)',
  '[a](//evil.example/x)',
  '[a][r]\n\n[r]: javascript:alert(1)',
  '![a][r]\n\n[r]: https://tracker.example/pixel.png',
  '[a](https://ok.example "\\" onmouseover=alert(1) x=\\"")',
  '[[javascript:alert(1)]]',
  '![[javascript:alert(1)]]',
  '[[a|<img src=x onerror=alert(1)>]]',
  '`<script>alert(1)</script>`',
  '```html\n<script>alert(1)</script>\n```',
  '> [!note] <img src=x onerror=alert(1)>\n> body',
];

const DANGEROUS_TAGS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'form', 'button', 'base', 'meta', 'svg', 'math', 'link', 'frame', 'frameset', 'template', 'input']);

function elements(root: Root): Element[] {
  const out: Element[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type === 'element') {
        out.push(child);
        walk(child);
      }
    }
  };
  walk(root);
  return out;
}

describe('markdown → HTML for the portfolio', () => {
  it.each(XSS)('leaves hostile content inert: %s', (input) => {
    const { html } = render(input);
    const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
    for (const element of elements(tree)) {
      // Task-list checkboxes are the one input allowed: disabled, no name.
      if (element.tagName === 'input') {
        expect(element.properties).toMatchObject({ type: 'checkbox', disabled: true });
        continue;
      }
      expect(DANGEROUS_TAGS.has(element.tagName), `<${element.tagName}> in ${html}`).toBe(false);
      for (const [name, value] of Object.entries(element.properties)) {
        expect(name.toLowerCase().startsWith('on'), `${name} in ${html}`).toBe(false);
        expect(['style', 'srcdoc', 'formAction', 'action'].includes(name), `${name} in ${html}`).toBe(false);
        if (name === 'href' || name === 'src') {
          const url = String(value);
          expect(url, html).not.toMatch(/^\s*(javascript|vbscript|data|file):/i);
          expect(url, html).not.toMatch(/^\/\/|^\\\\/);
          if (name === 'src') expect(url, html).toMatch(/^\.\.\/attachments\//);
          if (/^[a-z][a-z0-9+.-]*:/i.test(url)) expect(new URL(url).protocol, html).toMatch(/^(https?|mailto):$/);
        }
      }
    }
    // Attributes were checked on the parsed tree (a title may hold the text "onmouseover=", escaped).
    expect(html).not.toMatch(/<script\b|<iframe\b|<svg\b/i);
  });

  it('keeps web and mail links, and only those', () => {
    expect(render('[w](https://example.org/a?b=1) [m](mailto:me@example.org)').html).toBe(
      '<p><a href="https://example.org/a?b=1" rel="noopener noreferrer">w</a> <a href="mailto:me@example.org" rel="noopener noreferrer">m</a></p>',
    );
    expect(render('[x](javascript:alert(1)) and [y](Private.md)').html).toBe('<p>x and y</p>');
  });

  it('makes wikilinks to exported notes relative, with headings, and anything else plain text', () => {
    expect(render('[[b]], [[b#Part|the part]], [[private]], [[nowhere]]').html).toBe(
      '<p><a href="../notes/b.html" class="wikilink">b</a>, <a href="../notes/b.html#user-content-part" class="wikilink">the part</a>, <span class="unexported">private</span>, <span class="unexported">nowhere</span></p>',
    );
  });

  it('shows a person by their label, whatever the link label says', () => {
    expect(render('Thanks to [[maya|Dr. Maya Chen]].').html).toBe('<p>Thanks to <span class="person">a practicum teacher</span>.</p>');
  });

  it('embeds an exported note, resolves nested embeds to a depth limit, and stops at cycles', () => {
    const bodies = { 'notes/b.md': 'B says hi. ![[a]]', 'notes/a.md': 'A embeds ![[b]]' };
    const { html } = render('![[b]]', context(bodies));
    expect(html).toContain('<div class="embed">');
    expect(html).toContain('B says hi.');
    // b embeds a, which is the note being shown: a cycle, so only its name.
    expect(html).toContain('<span class="embed-missing">a</span>');
    const deep = context({ 'notes/b.md': '![[b]]' });
    const nested = render('![[b]]', deep).html;
    expect((nested.match(/class="embed"/g) ?? []).length).toBeLessThanOrEqual(MAX_EMBED_DEPTH);
  });

  it('shows embedded images from the garden only, and web images as their alt text', () => {
    expect(render('![[pic.png]] ![logo](https://tracker.example/x.png)').html).toBe(
      '<p><img src="../attachments/pic.png" alt="pic.png"> <span class="unexported">logo</span></p>',
    );
  });

  it('drops raw HTML but keeps the text around it, and keeps code as code', () => {
    expect(render('Hello <b>bold</b> world\n\n`<i>x</i>`').html).toBe('<p>Hello bold world</p>\n<p><code>&#x3C;i>x&#x3C;/i></code></p>');
  });

  it('turns #tags into links to tag pages and gives headings ids for anchors', () => {
    expect(render('## Part one\n\nSee #zpd').html).toBe('<h2 id="user-content-part-one">Part one</h2>\n<p>See <a href="../tags/zpd.html" class="tag">#zpd</a></p>');
  });

  it('returns plain, redacted text for the search index', () => {
    const ctx = context();
    const text = render('# Title\n\nSome **bold** text with [[b]].', ctx).text;
    expect(text).toBe('Title Some bold text with b.');
  });
});
