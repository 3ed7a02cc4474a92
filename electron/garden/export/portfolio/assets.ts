/**
 * The site's two static assets, kept as strings so the core needs no file lookup at run time
 * (it is bundled into Electron's main and run from source by the CLI alike).
 *
 * The search index is a script (`search-index.js` assigning one JSON value), not a .json
 * file fetched by the page: a page opened from file:// may not fetch, and a script from the
 * same folder is what `script-src 'self'` allows. search.js builds results with
 * textContent only, never markup.
 */
export const SEARCH_SCRIPT = `(function () {
  'use strict';
  var records = window.PLN_SEARCH_INDEX || [];
  var input = document.getElementById('q');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!input || !list || !status) return;
  var SPLIT = /[^\\p{L}\\p{N}]+/u;
  function fold(s) { return String(s).normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase(); }
  var prepared = records.map(function (r) { return { r: r, title: fold(r.t), tags: fold((r.g || []).join(' ')), text: fold(r.x) }; });
  function startsWord(hay, term) {
    for (var i = hay.indexOf(term); i !== -1; i = hay.indexOf(term, i + 1)) {
      if (i === 0 || SPLIT.test(hay.charAt(i - 1))) return i;
    }
    return -1;
  }
  function score(p, terms) {
    var total = 0;
    for (var k = 0; k < terms.length; k += 1) {
      var t = terms[k];
      var s = 0;
      if (startsWord(p.title, t) !== -1) s += 10;
      if (startsWord(p.tags, t) !== -1) s += 5;
      if (startsWord(p.text, t) !== -1) s += 2;
      if (s === 0) return 0;
      total += s;
    }
    return total;
  }
  function snippet(p, terms) {
    var at = -1;
    for (var k = 0; k < terms.length && at === -1; k += 1) at = startsWord(p.text, terms[k]);
    if (at === -1) return p.r.x.slice(0, 160);
    var start = Math.max(0, at - 60);
    return (start > 0 ? '… ' : '') + p.r.x.slice(start, start + 180) + ' …';
  }
  function clear() { while (list.firstChild) list.removeChild(list.firstChild); }
  function run(query) {
    clear();
    var terms = fold(query).split(SPLIT).filter(Boolean);
    if (terms.length === 0) { status.textContent = 'Type a word to search.'; return; }
    var hits = [];
    for (var i = 0; i < prepared.length; i += 1) {
      var s = score(prepared[i], terms);
      if (s > 0) hits.push({ p: prepared[i], s: s });
    }
    hits.sort(function (a, b) { return b.s - a.s || a.p.r.t.localeCompare(b.p.r.t); });
    status.textContent = hits.length === 0 ? 'Nothing matches “' + query + '”.' : hits.length + (hits.length === 1 ? ' result' : ' results') + ' for “' + query + '”.';
    hits.slice(0, 50).forEach(function (hit) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = hit.p.r.u;
      a.textContent = hit.p.r.t;
      var kind = document.createElement('span');
      kind.className = 'muted';
      kind.textContent = ' (' + hit.p.r.k + ')';
      var p = document.createElement('p');
      p.className = 'snippet';
      p.textContent = snippet(hit.p, terms);
      li.appendChild(a);
      li.appendChild(kind);
      li.appendChild(p);
      list.appendChild(li);
    });
  }
  var query = new URLSearchParams(window.location.search).get('q') || '';
  input.value = query;
  run(query);
  input.addEventListener('input', function () { run(input.value); });
  input.form && input.form.addEventListener('submit', function (event) { event.preventDefault(); run(input.value); });
})();
`;

export const SITE_CSS = `:root {
  --bg: #fbfaf6; --fg: #1f2a1f; --muted: #5b6658; --line: #d9dccf; --accent: #2f6b3a; --accent-soft: #e3efe0;
  --notes: #2f6b3a; --sources: #8a5a1c; --interactions: #3d5f8f;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root { --bg: #151a15; --fg: #e6eadf; --muted: #a7b0a1; --line: #364034; --accent: #8fcf8f; --accent-soft: #233323;
    --notes: #8fcf8f; --sources: #e0b070; --interactions: #9db8e8; }
}
* { box-sizing: border-box; }
html { font-size: 100%; -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
a { color: var(--accent); text-underline-offset: 2px; }
a:focus-visible, input:focus-visible, button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.site-header { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; padding: .75rem 1.25rem; border-bottom: 1px solid var(--line); }
.site-name { font-weight: 700; text-decoration: none; color: var(--fg); }
.site-header nav { display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
.site-header nav a { text-decoration: none; }
.site-header nav a[aria-current="page"] { font-weight: 700; text-decoration: underline; }
.site-search { margin-left: auto; }
.site-search input, .search-form input { font: inherit; padding: .35rem .6rem; border: 1px solid var(--line); border-radius: 6px; background: transparent; color: inherit; max-width: 100%; }
.search-form { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.search-form button { font: inherit; padding: .35rem .9rem; border-radius: 6px; border: 1px solid var(--accent); background: var(--accent); color: var(--bg); }
main { max-width: 46rem; margin: 0 auto; padding: 1.25rem; }
.site-footer { max-width: 46rem; margin: 2rem auto; padding: 1rem 1.25rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: .5rem 0 1rem; }
h2 { font-size: 1.35rem; margin-top: 2rem; }
h4 { margin: 1rem 0 .25rem; font-size: 1rem; }
.lede { font-size: 1.1rem; color: var(--muted); }
.muted { color: var(--muted); }
.small { font-size: .9rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr)); gap: .75rem; margin: 0; }
.figures div { border: 1px solid var(--line); border-radius: 8px; padding: .75rem; background: var(--accent-soft); }
.figures dt { font-size: 1.5rem; font-weight: 700; }
.figures dd { margin: 0; color: var(--muted); font-size: .9rem; }
.goal { border: 1px solid var(--line); border-radius: 10px; padding: .25rem 1rem 1rem; margin: 1rem 0; }
.facts { color: var(--muted); font-size: .95rem; }
.status { font-weight: 700; color: var(--accent); }
.progress meter { width: 10rem; vertical-align: middle; }
.tags { margin: .25rem 0; }
a.tag, span.tag { display: inline-block; white-space: nowrap; font-size: .9rem; background: var(--accent-soft); border-radius: 999px; padding: .05rem .5rem; text-decoration: none; margin-right: .25rem; }
.person { font-weight: 600; }
span.unexported { font-style: normal; }
.note-body img { max-width: 100%; height: auto; }
.note-body table { border-collapse: collapse; display: block; overflow-x: auto; }
.note-body th, .note-body td { border: 1px solid var(--line); padding: .3rem .6rem; }
.note-body pre { overflow-x: auto; padding: .75rem; background: var(--accent-soft); border-radius: 6px; }
.note-body code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; }
.note-body blockquote, .embed, .callout { margin: 1rem 0; padding: .25rem 1rem; border-left: 4px solid var(--accent); background: var(--accent-soft); border-radius: 0 6px 6px 0; }
.embed-title, .callout-title { font-weight: 700; margin-top: .5rem; }
.provenance { margin-top: 2.5rem; border-top: 1px solid var(--line); }
.provenance h2 { font-size: 1.05rem; }
.bibliography { padding-left: 1.25rem; }
.citation { margin-bottom: 1rem; }
.citation .csl-entry { margin: 0; padding-left: 2em; text-indent: -2em; overflow-wrap: anywhere; }
.citation:target { background: var(--accent-soft); }
.notice { border: 1px dashed var(--line); border-radius: 8px; padding: .75rem 1rem; color: var(--muted); }
.network img { width: 100%; height: auto; border: 1px solid var(--line); border-radius: 8px; background: var(--bg); }
.timeline { width: 100%; height: auto; }
.timeline .axis { fill: var(--muted); font-size: 11px; }
.timeline .axis-line { stroke: var(--line); }
.bar-notes, .key-notes::before { fill: var(--notes); background: var(--notes); }
.bar-sources, .key-sources::before { fill: var(--sources); background: var(--sources); }
.bar-interactions, .key-interactions::before { fill: var(--interactions); background: var(--interactions); }
.legend { font-size: .9rem; color: var(--muted); display: flex; flex-wrap: wrap; gap: 1rem; }
.key::before { content: ""; display: inline-block; width: .8rem; height: .8rem; margin-right: .35rem; border-radius: 2px; vertical-align: -1px; }
.timeline-table { border-collapse: collapse; margin-top: .5rem; }
.timeline-table th, .timeline-table td { border: 1px solid var(--line); padding: .2rem .6rem; text-align: right; }
.search-results li { margin-bottom: .75rem; }
.snippet { margin: .15rem 0 0; color: var(--muted); font-size: .92rem; }
.print-section { break-before: page; }
@media (max-width: 36rem) {
  .site-search { margin-left: 0; width: 100%; }
  .site-search input { width: 100%; }
  main { padding: 1rem; }
  h1 { font-size: 1.55rem; }
}
@media print {
  :root { --bg: #fff; --fg: #000; --muted: #333; --accent: #000; --accent-soft: #f3f3f3; }
  .site-header nav, .site-search, .search-form, .site-footer { display: none; }
  .site-header { border: 0; padding: 0 0 .5rem; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .figures div, .embed, .callout, pre, .citation { break-inside: avoid; }
  h1, h2, h3, h4 { break-after: avoid; }
  details { display: none; }
}
`;
