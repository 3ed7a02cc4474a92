// @vitest-environment jsdom
import './jsdom-layout';
import { redo, undo } from '@codemirror/commands';
import { EditorView, runScopeHandlers } from '@codemirror/view';
import { act, cleanup, render } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteEditor, type EditorHandle, type NoteEditorProps } from '../../../../renderer/src/editor/NoteEditor';

afterEach(cleanup);

const TEXT = '---\ntags: [a]\n---\n# Title\n\nSee [[Scaffolding]] here.\n';

function mount(overrides: Partial<NoteEditorProps> = {}) {
  const handle = createRef<EditorHandle>();
  const props: NoteEditorProps = {
    initialText: TEXT,
    readOnly: false,
    completion: { complete: async () => [], headings: async () => [], tags: async () => [] },
    onChange: vi.fn(),
    onBlur: vi.fn(),
    onFollowLink: vi.fn(),
    onSaveNow: vi.fn(),
    foldFrontmatter: true,
    handle,
    label: 'Text of Title',
    ...overrides,
  };
  const result = render(<NoteEditor {...props} />);
  const view = handle.current?.view();
  if (!view) throw new Error('no editor view');
  return { ...result, props, handle: handle.current!, view };
}

function typeAt(view: EditorView, pos: number, text: string) {
  act(() => view.dispatch({ changes: { from: pos, insert: text }, userEvent: 'input.type' }));
}

describe('NoteEditor', () => {
  it('shows the text, labelled, with the cursor in the body and the YAML folded', () => {
    const { view, getByTestId, handle } = mount();
    expect(getByTestId('note-editor').querySelector('.cm-content')?.getAttribute('aria-label')).toBe('Text of Title');
    expect(view.state.doc.toString()).toBe(TEXT);
    expect(view.state.selection.main.head).toBe(TEXT.indexOf('# Title'));
    expect(handle.rawYamlShown()).toBe(false);
    act(() => handle.showRawYaml(true));
    expect(handle.rawYamlShown()).toBe(true);
  });

  it('reports own edits, and versions from disk as not own', () => {
    const onChange = vi.fn();
    const { view, handle } = mount({ onChange });
    typeAt(view, view.state.doc.length, 'more');
    expect(onChange).toHaveBeenLastCalledWith(`${TEXT}more`, true);
    act(() => handle.setText(`${TEXT}more\nfrom disk`, { fromDisk: true }));
    expect(onChange).toHaveBeenLastCalledWith(`${TEXT}more\nfrom disk`, false);
  });

  it('keeps undo history across versions adopted from disk (the state is never replaced)', () => {
    const { view, handle } = mount();
    typeAt(view, view.state.doc.length, 'mine');
    act(() => handle.setText(`${TEXT}theirs`, { fromDisk: true }));
    expect(view.state.doc.toString()).toBe(`${TEXT}theirs`);
    act(() => {
      undo(view);
    });
    expect(view.state.doc.toString()).toBe(`${TEXT}mine`);
    act(() => {
      undo(view);
    });
    expect(view.state.doc.toString()).toBe(TEXT);
    act(() => {
      redo(view);
      redo(view);
    });
    expect(view.state.doc.toString()).toBe(`${TEXT}theirs`);
  });

  it('replaces only what differs, so the cursor before the change stays put', () => {
    const { view, handle } = mount();
    act(() => view.dispatch({ selection: { anchor: 5 } }));
    act(() => handle.setText(TEXT.replace('here.', 'there.'), { fromDisk: true }));
    expect(view.state.selection.main.head).toBe(5);
  });

  it('follows the wikilink under the cursor with Mod-Enter, saves with Mod-S', () => {
    const onFollowLink = vi.fn();
    const onSaveNow = vi.fn();
    const { view } = mount({ onFollowLink, onSaveNow });
    act(() => view.dispatch({ selection: { anchor: TEXT.indexOf('Scaffolding') + 2 } }));
    const mod = navigator.platform.startsWith('Mac') ? { metaKey: true } : { ctrlKey: true };
    act(() => {
      runScopeHandlers(view, new KeyboardEvent('keydown', { key: 'Enter', ...mod }), 'editor');
    });
    expect(onFollowLink).toHaveBeenCalledWith(expect.objectContaining({ target: 'Scaffolding' }));
    act(() => {
      runScopeHandlers(view, new KeyboardEvent('keydown', { key: 's', ...mod }), 'editor');
    });
    expect(onSaveNow).toHaveBeenCalled();
  });

  it('is read-only when asked, and can become writable', () => {
    const { view, rerender, props } = mount({ readOnly: true });
    expect(view.state.readOnly).toBe(true);
    rerender(<NoteEditor {...props} readOnly={false} />);
    expect(view.state.readOnly).toBe(false);
  });

  it('marks wikilinks and the frontmatter lines', () => {
    const { container } = mount({ foldFrontmatter: false });
    expect(container.querySelector('.cm-wikilink')?.textContent).toBe('[[Scaffolding]]');
    expect(container.querySelectorAll('.cm-frontmatter').length).toBe(3);
  });
});
