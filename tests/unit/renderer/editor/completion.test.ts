// @vitest-environment jsdom
import './jsdom-layout';
import { CompletionContext, type Completion as CmCompletion, type CompletionResult } from '@codemirror/autocomplete';
import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { ensureSyntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Completion } from '../../../../shared/api';
import type { GardenPath } from '../../../../shared/types';
import { gardenCompletions, type CompletionDeps } from '../../../../renderer/src/editor/completion';

const p = (s: string) => s as GardenPath;

function deps(overrides: Partial<CompletionDeps> = {}): CompletionDeps {
  return {
    complete: vi.fn(async () => [] as Completion[]),
    headings: vi.fn(async () => [] as string[]),
    tags: vi.fn(async () => [{ tag: 'phonics', count: 4 }, { tag: 'pln', count: 2 }]),
    ...overrides,
  };
}

let views: EditorView[] = [];
afterEach(() => {
  for (const view of views) view.destroy();
  views = [];
});

/** An editor holding `doc` with the cursor at `|`. */
function editorAt(docWithCursor: string): EditorView {
  const pos = docWithCursor.indexOf('|');
  const doc = docWithCursor.replace('|', '');
  const state = EditorState.create({ doc, selection: { anchor: pos }, extensions: [markdown({ base: markdownLanguage })] });
  ensureSyntaxTree(state, state.doc.length, 1000);
  const view = new EditorView({ state, parent: document.body });
  views.push(view);
  return view;
}

async function complete(view: EditorView, source: ReturnType<typeof gardenCompletions>): Promise<CompletionResult | null> {
  return source(new CompletionContext(view.state, view.state.selection.main.head, false));
}

function pick(view: EditorView, result: CompletionResult, option: CmCompletion): void {
  const apply = option.apply;
  if (typeof apply !== 'function') throw new Error('expected an apply function');
  apply(view, option, result.from, view.state.selection.main.head);
}

describe('[[ completion', () => {
  const found: Completion[] = [
    { path: p('notes/Scaffolding.md'), kind: 'note', title: 'Scaffolding' },
    { path: p('people/Maya Chen.md'), kind: 'person', title: 'Maya Chen', alias: 'Dr. Chen' },
    { path: p('sources/Sold a Story.md'), kind: 'source', title: 'Sold a Story: How Teaching Kids to Read Went So Wrong' },
  ];

  it('asks the core with what follows [[ and keeps its ranking, each with its kind', async () => {
    const d = deps({ complete: vi.fn(async () => found) });
    const view = editorAt('See [[sca|');
    const result = await complete(view, gardenCompletions(d));
    expect(d.complete).toHaveBeenCalledWith('sca');
    expect(result?.from).toBe(6);
    expect(result?.filter).toBe(false);
    expect(result?.options.map((o) => o.label)).toEqual(['Scaffolding', 'Dr. Chen', 'Sold a Story: How Teaching Kids to Read Went So Wrong']);
    expect(result?.options.map((o) => o.type)).toEqual(['plant-note', 'plant-person', 'plant-source']);
    expect(result?.options[1]?.detail).toBe('Person · alias of Maya Chen');
    const boosts = result?.options.map((o) => o.boost ?? 0) ?? [];
    expect([...boosts].sort((a, b) => b - a)).toEqual(boosts);
  });

  it('inserts the file name, and the alias as the label when matched through it', async () => {
    const d = deps({ complete: vi.fn(async () => found) });
    const view = editorAt('See [[sold|');
    const result = (await complete(view, gardenCompletions(d)))!;
    pick(view, result, result.options[2]!);
    expect(view.state.doc.toString()).toBe('See [[Sold a Story]]');
    expect(view.state.selection.main.head).toBe(view.state.doc.length);

    const view2 = editorAt('Ask [[dr|]] today');
    const result2 = (await complete(view2, gardenCompletions(d)))!;
    pick(view2, result2, result2.options[1]!);
    // The `]]` already there is reused, not doubled.
    expect(view2.state.doc.toString()).toBe('Ask [[Maya Chen|Dr. Chen]] today');
  });

  it('tells two files with one name apart by their path', async () => {
    const twins: Completion[] = [
      { path: p('notes/Index.md'), kind: 'note', title: 'Index' },
      { path: p('archive/Index.md'), kind: 'note', title: 'Index' },
    ];
    const view = editorAt('[[ind|');
    const result = (await complete(view, gardenCompletions(deps({ complete: async () => twins }))))!;
    pick(view, result, result.options[1]!);
    expect(view.state.doc.toString()).toBe('[[archive/Index]]');
  });

  it('stays quiet when the core cannot answer, and inside code', async () => {
    const failing = deps({ complete: async () => Promise.reject(new Error('not available in this version yet')) });
    expect(await complete(editorAt('[[x|'), gardenCompletions(failing))).toBeNull();
    const d = deps({ complete: vi.fn(async () => found) });
    expect(await complete(editorAt('`[[sca|`'), gardenCompletions(d))).toBeNull();
    expect(await complete(editorAt('```\n[[sca|\n```'), gardenCompletions(d))).toBeNull();
  });
});

describe('heading completion', () => {
  it('completes the headings of the target note after [[Target#', async () => {
    const d = deps({ headings: vi.fn(async () => ['Definition', 'Open questions']) });
    const view = editorAt('[[Zone of proximal development#Def|');
    const result = (await complete(view, gardenCompletions(d)))!;
    expect(d.headings).toHaveBeenCalledWith('Zone of proximal development');
    expect(result.options.map((o) => o.label)).toEqual(['Definition', 'Open questions']);
    pick(view, result, result.options[0]!);
    expect(view.state.doc.toString()).toBe('[[Zone of proximal development#Definition]]');
  });

  it('uses this note\'s own headings after [[#', async () => {
    const d = deps();
    const view = editorAt('# Top\n\n## Second\n\nsee [[#|');
    const result = (await complete(view, gardenCompletions(d)))!;
    expect(d.headings).not.toHaveBeenCalled();
    expect(result.options.map((o) => o.label)).toEqual(['Top', 'Second']);
  });
});

describe('tag completion', () => {
  it('offers the garden\'s tags after # and inserts one', async () => {
    const d = deps();
    const view = editorAt('about #ph|');
    const source = gardenCompletions(d);
    const result = (await complete(view, source))!;
    expect(result.from).toBe(7);
    expect(result.options.map((o) => o.label)).toEqual(['phonics', 'pln']);
    expect(result.validFor instanceof RegExp && result.validFor.test('phon')).toBe(true);
    // Asked once, then cached for a while.
    await complete(editorAt('#p|'), source);
    expect(d.tags).toHaveBeenCalledTimes(1);
  });

  it('does not pop up for a heading being typed', async () => {
    expect(await complete(editorAt('#|'), gardenCompletions(deps()))).toBeNull();
  });
});
