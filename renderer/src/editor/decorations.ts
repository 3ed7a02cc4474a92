/**
 * What the editor marks beyond markdown highlighting: wikilinks (so they look like links and
 * take Ctrl/Cmd-click), the frontmatter lines (a quiet band: these are the properties), and
 * the frontmatter fold behind the "Raw YAML" toggle.
 */
import { codeFolding, foldEffect, foldedRanges, unfoldEffect } from '@codemirror/language';
import { RangeSetBuilder, type EditorState, type Extension } from '@codemirror/state';
import { Decoration, EditorView, MatchDecorator, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';

// The same rule as markdown/wikilink-syntax.ts (only `]]` closes, no line breaks inside).
const wikilinkMatcher = new MatchDecorator({
  regexp: /!?\[\[(?:[^[\]\r\n]|\](?!\]))+\]\]/g,
  decoration: Decoration.mark({ class: 'cm-wikilink' }),
});

const wikilinkMarks = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = wikilinkMatcher.createDeco(view);
    }
    update(update: ViewUpdate) {
      this.decorations = wikilinkMatcher.updateDeco(update, this.decorations);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

/** Adds `cm-mod-held` to the editor while Ctrl (Cmd on macOS) is down, so links show they can be followed. */
const modifierClass = ViewPlugin.fromClass(
  class {
    constructor(private readonly view: EditorView) {
      window.addEventListener('keydown', this.onKey);
      window.addEventListener('keyup', this.onKey);
      window.addEventListener('blur', this.onBlur);
    }
    onKey = (event: KeyboardEvent) => {
      this.view.dom.classList.toggle('cm-mod-held', event.ctrlKey || event.metaKey);
    };
    onBlur = () => this.view.dom.classList.remove('cm-mod-held');
    destroy() {
      window.removeEventListener('keydown', this.onKey);
      window.removeEventListener('keyup', this.onKey);
      window.removeEventListener('blur', this.onBlur);
    }
  },
);

export function wikilinkDecorations(): Extension {
  return [wikilinkMarks, modifierClass];
}

const MAX_FRONTMATTER_LINES = 2000;

/**
 * The frontmatter's lines: `open` is the first `---` line, `close` the closing one. Read from
 * the document's lines (not the whole text), so it stays cheap on every keystroke.
 */
export function frontmatterLines(state: EditorState): { open: number; close: number } | null {
  const doc = state.doc;
  const first = doc.line(1).text.replace(/^\ufeff/, '');
  if (first !== '---' || doc.lines < 2) return null;
  const last = Math.min(doc.lines, MAX_FRONTMATTER_LINES);
  for (let n = 2; n <= last; n += 1) {
    const text = doc.line(n).text;
    if (text === '---' || text === '...') return { open: 1, close: n };
  }
  return null;
}

const frontmatterLine = Decoration.line({ class: 'cm-frontmatter' });

const frontmatterBand = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = this.build(view.state);
    }
    update(update: ViewUpdate) {
      if (update.docChanged) this.decorations = this.build(update.state);
    }
    build(state: EditorState): DecorationSet {
      const lines = frontmatterLines(state);
      const builder = new RangeSetBuilder<Decoration>();
      if (lines) for (let n = lines.open; n <= lines.close; n += 1) builder.add(state.doc.line(n).from, state.doc.line(n).from, frontmatterLine);
      return builder.finish();
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

export function frontmatterDecorations(): Extension {
  return [
    frontmatterBand,
    codeFolding({
      placeholderDOM(_view, onclick) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'cm-foldPlaceholder';
        button.textContent = 'properties — show raw YAML';
        button.title = 'The properties are edited in the panel above; click to edit the YAML here';
        button.addEventListener('click', onclick);
        return button;
      },
    }),
  ];
}

/** The range the frontmatter fold hides: after the opening `---` to the end of the closing one. */
function frontmatterFoldRange(state: EditorState): { from: number; to: number } | null {
  const lines = frontmatterLines(state);
  if (!lines) return null;
  return { from: state.doc.line(lines.open).to, to: state.doc.line(lines.close).to };
}

export function isFrontmatterFolded(state: EditorState): boolean {
  const range = frontmatterFoldRange(state);
  if (!range) return false;
  let folded = false;
  foldedRanges(state).between(range.from, range.from + 1, (from) => {
    if (from === range.from) folded = true;
  });
  return folded;
}

/** Folds or unfolds the frontmatter; with `focus`, puts the cursor on its first key. */
export function setFrontmatterFolded(view: EditorView, fold: boolean, focus = false): void {
  const range = frontmatterFoldRange(view.state);
  if (!range) return;
  const effects = [];
  if (fold && !isFrontmatterFolded(view.state)) effects.push(foldEffect.of(range));
  if (!fold) {
    foldedRanges(view.state).between(range.from, range.to, (from, to) => {
      effects.push(unfoldEffect.of({ from, to }));
    });
  }
  const selection = !fold && focus ? { anchor: view.state.doc.line(2).from } : undefined;
  view.dispatch({ effects, ...(selection ? { selection, scrollIntoView: true } : {}) });
  if (focus) view.focus();
}
