/**
 * One note, open for writing: the editor (and/or its preview), the save state, the conflict
 * panel when the file changed on disk under unsaved edits, the properties form, and around
 * the note its backlinks, outgoing links and unlinked mentions. Mounted once per note (the
 * route is keyed by path), so the editor's history lives as long as the note is open.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Mention, NoteDocument, PlantSummary } from '../../../../shared/api';
import { FrontmatterError } from '../../../../shared/frontmatter-edit';
import { useClient } from '../../api/ClientContext';
import { useGarden } from '../../app/GardenContext';
import { useCommands, type Command } from '../../commands/registry';
import { KindLabel } from '../../components/KindIcon';
import type { CompletionDeps } from '../../editor/completion';
import { NoteEditor, type EditorHandle } from '../../editor/NoteEditor';
import { stripFrontmatter, stripRepeatedTitle } from '../../markdown/frontmatter';
import { MarkdownView } from '../../markdown/MarkdownView';
import { LocalGraphPanel } from '../graph/LocalGraphPanel';
import { Backlinks } from './Backlinks';
import { ConflictPanel } from './ConflictPanel';
import { linkMentionIn } from './link-mention';
import { Mentions } from './Mentions';
import { OutgoingLinks } from './OutgoingLinks';
import { PersonSide, WateringLog } from './PersonSection';
import { PropertiesPanel, type FrontmatterEdit } from './PropertiesPanel';
import { RenameDialog } from './RenameDialog';
import { SaveStatus } from './SaveStatus';
import { showToast } from './toasts';
import { useNoteActions } from './useNoteActions';
import { useNoteSaving } from './useNoteSaving';
import { useViewMode, VIEW_MODE_LABELS, VIEW_MODES } from './view-mode';

function Problems({ doc }: { doc: NoteDocument }) {
  if (doc.problems.length === 0 && !doc.readOnly) return null;
  return (
    <div className={`banner ${doc.readOnly ? 'banner-error read-only-banner' : 'banner-warning'} inline-banner`} role="alert" data-testid="note-problems">
      <span className="banner-icon" aria-hidden="true">!</span>
      <div className="banner-text">
        <strong>{doc.readOnly ? 'Read-only: this file cannot be edited here' : doc.problems.length === 1 ? 'This file has a problem' : 'This file has problems'}</strong>
        <ul>
          {doc.problems.map((problem, i) => (
            <li key={i}>{problem.message}</li>
          ))}
        </ul>
        {doc.readOnly && <p>The app will not change this file until it is fixed (in another editor); it is shown as it is.</p>}
      </div>
    </div>
  );
}

function Preview({ text, doc, onFollowSeed }: { text: string; doc: NoteDocument; onFollowSeed(target: string): void }) {
  // Rendering trails typing a little on long notes instead of slowing every keystroke.
  const deferred = useDeferredValue(text);
  const body = useMemo(() => stripRepeatedTitle(stripFrontmatter(deferred), doc.title), [deferred, doc.title]);
  const surroundings = useMemo(() => ({ onFollowSeed }), [onFollowSeed]);
  return (
    <div className="note-preview" data-testid="note-preview" aria-label="Preview">
      {body.trim() === '' ? (
        <p className="muted">Nothing to preview yet: what you write appears here.</p>
      ) : (
        <MarkdownView markdown={body} outgoing={doc.outgoing} currentPath={doc.path} surroundings={surroundings} />
      )}
    </div>
  );
}

interface Props {
  doc: NoteDocument;
  plant: PlantSummary | undefined;
  /** The file was removed (outside the app, or by our delete). */
  deleted: boolean;
}

export function NotePage({ doc, plant, deleted }: Props) {
  const client = useClient();
  const { info } = useGarden();
  const editor = useRef<EditorHandle>(null);
  const latestText = useRef(doc.text);
  const saving = useNoteSaving(doc, info?.root ?? '', editor, latestText);
  const { controller, state } = saving;
  const [text, setText] = useState(saving.initialText);
  const { mode, setMode, toggle } = useViewMode();
  const [renaming, setRenaming] = useState(false);
  const [rawShown, setRawShown] = useState(false);
  const [propertyError, setPropertyError] = useState<string | null>(null);
  const actions = useNoteActions(doc, controller);
  const { trashed, moving } = actions;
  const readOnly = doc.readOnly || deleted;

  useEffect(() => {
    if (saving.restoredDraft) showToast({ message: 'Unsaved changes from your last session were brought back into the editor.' });
  }, [saving.restoredDraft]);

  useEffect(() => {
    if (deleted) controller.setStopped(trashed ? 'Moved to the trash' : 'Deleted outside the app — not saved');
    else if (!moving && !trashed) controller.setStopped(null);
  }, [controller, deleted, trashed, moving]);

  // A hidden editor measures nothing; measure again when it shows.
  useEffect(() => {
    editor.current?.view()?.requestMeasure();
  }, [mode]);

  const completion = useMemo<CompletionDeps>(
    () => ({
      complete: (prefix) => client.call('search.complete', { prefix, limit: 30 }),
      headings: async (target) => {
        const { path } = await client.call('link.resolve', { target, from: doc.path });
        return path && /\.md$/i.test(path) ? client.call('note.headings', { path }) : [];
      },
      tags: () => client.call('tags.list', {}),
    }),
    [client, doc.path],
  );

  const onChange = useCallback(
    (next: string, own: boolean) => {
      latestText.current = next;
      setText(next);
      if (own) controller.edited();
    },
    [controller],
  );

  const applyEdit = useCallback((edit: FrontmatterEdit) => {
    const handle = editor.current;
    if (!handle) return;
    try {
      handle.setText(edit(handle.getText()), { fromDisk: false });
      setPropertyError(null);
    } catch (error) {
      setPropertyError(error instanceof FrontmatterError ? error.message : 'That property could not be changed.');
    }
  }, []);

  const toggleRaw = useCallback(() => {
    const show = !(editor.current?.rawYamlShown() ?? false);
    if (show && mode === 'preview') setMode('edit');
    // After the mode change has shown the editor.
    requestAnimationFrame(() => editor.current?.showRawYaml(show));
    setRawShown(show);
  }, [mode, setMode]);

  const linkInThisNote = useCallback((mention: Mention, target: string) => {
    const handle = editor.current;
    if (!handle) return false;
    const next = linkMentionIn(handle.getText(), mention, target);
    if (next === null) return false;
    handle.setText(next, { fromDisk: false });
    return true;
  }, []);

  const follow = actions.follow;
  const onFollowSeed = useCallback((target: string) => void follow(target), [follow]);

  const commands = useMemo<Command[]>(
    () => [
      { id: 'note.rename', title: 'Rename note…', shortcut: 'F2', enabled: !readOnly, run: () => setRenaming(true) },
      { id: 'note.delete', title: 'Delete note', enabled: !deleted, run: () => void actions.remove() },
      { id: 'editor.togglePreview', title: 'Toggle preview', shortcut: 'Mod+E', run: toggle },
      { id: 'editor.save', title: 'Save note now', shortcut: 'Mod+S', run: () => void controller.flush() },
      { id: 'editor.rawYaml', title: 'Show or hide raw YAML', run: toggleRaw },
    ],
    [readOnly, deleted, actions, toggle, controller, toggleRaw],
  );
  useCommands(commands);

  const undecided = state.kind === 'conflict' || state.kind === 'merging' ? state : null;

  return (
    <div className={`note-layout mode-${mode}`}>
      <article className="note">
        <header className="note-header">
          <div className="note-kicker">
            <KindLabel kind={doc.kind} />
            <span className="note-path" title="Where this file lives in the garden">
              {doc.path}
            </span>
          </div>
          <div className="note-titlebar">
            <h1 data-testid="note-title">{doc.title}</h1>
            <div className="note-toolbar">
              <SaveStatus state={state} onRetry={() => void controller.flush()} />
              <div className="segmented" role="group" aria-label="Show">
                {VIEW_MODES.map((m) => (
                  <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)}>
                    {VIEW_MODE_LABELS[m]}
                  </button>
                ))}
              </div>
              <button type="button" className="button small" onClick={() => setRenaming(true)} disabled={readOnly} title="Rename or move (F2)">
                Rename
              </button>
              <button type="button" className="button small danger" onClick={() => void actions.remove()} disabled={deleted} title="Move to the trash">
                Delete
              </button>
            </div>
          </div>
        </header>

        {deleted && !moving && (
          <div className="banner banner-error inline-banner" role="alert" data-testid="note-deleted">
            <span className="banner-icon" aria-hidden="true">!</span>
            <div className="banner-text">
              {trashed ? (
                <p>This note is in the trash. The text stays here until you leave the page.</p>
              ) : (
                <p>This note was deleted outside the app. What you see is the last version read{controller.isDirty() ? ', with your unsaved edits' : ''}.</p>
              )}
            </div>
            {trashed ? (
              <button type="button" className="button small" onClick={() => void actions.restore(trashed)}>
                Undo delete
              </button>
            ) : (
              <button type="button" className="button small" onClick={() => void controller.writeBack()}>
                Write it back
              </button>
            )}
          </div>
        )}
        <Problems doc={doc} />
        {undecided && (
          <ConflictPanel
            state={undecided}
            mine={text}
            onKeepMine={() => void controller.keepMine()}
            onTakeTheirs={() => controller.takeTheirs()}
            onMerge={() => {
              if (mode === 'preview') setMode('edit');
              controller.startMerge();
            }}
            onFinishMerge={() => void controller.finishMerge()}
          />
        )}
        {doc.kind === 'person' && plant?.person && (
          <WateringLog
            doc={doc}
            plant={plant}
            readOnly={readOnly}
            prepare={async () => {
              await controller.flush();
              return controller.baseHash;
            }}
          />
        )}
        <PropertiesPanel
          kind={doc.kind}
          text={text}
          plant={plant}
          readOnly={readOnly}
          onEdit={applyEdit}
          rawShown={rawShown}
          onToggleRaw={toggleRaw}
          error={propertyError}
        />
        <div className={`note-body panes-${mode}`} data-testid="note-body">
          <div className="editor-pane" hidden={mode === 'preview'}>
            <NoteEditor
              handle={editor}
              initialText={saving.initialText}
              readOnly={readOnly}
              completion={completion}
              onChange={onChange}
              onBlur={() => void controller.flush()}
              onFollowLink={(link) => void follow(link.target)}
              onSaveNow={() => void controller.flush()}
              foldFrontmatter={!doc.readOnly}
              label={`Text of ${doc.title}`}
            />
          </div>
          {mode !== 'edit' && <Preview text={text} doc={doc} onFollowSeed={onFollowSeed} />}
        </div>
      </article>
      <aside className="note-side" aria-label="Around this note">
        {doc.kind === 'person' && <PersonSide path={doc.path} />}
        <Backlinks backlinks={doc.backlinks} />
        <OutgoingLinks outgoing={doc.outgoing} />
        <Mentions doc={doc} linkInThisNote={linkInThisNote} />
        <LocalGraphPanel path={doc.path} />
      </aside>
      {renaming && <RenameDialog path={doc.path} onRename={actions.rename} onClose={() => setRenaming(false)} />}
    </div>
  );
}
