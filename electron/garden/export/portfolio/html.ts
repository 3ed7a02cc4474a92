/**
 * HTML string building for the portfolio site. Every piece of user text goes through `text`
 * or `attr`; markup from notes only arrives as `Html` made by markdown.ts (sanitized). The
 * `Html` brand makes "forgot to escape" a type error instead of an injection.
 */
export type Html = string & { readonly __html: true };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** For attribute values, which are always double-quoted here: `'` may stay as it is. */
export function escapeAttr(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

/** Text as HTML. */
export const text = (value: string | number): Html => escapeHtml(String(value)) as Html;

/** Markup this module or markdown.ts produced (never user input). */
export const trusted = (markup: string): Html => markup as Html;

export function join(parts: readonly (Html | null | undefined | false)[], separator = ''): Html {
  return parts.filter((p): p is Html => typeof p === 'string').join(separator) as Html;
}

/** A tag with escaped attributes; `children` must already be Html. */
export function el(tag: string, attributes: Record<string, string | number | boolean | null | undefined>, ...children: (Html | null | undefined | false)[]): Html {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== null && v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeAttr(String(v))}"`))
    .join('');
  return `<${tag}${attrs}>${join(children)}</${tag}>` as Html;
}

/** A relative href from a page at `fromDepth` folders below the site root to a site path. */
export function href(fromDepth: number, sitePath: string): string {
  const encoded = sitePath.split('/').map((s) => (s.includes('#') ? s.split('#').map(encodeURIComponent).join('#') : encodeURIComponent(s))).join('/');
  return `${'../'.repeat(fromDepth)}${encoded}`;
}

/** What every page of the site gets: strict CSP (no inline script, no network), phone viewport. */
export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

export interface PageOptions {
  title: string;
  siteName: string;
  /** Folders below the site root (0 for index.html, 1 for notes/x.html). */
  depth: number;
  body: Html;
  /** Marks the current item of the top navigation. */
  section?: 'overview' | 'notes' | 'tags' | 'bibliography' | 'search' | null;
  scripts?: string[];
}

const NAV: [NonNullable<PageOptions['section']>, string, string][] = [
  ['overview', 'Overview', 'index.html'],
  ['notes', 'Notes', 'notes/index.html'],
  ['tags', 'Tags', 'tags/index.html'],
  ['bibliography', 'Bibliography', 'bibliography.html'],
  ['search', 'Search', 'search.html'],
];

export function page(options: PageOptions): string {
  const up = (p: string) => href(options.depth, p);
  const nav = NAV.map(([key, label, target]) =>
    el('a', { href: up(target), 'aria-current': options.section === key ? 'page' : null }, text(label)),
  );
  const scripts = (options.scripts ?? []).map((s) => el('script', { src: up(s), defer: true }));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="PLN Garden">
<title>${escapeHtml(`${options.title} · ${options.siteName}`)}</title>
<link rel="stylesheet" href="${escapeAttr(up('assets/site.css'))}">
${join(scripts, '\n')}
</head>
<body>
<header class="site-header">
${el('a', { class: 'site-name', href: up('index.html') }, text(options.siteName))}
${el('nav', { 'aria-label': 'Portfolio' }, join(nav, ' '))}
${el('form', { class: 'site-search', action: up('search.html'), method: 'get', role: 'search' },
    el('label', { for: 'site-q', class: 'visually-hidden' }, text('Search the portfolio')),
    trusted('<input id="site-q" name="q" type="search" placeholder="Search" autocomplete="off">'))}
</header>
<main id="main">
${options.body}
</main>
<footer class="site-footer">${text(`Made with PLN Garden from ${options.siteName}. People appear as the author chose; no contact details are included.`)}</footer>
</body>
</html>
`;
}
