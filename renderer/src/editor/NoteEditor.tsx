/**
 * The CodeMirror 6 editor for one note. Its EditorState is created once, when the component
 * mounts (the note page is keyed by path, so switching notes mounts a new one); after that
 * every change, including a version adopted from disk, is a transaction. So undo/redo
 * survives autosave and outside changes, and the cursor stays where it was.
 *
 * The parent drives it through an `EditorHandle` (read the text, replace it as an outside or
 * own change, fold/unfold the YAML, focus) and hears about it through callbacks kept in refs,
 * so a new callback never rebuilds the editor.
 */
import { autocompletion, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { syntaxHighlighting } from '@codemirror/language';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { Annotation, Compartment, EditorState, Transaction } from '@codemirror/state';
import { drawSelection, dropCursor, EditorView, keymap, placeholder } from '@codemirror/view';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { Wikilink } from '../markdown/wikilink-syntax';
import { gardenCompletions, type CompletionDeps } from './completion';
import { frontmatterDecorations, frontmatterLines, isFrontmatterFolded, setFrontmatterFolded, wikilinkDecorations } from './decorations';
import { wikilinkAt } from './link-context';
import { minimalChange } from './text-change';
import { gardenHighlight, gardenTheme } from './theme';
import '../styles/editor.css';

/** Marks a transaction that brings in a version from disk: not an edit to save. */
export const fromDisk = Annotation.define<boolean>();

export interface EditorHandle {
  getText(): string;
  /** Replaces the text with the smallest change; `fromDisk` when it is a version read from disk. */
  setText(text: string, options: { fromDisk: boolean }): void;
  focus(): void;
  /** Unfolds (and focuses) or folds the YAML frontmatter at the top. */
  showRawYaml(show: boolean): void;
  rawYamlShown(): boolean;
  view(): EditorView | null;
}

export interface NoteEditorProps {
  initialText: string;
  readOnly: boolean;
  completion: CompletionDeps;
  /** Every change of the text; `own` is false for versions adopted from disk. */
  onChange(text: string, own: boolean): void;
  onBlur(): void;
  /** Ctrl/Cmd-click or Mod-Enter on a wikilink. */
  onFollowLink(link: Wikilink): void;
  onSaveNow(): void;
  /** Fold the frontmatter at first (the properties panel shows it). */
  foldFrontmatter: boolean;
  handle: Ref<EditorHandle>;
  label: string;
}

function linkAtCursor(state: EditorState, pos: number): Wikilink | null {
  const line = state.doc.lineAt(pos);
  return wikilinkAt(line.text, pos - line.from);
}

export function NoteEditor(props: NoteEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const callbacks = useRef(props);
  const readOnlyCompartment = useRef(new Compartment());
  useEffect(() => {
    callbacks.current = props;
  });

  useImperativeHandle(
    props.handle,
    () => ({
      getText: () => viewRef.current?.state.doc.toString() ?? '',
      setText(text, options) {
        const view = viewRef.current;
        if (!view) return;
        const change = minimalChange(view.state.doc.toString(), text);
        if (!change) return;
        view.dispatch({
          changes: change,
          annotations: [fromDisk.of(options.fromDisk), Transaction.userEvent.of(options.fromDisk ? 'input.disk' : 'input.replace')],
        });
      },
      focus: () => viewRef.current?.focus(),
      showRawYaml(show) {
        const view = viewRef.current;
        if (view) setFrontmatterFolded(view, !show, show);
      },
      rawYamlShown: () => (viewRef.current ? !isFrontmatterFolded(viewRef.current.state) : false),
      view: () => viewRef.current,
    }),
    [],
  );

  useEffect(() => {
    const parent = host.current;
    if (!parent) return;
    const initial = callbacks.current;
    const completionDeps: CompletionDeps = {
      complete: (prefix) => callbacks.current.completion.complete(prefix),
      headings: (target) => callbacks.current.completion.headings(target),
      tags: () => callbacks.current.completion.tags(),
    };
    const follow = (view: EditorView, pos: number): boolean => {
      const link = linkAtCursor(view.state, pos);
      if (!link) return false;
      callbacks.current.onFollowLink(link);
      return true;
    };
    const state = EditorState.create({
      doc: initial.initialText,
      extensions: [
        history(),
        drawSelection(),
        dropCursor(),
        EditorView.lineWrapping,
        markdown({ base: markdownLanguage, completeHTMLTags: false }),
        syntaxHighlighting(gardenHighlight),
        gardenTheme,
        search({ top: true }),
        highlightSelectionMatches(),
        autocompletion({ override: [gardenCompletions(completionDeps)], icons: true, closeOnBlur: true }),
        wikilinkDecorations(),
        frontmatterDecorations(),
        placeholder('Start writing… [[ links a note, # a tag'),
        readOnlyCompartment.current.of(EditorState.readOnly.of(initial.readOnly)),
        keymap.of([
          { key: 'Mod-s', preventDefault: true, run: () => (callbacks.current.onSaveNow(), true) },
          { key: 'Mod-Enter', run: (view) => follow(view, view.state.selection.main.head) },
          ...completionKeymap,
          ...historyKeymap,
          ...searchKeymap,
          ...defaultKeymap,
        ]),
        EditorView.contentAttributes.of({ 'aria-label': initial.label, spellcheck: 'true', autocapitalize: 'sentences' }),
        EditorView.domEventHandlers({
          mousedown(event, view) {
            if (event.button !== 0 || !(event.ctrlKey || event.metaKey)) return false;
            const pos = view.posAtCoords({ x: event.clientX, y: event.clientY });
            if (pos === null || !follow(view, pos)) return false;
            event.preventDefault();
            return true;
          },
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) {
            const own = update.transactions.some((tr) => tr.docChanged && !tr.annotation(fromDisk));
            callbacks.current.onChange(update.state.doc.toString(), own);
          }
          if (update.focusChanged && !update.view.hasFocus) callbacks.current.onBlur();
        }),
      ],
    });
    const view = new EditorView({ state, parent });
    viewRef.current = view;
    // Start writing in the body, with the properties folded away when the panel shows them.
    const body = bodyStart(view.state);
    view.dispatch({ selection: { anchor: body } });
    if (initial.foldFrontmatter) setFrontmatterFolded(view, true);
    return () => {
      viewRef.current = null;
      view.destroy();
    };
  }, []);

  useEffect(() => {
    viewRef.current?.dispatch({ effects: readOnlyCompartment.current.reconfigure(EditorState.readOnly.of(props.readOnly)) });
  }, [props.readOnly]);

  return <div className="note-editor" data-testid="note-editor" ref={host} data-readonly={props.readOnly ? 'true' : undefined} />;
}

/** Where the body begins: after the frontmatter's closing line, else the start. */
function bodyStart(state: EditorState): number {
  const lines = frontmatterLines(state);
  if (!lines) return 0;
  return lines.close < state.doc.lines ? state.doc.line(lines.close + 1).from : state.doc.line(lines.close).to;
}
