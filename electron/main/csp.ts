/**
 * The Content-Security-Policy of the renderer, for both doors: the Electron `app://`
 * scheme sends it on every response and the browser-mode HTTP server imports it from
 * here. This module imports nothing on purpose, so plain Node (server, CLI, tests) can
 * load it without pulling in Electron.
 */

/** Each directive and its sources, in the order they are sent. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'default-src': ["'self'"],
  // Only our own bundled scripts: no inline script, no eval, no remote code.
  'script-src': ["'self'"],
  // 'unsafe-inline' for styles only: CodeMirror 6 injects its theme as <style> elements
  // and React writes `style` attributes (graph tooltips, layout sizes). Inline styles
  // cannot run code, and scripts stay strictly 'self'.
  'style-src': ["'self'", "'unsafe-inline'"],
  // data: and blob: for images pasted into notes and canvas snapshots of the graph.
  'img-src': ["'self'", 'data:', 'blob:'],
  // The page talks only to its own door (the HTTP API in browser mode).
  'connect-src': ["'self'"],
  // The graph layout runs in a Web Worker; bundlers may start it from a blob: URL.
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-src': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
});

/** The header value: `directive source source; directive source; ...`. */
export const CONTENT_SECURITY_POLICY: string = Object.entries(CSP_DIRECTIVES)
  .map(([directive, sources]) => [directive, ...sources].join(' '))
  .join('; ');
