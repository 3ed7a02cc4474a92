/**
 * The editor's look, from the app's CSS variables (styles/theme.css), so one theme serves
 * light and dark: the variables switch with the OS and the editor follows without being
 * reconfigured. Markdown syntax marks (`#`, `**`, `[[`) are muted, the text they shape keeps
 * its weight, so the source reads almost like the page.
 */
import { HighlightStyle } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';

export const gardenTheme = EditorView.theme({
  '&': {
    color: 'var(--text)',
    backgroundColor: 'var(--surface)',
    fontSize: '1rem',
    border: '1px solid var(--border)',
    borderRadius: 'var(--radius)',
  },
  '&.cm-focused': {
    outline: '2px solid var(--focus)',
    outlineOffset: '1px',
  },
  '.cm-scroller': {
    fontFamily: 'var(--font-sans)',
    lineHeight: '1.65',
  },
  '.cm-content': {
    padding: '1rem 0',
    caretColor: 'var(--text)',
  },
  '.cm-line': {
    padding: '0 1.1rem',
  },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)', borderLeftWidth: '2px' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--selection, rgb(120 160 220 / 0.35))',
  },
  '.cm-activeLine': { backgroundColor: 'transparent' },
  '.cm-gutters': { backgroundColor: 'var(--surface)', color: 'var(--text-muted)', border: 'none' },
  '.cm-placeholder': { color: 'var(--text-muted)' },
  '.cm-foldPlaceholder': {
    backgroundColor: 'var(--surface-sunken)',
    border: '1px solid var(--border-strong)',
    color: 'var(--text-muted)',
    borderRadius: 'var(--radius-small)',
    padding: '0 0.4em',
    margin: '0 0.3em',
    fontSize: '0.8em',
    cursor: 'pointer',
  },
  '.cm-tooltip': {
    backgroundColor: 'var(--surface)',
    color: 'var(--text)',
    border: '1px solid var(--border-strong)',
    borderRadius: 'var(--radius)',
    boxShadow: '0 6px 20px rgb(0 0 0 / 0.18)',
  },
  '.cm-tooltip.cm-tooltip-autocomplete > ul': {
    fontFamily: 'var(--font-sans)',
    maxHeight: '18em',
    minWidth: '16em',
  },
  '.cm-tooltip.cm-tooltip-autocomplete > ul > li': {
    padding: '0.2em 0.6em',
    lineHeight: '1.6',
  },
  '.cm-tooltip-autocomplete ul li[aria-selected]': {
    backgroundColor: 'var(--accent)',
    color: 'var(--accent-text)',
  },
  '.cm-completionDetail': {
    marginLeft: '0.8em',
    fontStyle: 'normal',
    fontSize: '0.85em',
    opacity: '0.8',
  },
  '.cm-completionInfo': {
    fontFamily: 'var(--font-mono)',
    fontSize: '0.8em',
  },
  '.cm-panels': { backgroundColor: 'var(--surface-sunken)', color: 'var(--text)' },
  '.cm-panels.cm-panels-bottom': { borderTop: '1px solid var(--border)' },
  '.cm-searchMatch': { backgroundColor: 'var(--warning-bg)', outline: '1px solid var(--warning-border)' },
  '.cm-searchMatch.cm-searchMatch-selected': { backgroundColor: 'var(--accent-weak)' },
  '.cm-textfield': {
    backgroundColor: 'var(--surface)',
    color: 'var(--text)',
    border: '1px solid var(--border-strong)',
    borderRadius: 'var(--radius-small)',
  },
  '.cm-button': {
    backgroundImage: 'none',
    backgroundColor: 'var(--surface)',
    color: 'var(--text)',
    border: '1px solid var(--border-strong)',
    borderRadius: 'var(--radius-small)',
  },
});

export const gardenHighlight = HighlightStyle.define([
  { tag: t.heading1, fontWeight: '700', fontSize: '1.4em' },
  { tag: t.heading2, fontWeight: '700', fontSize: '1.2em' },
  { tag: t.heading3, fontWeight: '700', fontSize: '1.07em' },
  { tag: [t.heading4, t.heading5, t.heading6], fontWeight: '700' },
  { tag: t.strong, fontWeight: '700' },
  { tag: t.emphasis, fontStyle: 'italic' },
  { tag: t.strikethrough, textDecoration: 'line-through' },
  { tag: t.link, color: 'var(--link)' },
  { tag: t.url, color: 'var(--text-muted)', textDecoration: 'underline' },
  { tag: t.monospace, fontFamily: 'var(--font-mono)', fontSize: '0.9em', backgroundColor: 'var(--code-bg)' },
  { tag: t.quote, color: 'var(--text-muted)' },
  { tag: [t.processingInstruction, t.meta, t.contentSeparator, t.labelName], color: 'var(--text-muted)' },
  { tag: t.comment, color: 'var(--text-muted)', fontStyle: 'italic' },
  { tag: [t.keyword, t.atom, t.bool], color: 'var(--kind-goal)' },
  { tag: [t.string, t.special(t.string)], color: 'var(--kind-source)' },
  { tag: [t.number, t.literal], color: 'var(--kind-person)' },
  { tag: t.invalid, color: 'var(--error-fg)' },
]);
