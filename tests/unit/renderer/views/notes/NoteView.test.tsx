// @vitest-environment jsdom
import '../../editor/jsdom-layout';
import { redo, undo } from '@codemirror/commands';
import { EditorView, runScopeHandlers } from '@codemirror/view';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GardenError, type Mention, type NoteDocument, type WriteResult } from '../../../../../shared/api';
import { commands } from '../../../../../renderer/src/commands/registry';
import { storageDrafts } from '../../../../../renderer/src/editor/drafts';
import { clearToasts } from '../../../../../renderer/src/views/notes/toasts';
import type { Handlers } from '../../helpers/fake-transport';
import { change, gardenInfo, gp, noteDoc, plant, snapshot } from '../../helpers/plants';
import { renderApp } from '../../helpers/render-app';

afterEach(() => {
  cleanup();
  clearToasts();
  window.localStorage.clear();
});

const PATH = 'notes/Zone of proximal development.md';
const HASH = '#/note/notes/Zone%20of%20proximal%20development.md';
const ZPD_TEXT = '---\naliases: [ZPD]\nsecret_key: hidden-value\n---\n# Zone of proximal development\n\nSee [[Scaffolding]] and [[Nowhere]].\n';

/**
 * A small garden in memory that answers like the core: hashes per version, base-hash
 * writes that refuse a stale base, trash and rename.
 */
function fakeGarden(files: Record<string, string>, extra: Partial<Record<string, Partial<NoteDocument>>> = {}) {
  const disk = new Map(Object.entries(files));
  const versions = new Map<string, number>();
  const hashOf = (path: string) => `${path}@${versions.get(path) ?? 0}`;
  const trash = new Map<string, { path: string; text: string }>();
  const writes: { path: string; text: string; baseHash: string }[] = [];
  const garden = {
    disk,
    writes,
    hashOf,
    /** Another program writes the file. */
    outside(path: string, text: string) {
      disk.set(path, text);
      versions.set(path, (versions.get(path) ?? 0) + 1);
    },
    handlers: {
      'garden.snapshot': () => snapshot([...disk.keys()].map((p) => plant(p))),
      'note.read': ({ path }) => {
        const text = disk.get(path);
        if (text === undefined) throw new GardenError('not-found', `"${path}" does not exist.`);
        return noteDoc(path, { text, hash: hashOf(path), ...extra[path] });
      },
      'note.write': ({ path, text, baseHash }): WriteResult => {
        writes.push({ path, text, baseHash });
        const current = disk.has(path) ? hashOf(path) : '';
        if (current !== baseHash) return { status: 'conflict', diskText: disk.get(path) ?? '', diskHash: current };
        disk.set(path, text);
        versions.set(path, (versions.get(path) ?? 0) + 1);
        return { status: 'saved', hash: hashOf(path) };
      },
      'note.delete': ({ path }) => {
        const trashed = `.garden/trash/t1/${path}`;
        trash.set(trashed, { path, text: disk.get(path) ?? '' });
        disk.delete(path);
        return { trashed };
      },
      'trash.restore': ({ trashPath }) => {
        const entry = trash.get(trashPath);
        if (!entry) throw new GardenError('not-found', 'Not in the trash.');
        disk.set(entry.path, entry.text);
        return { path: gp(entry.path) };
      },
      'note.rename': ({ path, newPath }) => {
        disk.set(newPath, disk.get(path) ?? '');
        disk.delete(path);
        return { path: gp(newPath), rewritten: [gp('notes/A.md'), gp('notes/B.md')] };
      },
      'note.mentions': () => [],
      'link.resolve': () => ({ path: null }),
      'note.create': ({ title }) => {
        const path = `${title}.md`;
        disk.set(path, `# ${title}\n`);
        return { path: gp(path) };
      },
    } satisfies Handlers,
  };
  return garden;
}

function editorView(): EditorView {
  const dom = screen.getByTestId('note-editor').querySelector('.cm-editor');
  const view = dom instanceof HTMLElement ? EditorView.findFromDOM(dom) : null;
  if (!view) throw new Error('no editor');
  return view;
}

function type(text: string, at?: number) {
  const view = editorView();
  act(() => view.dispatch({ changes: { from: at ?? view.state.doc.length, insert: text }, userEvent: 'input.type' }));
}

const saved = () => waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'), { timeout: 3000 });

/** Renders the app on a note and waits until the garden is adopted (which reopens the note) and the editor is up. */
async function open(handlers: Handlers, hash = HASH) {
  const app = renderApp(handlers, hash);
  await screen.findByTestId('garden-name');
  await waitFor(() => editorView());
  return app;
}

describe('the note page', () => {
  it('shows title, properties, the editor, the preview without frontmatter, backlinks and outgoing links', async () => {
    const garden = fakeGarden({ [PATH]: ZPD_TEXT }, {
      [PATH]: {
        title: 'Zone of proximal development',
        backlinks: [
          { from: gp('people/Helen.md'), title: 'Helen', line: 0, context: '(in its properties)' },
          { from: gp('notes/Scaffolding.md'), title: 'Scaffolding', line: 3, context: 'Works inside the [[Zone of proximal development|ZPD]].' },
        ],
        outgoing: [
          { target: 'Scaffolding', resolved: gp('notes/Scaffolding.md'), embed: false },
          { target: 'Nowhere', resolved: null, embed: false },
        ],
      },
    });
    await open({
      ...garden.handlers,
      'garden.snapshot': () => snapshot([plant(PATH, { title: 'Zone of proximal development', tags: ['vygotsky'] })]),
    });
    expect(screen.getByTestId('note-title').textContent).toBe('Zone of proximal development');
    expect(editorView().state.doc.toString()).toBe(ZPD_TEXT);
    expect(screen.getByTestId('save-state').textContent).toBe('Saved');

    const preview = screen.getByTestId('note-preview');
    expect(preview.textContent).not.toContain('secret_key');
    expect(preview.querySelector('h1')).toBeNull();
    expect(within(preview).getByRole('link', { name: 'Scaffolding' }).getAttribute('href')).toBe('#/note/notes/Scaffolding.md');
    expect(within(preview).getByRole('link', { name: 'Nowhere' }).className).toContain('seed');

    const properties = screen.getByTestId('properties-panel');
    expect((within(properties).getByLabelText('Aliases') as HTMLInputElement).value).toBe('ZPD');
    expect(properties.textContent).toContain('Also in the YAML, kept as written: secret_key');

    expect(screen.getAllByTestId('backlink')).toHaveLength(2);
    expect(within(screen.getByTestId('outgoing')).getByRole('link', { name: /Nowhere/ }).className).toContain('seed');
    expect(await within(screen.getByTestId('mentions')).findByText('No unlinked mentions of this plant.')).toBeTruthy();
  });

  it('autosaves typing with the base hash, ignores the echo, and keeps undo', async () => {
    const garden = fakeGarden({ [PATH]: ZPD_TEXT });
    const { transport } = await open(garden.handlers);
    const view = editorView();
    type('More thoughts.\n');
    expect(screen.getByTestId('save-state').textContent).toBe('Unsaved changes');
    await saved();
    expect(garden.writes).toEqual([{ path: PATH, text: `${ZPD_TEXT}More thoughts.\n`, baseHash: `${PATH}@0` }]);
    // The core reports our own save; the page reads the note again and changes nothing.
    act(() => transport.emit('garden.changed', change({ changed: [gp(PATH)], plants: [plant(PATH)] })));
    await waitFor(() => expect(transport.calls.filter((c) => c.name === 'note.read').length).toBeGreaterThan(1));
    expect(screen.queryByTestId('conflict-panel')).toBeNull();
    expect(editorView()).toBe(view);
    act(() => {
      undo(view);
    });
    expect(view.state.doc.toString()).toBe(ZPD_TEXT);
    act(() => {
      redo(view);
    });
    expect(view.state.doc.toString()).toBe(`${ZPD_TEXT}More thoughts.\n`);
  });

  it('follows an outside edit while nothing is unsaved', async () => {
    const garden = fakeGarden({ [PATH]: ZPD_TEXT });
    const { transport } = await open(garden.handlers);
    garden.outside(PATH, `${ZPD_TEXT}Edited elsewhere.\n`);
    act(() => transport.emit('garden.changed', change({ changed: [gp(PATH)] })));
    await waitFor(() => expect(editorView().state.doc.toString()).toBe(`${ZPD_TEXT}Edited elsewhere.\n`));
    await waitFor(() => expect(screen.getByTestId('note-preview').textContent).toContain('Edited elsewhere.'));
    expect(screen.queryByTestId('conflict-panel')).toBeNull();
    expect(garden.writes).toHaveLength(0);
  });

  it('shows both versions when an outside edit meets unsaved edits; keep mine writes over it knowingly', async () => {
    const garden = fakeGarden({ [PATH]: ZPD_TEXT });
    const { transport } = await open(garden.handlers);
    type('Mine.\n');
    garden.outside(PATH, `${ZPD_TEXT}Theirs.\n`);
    act(() => transport.emit('garden.changed', change({ changed: [gp(PATH)] })));
    const panel = await screen.findByTestId('conflict-panel');
    expect(within(panel).getByTestId('conflict-mine').textContent).toContain('Mine.');
    expect(within(panel).getByTestId('conflict-theirs').textContent).toContain('Theirs.');
    expect(screen.getByTestId('save-state').textContent).toContain('Not saved');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(garden.writes).toHaveLength(0);
    expect(garden.disk.get(PATH)).toBe(`${ZPD_TEXT}Theirs.\n`);
    fireEvent.click(within(panel).getByRole('button', { name: 'Keep mine' }));
    await saved();
    expect(garden.writes.at(-1)).toEqual({ path: PATH, text: `${ZPD_TEXT}Mine.\n`, baseHash: `${PATH}@1` });
    expect(screen.queryByTestId('conflict-panel')).toBeNull();
  });

  it('take theirs loads the disk version as an undoable change', async () => {
    const garden = fakeGarden({ [PATH]: ZPD_TEXT });
    await open(garden.handlers);
    garden.outside(PATH, `${ZPD_TEXT}Theirs.\n`);
    type('Mine.\n');
    // The autosave meets the changed file: a conflict, nothing written.
    const panel = await screen.findByTestId('conflict-panel', {}, { timeout: 3000 });
    expect(garden.disk.get(PATH)).toBe(`${ZPD_TEXT}Theirs.\n`);
    fireEvent.click(within(panel).getByRole('button', { name: 'Take theirs' }));
    const view = editorView();
    expect(view.state.doc.toString()).toBe(`${ZPD_TEXT}Theirs.\n`);
    expect(screen.getByTestId('save-state').textContent).toBe('Saved');
    act(() => {
      undo(view);
    });
    expect(view.state.doc.toString()).toBe(`${ZPD_TEXT}Mine.\n`);
  });

  it('merge by hand puts both into the editor and saves when done', async () => {
    const garden = fakeGarden({ [PATH]: ZPD_TEXT });
    const { transport } = await open(garden.handlers);
    type('Mine.\n');
    garden.outside(PATH, `${ZPD_TEXT}Theirs.\n`);
    act(() => transport.emit('garden.changed', change({ changed: [gp(PATH)] })));
    fireEvent.click(await screen.findByRole('button', { name: 'Merge by hand' }));
    const text = editorView().state.doc.toString();
    expect(text).toContain('<<<<<<< Yours');
    expect(text).toContain('Mine.');
    expect(text).toContain('Theirs.');
    expect(screen.getByTestId('conflict-panel').textContent).toContain('The markers are still in the text.');
    fireEvent.click(screen.getByRole('button', { name: 'Save merged version' }));
    await saved();
    expect(garden.disk.get(PATH)).toContain('Mine.');
    expect(garden.disk.get(PATH)).toContain('Theirs.');
  });

  it('says why a save failed and keeps the text', async () => {
    const garden = fakeGarden({ [PATH]: ZPD_TEXT });
    await open({
      ...garden.handlers,
      'note.write': () => {
        throw new GardenError('io', 'The note could not be saved: the disk is full.');
      },
    });
    type('Precious.\n');
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Not saved: The note could not be saved: the disk is full.Try again'), { timeout: 3000 });
    expect(editorView().state.doc.toString()).toContain('Precious.');
  });

  it('does not save YAML that does not parse, and says so', async () => {
    const garden = fakeGarden({ [PATH]: ZPD_TEXT });
    await open(garden.handlers);
    type('broken: [\n', ZPD_TEXT.indexOf('---\n#'));
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toMatch(/^Not saved: The properties .* cannot be read/), { timeout: 3000 });
    expect(garden.writes).toHaveLength(0);
  });

  it('opens a read-only file read-only, with the reason shown, and never writes it', async () => {
    const garden = fakeGarden({ [PATH]: '---\ntags: [a\n---\nBody\n' }, {
      [PATH]: { readOnly: true, problems: [{ kind: 'yaml', message: 'The properties (YAML frontmatter) cannot be read: bad indentation.' }] },
    });
    await open(garden.handlers);
    const banner = screen.getByTestId('note-problems');
    expect(banner.textContent).toContain('Read-only');
    expect(banner.textContent).toContain('cannot be read: bad indentation');
    expect(banner.textContent).toContain('will not change this file');
    expect(editorView().state.readOnly).toBe(true);
    expect(screen.getByTestId('save-state').textContent).toBe('Read-only');
    expect((screen.getByRole('button', { name: 'Rename' }) as HTMLButtonElement).disabled).toBe(true);
    expect(garden.writes).toHaveLength(0);
  });

  it('edits a property in place, through the editor, and saves it', async () => {
    const person = 'people/Maya Chen.md';
    const text = '---\ntype: person\nname: Maya Chen\ncircle: professional   # how we know each other\ncadence: 30\nx-plugin: keep\n---\nBody.\n';
    const garden = fakeGarden({ [person]: text }, { [person]: { kind: 'person', title: 'Maya Chen' } });
    await open(garden.handlers, '#/note/people/Maya%20Chen.md');
    const panel = screen.getByTestId('properties-panel');
    const cadence = within(panel).getByLabelText('Cadence') as HTMLInputElement;
    expect(cadence.value).toBe('30');
    fireEvent.change(cadence, { target: { value: '14' } });
    fireEvent.blur(cadence);
    fireEvent.change(within(panel).getByLabelText('Circle'), { target: { value: 'both' } });
    const expected = text.replace('cadence: 30', 'cadence: 14').replace('circle: professional', 'circle: both');
    expect(editorView().state.doc.toString()).toBe(expected);
    await saved();
    expect(garden.disk.get(person)).toBe(expected);
    // Undo takes the property edit back, like any edit.
    act(() => {
      undo(editorView());
    });
    expect(editorView().state.doc.toString()).toBe(text.replace('cadence: 30', 'cadence: 14'));
  });

  it('renames through the dialog and follows the note to its new path', async () => {
    const garden = fakeGarden({ [PATH]: ZPD_TEXT });
    const { transport } = await open(garden.handlers);
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('New path in the garden'), { target: { value: 'notes/theory/ZPD' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(window.location.hash).toBe('#/note/notes/theory/ZPD.md'));
    expect(transport.calls.find((c) => c.name === 'note.rename')?.input).toEqual({ path: PATH, newPath: 'notes/theory/ZPD.md' });
    expect((await screen.findAllByTestId('toast')).map((t) => t.textContent).join(' ')).toContain('Links rewritten in 2 files.');
  });

  it('shows the rename error in the dialog, and the note stays', async () => {
    const garden = fakeGarden({ [PATH]: ZPD_TEXT });
    await open({
      ...garden.handlers,
      'note.rename': () => {
        throw new GardenError('exists', '"notes/B.md" already exists.');
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    fireEvent.change(screen.getByLabelText('New path in the garden'), { target: { value: 'notes/B.md' } });
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Rename' }));
    expect((await within(screen.getByRole('dialog')).findByRole('alert')).textContent).toBe('"notes/B.md" already exists.');
    expect(window.location.hash).toBe(HASH);
  });

  it('deletes to the trash with an Undo that restores it', async () => {
    const garden = fakeGarden({ [PATH]: ZPD_TEXT });
    const { transport } = await open(garden.handlers);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const toast = (await screen.findAllByTestId('toast')).find((t) => t.textContent?.includes('to the trash'))!;
    expect(garden.disk.has(PATH)).toBe(false);
    act(() => transport.emit('garden.changed', change({ removed: [gp(PATH)] })));
    expect((await screen.findByTestId('note-deleted')).textContent).toContain('in the trash');
    expect(editorView().state.readOnly).toBe(true);
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(garden.disk.get(PATH)).toBe(ZPD_TEXT));
    expect(transport.calls.find((c) => c.name === 'trash.restore')?.input).toEqual({ trashPath: `.garden/trash/t1/${PATH}` });
    act(() => transport.emit('garden.changed', change({ changed: [gp(PATH)] })));
    await waitFor(() => expect(screen.queryByTestId('note-deleted')).toBeNull());
    await waitFor(() => expect(editorView().state.readOnly).toBe(false));
    expect(screen.getByTestId('save-state').textContent).toBe('Saved');
  });

  it('a note deleted outside the app keeps its text and can be written back', async () => {
    const garden = fakeGarden({ [PATH]: ZPD_TEXT });
    const { transport } = await open(garden.handlers);
    garden.disk.delete(PATH);
    act(() => transport.emit('garden.changed', change({ removed: [gp(PATH)] })));
    const banner = await screen.findByTestId('note-deleted');
    expect(banner.textContent).toContain('deleted outside the app');
    fireEvent.click(within(banner).getByRole('button', { name: 'Write it back' }));
    await waitFor(() => expect(garden.disk.get(PATH)).toBe(ZPD_TEXT));
  });

  it('follows a wikilink from the keyboard, planting a note that does not exist', async () => {
    const garden = fakeGarden({ [PATH]: ZPD_TEXT });
    const { transport } = await open(garden.handlers);
    const view = editorView();
    act(() => view.dispatch({ selection: { anchor: ZPD_TEXT.indexOf('Nowhere') + 1 } }));
    const mod = navigator.platform.startsWith('Mac') ? { metaKey: true } : { ctrlKey: true };
    act(() => {
      runScopeHandlers(view, new KeyboardEvent('keydown', { key: 'Enter', ...mod }), 'editor');
    });
    await waitFor(() => expect(window.location.hash).toBe('#/note/Nowhere.md'));
    expect(transport.calls.find((c) => c.name === 'link.resolve')?.input).toEqual({ target: 'Nowhere', from: PATH });
    expect(transport.calls.find((c) => c.name === 'note.create')?.input).toEqual({ title: 'Nowhere' });
  });

  it('plants a seed clicked in the preview', async () => {
    const garden = fakeGarden({ [PATH]: ZPD_TEXT }, { [PATH]: { outgoing: [{ target: 'Nowhere', resolved: null, embed: false }] } });
    await open(garden.handlers);
    fireEvent.click(within(screen.getByTestId('note-preview')).getByRole('link', { name: 'Nowhere' }));
    await waitFor(() => expect(window.location.hash).toBe('#/note/Nowhere.md'));
    expect(garden.disk.has('Nowhere.md')).toBe(true);
  });

  it('links an unlinked mention in another file, with its hash', async () => {
    const other = 'notes/Other.md';
    const mention: Mention = { from: gp(other), title: 'Other', line: 3, context: 'We met in the zone of proximal development today.', text: 'zone of proximal development', start: 10, end: 38 };
    const garden = fakeGarden({ [PATH]: ZPD_TEXT, [other]: '# Other\n\nWe met in the zone of proximal development today.\n' });
    const { transport } = await open({ ...garden.handlers, 'note.mentions': () => (garden.disk.get(other)?.includes('[[') ? [] : [mention]) });
    const mentions = screen.getByTestId('mentions');
    fireEvent.click(await within(mentions).findByRole('button', { name: 'Link' }));
    await waitFor(() => expect(garden.disk.get(other)).toBe('# Other\n\nWe met in the [[Zone of proximal development|zone of proximal development]] today.\n'));
    expect(transport.calls.find((c) => c.name === 'note.write')?.input).toMatchObject({ path: other, baseHash: `${other}@0` });
    expect((await within(mentions).findByRole('status')).textContent).toContain('Linked “zone of proximal development” in');
  });

  it('says so and writes nothing when the mentioning file changed meanwhile', async () => {
    const other = 'notes/Other.md';
    const mention: Mention = { from: gp(other), title: 'Other', line: 3, context: 'zone of proximal development', text: 'zone of proximal development', start: 0, end: 28 };
    const garden = fakeGarden({ [PATH]: ZPD_TEXT, [other]: '# Other\n\nzone of proximal development\n' });
    await open({
      ...garden.handlers,
      'note.mentions': () => [mention],
      'note.write': () => ({ status: 'conflict', diskText: 'changed', diskHash: 'x' }),
    });
    fireEvent.click(await within(screen.getByTestId('mentions')).findByRole('button', { name: 'Link' }));
    expect((await within(screen.getByTestId('mentions')).findByRole('status')).textContent).toContain('changed while it was being linked, so nothing was written');
  });

  it('links a mention in the open note itself through the editor (undoable, then saved)', async () => {
    const text = `${ZPD_TEXT}The zone of proximal development again.\n`;
    const line = text.split('\n').length - 1;
    const mention: Mention = { from: gp(PATH), title: 'Zone of proximal development', line, context: 'The zone of proximal development again.', text: 'zone of proximal development', start: 4, end: 32 };
    const garden = fakeGarden({ [PATH]: text });
    await open({ ...garden.handlers, 'note.mentions': () => [mention] });
    fireEvent.click(await within(screen.getByTestId('mentions')).findByRole('button', { name: 'Link' }));
    expect(editorView().state.doc.toString()).toContain('The [[Zone of proximal development|zone of proximal development]] again.');
    await saved();
    expect(garden.disk.get(PATH)).toContain('[[Zone of proximal development|zone of proximal development]]');
  });

  it('says when unlinked mentions are not available, in words', async () => {
    const garden = fakeGarden({ [PATH]: ZPD_TEXT });
    await open({
      ...garden.handlers,
      'note.mentions': () => {
        throw new GardenError('internal', 'Unlinked mentions is not available in this version yet.');
      },
    });
    expect(await within(screen.getByTestId('mentions')).findByText('Unlinked mentions is not available in this version yet.')).toBeTruthy();
  });

  it('registers its commands while open, and the mode is remembered', async () => {
    const garden = fakeGarden({ [PATH]: ZPD_TEXT });
    await open(garden.handlers);
    const listed = commands.list().map((c) => [c.id, c.shortcut]);
    expect(listed).toEqual(expect.arrayContaining([['note.rename', 'F2'], ['note.delete', undefined], ['editor.togglePreview', 'Mod+E']]));
    act(() => commands.byShortcut('Mod+E')?.run());
    expect(screen.getByTestId('note-editor').closest('.editor-pane')?.hasAttribute('hidden')).toBe(true);
    expect(window.localStorage.getItem('pln.note.viewMode')).toBe('preview');
    act(() => commands.byShortcut('F2')?.run());
    expect(screen.getByRole('dialog')).toBeTruthy();
    cleanup();
    expect(commands.list().some((c) => c.id === 'note.rename')).toBe(false);
    await open(garden.handlers);
    expect(screen.getByRole('button', { name: 'Preview', pressed: true })).toBeTruthy();
  });

  it('brings back a draft left by a closed window: saved when the file is as it was', async () => {
    const garden = fakeGarden({ [PATH]: ZPD_TEXT });
    storageDrafts(window.localStorage).put('/gardens/test', PATH, { text: `${ZPD_TEXT}Unsaved last time.\n`, baseHash: `${PATH}@0`, savedAt: 'x' });
    await open({ ...garden.handlers, 'garden.info': () => gardenInfo() });
    await waitFor(() => expect(garden.disk.get(PATH)).toBe(`${ZPD_TEXT}Unsaved last time.\n`), { timeout: 3000 });
    expect(storageDrafts(window.localStorage).get('/gardens/test', PATH)).toBeNull();
  });

  it('shows a draft against a file that changed since as a conflict', async () => {
    const garden = fakeGarden({ [PATH]: ZPD_TEXT });
    garden.outside(PATH, `${ZPD_TEXT}Changed elsewhere.\n`);
    storageDrafts(window.localStorage).put('/gardens/test', PATH, { text: `${ZPD_TEXT}Unsaved last time.\n`, baseHash: `${PATH}@0`, savedAt: 'x' });
    await open(garden.handlers);
    const panel = await screen.findByTestId('conflict-panel');
    expect(within(panel).getByTestId('conflict-mine').textContent).toContain('Unsaved last time.');
    expect(within(panel).getByTestId('conflict-theirs').textContent).toContain('Changed elsewhere.');
    expect(garden.writes).toHaveLength(0);
  });

  it('keeps a draft when the note is left with unsaved text', async () => {
    const garden = fakeGarden({ [PATH]: ZPD_TEXT });
    await open({ ...garden.handlers, 'note.write': () => new Promise<WriteResult>(() => undefined) });
    type('Not yet saved.\n');
    cleanup();
    expect(storageDrafts(window.localStorage).get('/gardens/test', PATH)?.text).toBe(`${ZPD_TEXT}Not yet saved.\n`);
  });

  it('plants a seed from its page', async () => {
    const garden = fakeGarden({});
    const { transport } = renderApp(garden.handlers, '#/seed/Dynamic%20assessment');
    fireEvent.click(await screen.findByRole('button', { name: 'Plant this note' }));
    await waitFor(() => expect(window.location.hash).toBe('#/note/Dynamic%20assessment.md'));
    expect(transport.calls.find((c) => c.name === 'note.create')?.input).toEqual({ title: 'Dynamic assessment' });
  });

  it('says when the note does not exist, in words', async () => {
    renderApp(
      {
        'note.read': () => {
          throw new GardenError('not-found', '"notes/x.md" does not exist (it may have been moved or deleted).');
        },
      },
      '#/note/notes/x.md',
    );
    expect(await screen.findByText('This note is not in the garden')).toBeTruthy();
    expect(screen.getByText(/does not exist/)).toBeTruthy();
  });

  it('reads again when a new backlink appears, not for unrelated changes', async () => {
    const garden = fakeGarden({ [PATH]: ZPD_TEXT });
    const { transport } = await open(garden.handlers);
    const reads = () => transport.calls.filter((c) => c.name === 'note.read').length;
    const before = reads();
    act(() => transport.emit('garden.changed', change({ changed: [gp('notes/unrelated.md')], links: [{ from: gp('notes/unrelated.md'), to: [gp('notes/x.md')] }] })));
    act(() => transport.emit('garden.changed', change({ changed: [gp('notes/new.md')], links: [{ from: gp('notes/new.md'), to: [gp(PATH)] }] })));
    await waitFor(() => expect(reads()).toBe(before + 1));
  });

  it('opens a new editor when a garden is opened', async () => {
    let name = 'A';
    const { transport } = await open({ 'note.read': () => noteDoc(PATH, { text: `From garden ${name}.`, hash: name }) });
    expect(editorView().state.doc.toString()).toBe('From garden A.');
    name = 'B';
    act(() => transport.emit('garden.opened', gardenInfo({ name: 'B' })));
    await waitFor(() => expect(editorView().state.doc.toString()).toBe('From garden B.'));
  });
});
