/**
 * Binds one note page to its SaveController: writes through the client, keeps the save
 * state for display, hands versions read from disk to the controller, saves on window
 * close, and keeps a rescue draft when the page goes away with unsaved text (editor/drafts.ts).
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { NoteDocument } from '../../../../shared/api';
import { readFrontmatter } from '../../../../shared/frontmatter-edit';
import { messageOf } from '../../api/client';
import { useClient } from '../../api/ClientContext';
import { SaveController, type SaveState } from '../../editor/autosave';
import { drafts as defaultDrafts, type DraftStore } from '../../editor/drafts';
import type { EditorHandle } from '../../editor/NoteEditor';

export interface NoteSaving {
  controller: SaveController;
  state: SaveState;
  /** The text the editor starts with (a restored draft, or the file). */
  initialText: string;
  /** True when unsaved text from an earlier session came back into the editor. */
  restoredDraft: boolean;
}

/** Why a file opens read-only, in words (the core's own sentence when it gave one). */
export function readOnlyReason(doc: NoteDocument): string | null {
  if (!doc.readOnly) return null;
  const problem = doc.problems.find((p) => p.kind === 'yaml' || p.kind === 'encoding' || p.kind === 'too-large') ?? doc.problems[0];
  return problem?.message ?? 'This file could not be read cleanly, so the app does not change it.';
}

/** Refuses to save YAML that does not parse: the file would become read-only on disk. */
function checkText(text: string): string | null {
  const read = readFrontmatter(text);
  return read.status === 'error' ? read.message : null;
}

export function useNoteSaving(
  doc: NoteDocument,
  gardenKey: string,
  editor: RefObject<EditorHandle | null>,
  latestText: RefObject<string>,
  store: DraftStore = defaultDrafts,
): NoteSaving {
  const client = useClient();
  const [state, setState] = useState<SaveState | null>(null);
  const path = doc.path;

  const [setup] = useState(() => {
    const draft = doc.readOnly ? null : store.get(gardenKey, path);
    const restore = draft !== null && draft.text !== doc.text;
    if (draft && !restore) store.remove(gardenKey, path);
    const sameBase = restore && draft.baseHash === doc.hash;
    const controller = new SaveController(
      // A draft based on another version than the file's starts as undecided against it (below).
      restore && !sameBase ? { text: '\u0000', hash: draft.baseHash } : { text: doc.text, hash: doc.hash, readOnlyReason: readOnlyReason(doc) },
      {
        write: (text, baseHash) => client.call('note.write', { path, text, baseHash }),
        getText: () => editor.current?.getText() ?? latestText.current ?? '',
        adopt: (text) => editor.current?.setText(text, { fromDisk: true }),
        replace: (text) => editor.current?.setText(text, { fromDisk: false }),
        onState: setState,
        check: checkText,
        describeError: messageOf,
        onSaved: () => store.remove(gardenKey, path),
      },
    );
    return { controller, initialText: restore ? draft.text : doc.text, restoredDraft: restore, sameBase };
  });
  const { controller } = setup;

  // A restored draft based on the file as it is gets saved; one based on an older version
  // meets the file's current text in the effect below and becomes a conflict.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !setup.restoredDraft) return;
    started.current = true;
    if (setup.sameBase) controller.edited();
  }, [controller, setup]);

  // Every version the core reads: adopted, ignored (our own save), or a conflict.
  useEffect(() => {
    controller.setReadOnly(readOnlyReason(doc));
    controller.outside(doc.text, doc.hash);
  }, [controller, doc]);

  useEffect(() => {
    const keepDraft = () =>
      store.put(gardenKey, path, {
        text: editor.current?.getText() ?? latestText.current ?? '',
        baseHash: controller.baseHash,
        savedAt: new Date().toISOString(),
      });
    const beforeUnload = () => {
      if (!controller.isDirty()) return;
      keepDraft();
      void controller.flush();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      // Leaving the note: keep a rescue copy until the last save is through.
      if (controller.isDirty()) {
        keepDraft();
        void controller.dispose();
      }
    };
  }, [controller, gardenKey, path, store, editor, latestText]);

  return { controller, state: state ?? controller.current, initialText: setup.initialText, restoredDraft: setup.restoredDraft };
}
