/**
 * Completion inside the editor: `[[` suggests notes, people, sources and goals (ranked by the
 * core's fuzzy search, so the list keeps the core's order), `[[Target#` the headings of that
 * target, and `#` at the start of a word the garden's tags. Keyboard-driven through
 * CodeMirror's completion keymap (arrows, Enter, Escape).
 *
 * A picked plant is inserted by its file name, which is what the core resolves
 * (`[[Maya Chen]]`); a match through an alias keeps the alias as the label
 * (`[[Maya Chen|Dr. Chen]]`), as Obsidian does. A `]]` already after the cursor is reused.
 */
import type { Completion as CmCompletion, CompletionContext, CompletionResult, CompletionSource } from '@codemirror/autocomplete';
import { syntaxTree } from '@codemirror/language';
import type { EditorState } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import type { Completion, TagCount } from '../../../shared/api';
import type { PlantKind } from '../../../shared/types';
import { KIND_LABELS } from '../components/labels';
import { completionTrigger, headingsOf, linkTargetOf } from './link-context';

/** What the sources ask of the garden; a fake in tests, the client in the app. */
export interface CompletionDeps {
  complete(prefix: string): Promise<Completion[]>;
  /** Headings of the note a link target resolves to from this note; [] when it does not resolve. */
  headings(target: string): Promise<string[]>;
  tags(): Promise<TagCount[]>;
}

const CODE_NODES = new Set(['InlineCode', 'FencedCode', 'CodeBlock', 'CodeText', 'CodeMark', 'HTMLBlock', 'Comment']);

function inCode(state: EditorState, pos: number): boolean {
  for (let node: ReturnType<ReturnType<typeof syntaxTree>['resolveInner']> | null = syntaxTree(state).resolveInner(pos, -1); node; node = node.parent) {
    if (CODE_NODES.has(node.name)) return true;
  }
  return false;
}

/** Replaces `from..to` with `insert`, swallowing a `]]` that already follows. */
function insertLink(view: EditorView, from: number, to: number, insert: string): void {
  const closing = view.state.sliceDoc(to, to + 2) === ']]' ? 2 : 0;
  const text = `${insert}]]`;
  view.dispatch({
    changes: { from, to: to + closing, insert: text },
    selection: { anchor: from + text.length },
    userEvent: 'input.complete',
    scrollIntoView: true,
  });
}

/** How a plant suggestion looks and what it inserts. */
export function plantOption(item: Completion, index: number, ambiguous: ReadonlySet<string>): CmCompletion {
  const stem = linkTargetOf(item.path);
  // Two files with one name: the path (without .md) is what tells them apart.
  const target = ambiguous.has(stem.toLowerCase()) ? item.path.replace(/\.md$/i, '') : stem;
  const insert = item.alias ? `${target}|${item.alias}` : target;
  const kind: PlantKind = item.kind;
  return {
    label: item.alias ?? item.title,
    detail: item.alias ? `${KIND_LABELS[kind]} · alias of ${item.title}` : KIND_LABELS[kind],
    info: item.path,
    type: `plant-${kind}`,
    boost: Math.max(-99, 99 - index),
    apply: (view, _completion, from, to) => insertLink(view, from, to, insert),
  };
}

export function gardenCompletions(deps: CompletionDeps): CompletionSource {
  let tagCache: { at: number; tags: Promise<TagCount[]> } | null = null;
  const tags = () => {
    const now = Date.now();
    if (!tagCache || now - tagCache.at > 10_000) tagCache = { at: now, tags: deps.tags() };
    return tagCache.tags;
  };

  return async (context: CompletionContext): Promise<CompletionResult | null> => {
    const line = context.state.doc.lineAt(context.pos);
    const trigger = completionTrigger(line.text.slice(0, context.pos - line.from), line.from);
    if (!trigger || inCode(context.state, context.pos)) return null;

    if (trigger.kind === 'note') {
      let found: Completion[];
      try {
        found = await deps.complete(trigger.query);
      } catch {
        return null; // completion is a help, never an error dialog
      }
      if (context.aborted) return null;
      const stems = new Map<string, number>();
      for (const item of found) stems.set(linkTargetOf(item.path).toLowerCase(), (stems.get(linkTargetOf(item.path).toLowerCase()) ?? 0) + 1);
      const ambiguous = new Set([...stems].filter(([, n]) => n > 1).map(([stem]) => stem));
      const seen = new Set<string>();
      const options = found
        .filter((item) => {
          const key = `${item.path}|${item.alias ?? ''}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        })
        .map((item, i) => plantOption(item, i, ambiguous));
      return { from: trigger.from, options, filter: false };
    }

    if (trigger.kind === 'heading') {
      let headings: string[];
      try {
        headings = trigger.target === '' ? headingsOf(context.state.doc.toString()) : await deps.headings(trigger.target);
      } catch {
        return null;
      }
      if (context.aborted || headings.length === 0) return null;
      return {
        from: trigger.from,
        options: [...new Set(headings)].map((heading) => ({
          label: heading,
          type: 'heading',
          detail: 'heading',
          apply: (view: EditorView, _c: CmCompletion, from: number, to: number) => insertLink(view, from, to, heading),
        })),
        validFor: /^[^\]|#^]*$/,
      };
    }

    let all: TagCount[];
    try {
      all = await tags();
    } catch {
      tagCache = null;
      return null;
    }
    if (context.aborted || all.length === 0) return null;
    return {
      from: trigger.from,
      options: all.map((tag) => ({ label: tag.tag, type: 'tag', detail: `${tag.count}` })),
      validFor: /^[\p{L}\p{N}_\-/]*$/u,
    };
  };
}
