/**
 * What can be done to the open note besides typing: follow a link (planting the note when
 * it does not exist yet), rename or move it, delete it to the trash and undo that. Each
 * saves what is unsaved first, so the file that moves or goes to the trash is the latest.
 */
import { useCallback, useState } from 'react';
import type { NoteDocument } from '../../../../shared/api';
import { messageOf } from '../../api/client';
import { useClient } from '../../api/ClientContext';
import { useNotices } from '../../app/notices';
import type { SaveController } from '../../editor/autosave';
import { noteHref } from '../../router/routes';
import { showToast } from './toasts';

export function navigateTo(path: string): void {
  window.location.hash = noteHref(path);
}

/** `folder/Title` → a title in a folder; a plain target → a title where the core puts new notes. */
export function createInput(target: string): { title: string; folder?: string } {
  const clean = target.trim().replace(/\.md$/i, '');
  const slash = clean.lastIndexOf('/');
  if (slash <= 0) return { title: clean.replace(/^\//, '') };
  return { title: clean.slice(slash + 1), folder: clean.slice(0, slash) };
}

export interface NoteActions {
  follow(target: string): Promise<void>;
  rename(newPath: string): Promise<string | null>;
  remove(): Promise<void>;
  /** Where the note went in the trash, while it is there. */
  trashed: string | null;
  restore(trashPath: string): Promise<void>;
  /** True between starting a rename and leaving the page, so its removal is not shown as a deletion. */
  moving: boolean;
}

export function useNoteActions(doc: NoteDocument, controller: SaveController): NoteActions {
  const client = useClient();
  const { report } = useNotices();
  const [trashed, setTrashed] = useState<string | null>(null);
  const [moving, setMoving] = useState(false);
  const { path, title } = doc;

  const follow = useCallback(
    async (target: string) => {
      if (target.trim() === '') return;
      try {
        await controller.flush();
        const { path: resolved } = await client.call('link.resolve', { target, from: path });
        if (resolved) {
          if (/\.md$/i.test(resolved)) navigateTo(resolved);
          else showToast({ message: `“${target}” is an attachment; attachments open in a later release.` });
          return;
        }
        const created = await client.call('note.create', createInput(target));
        showToast({ message: `Planted “${target}”.` });
        navigateTo(created.path);
      } catch (error) {
        report(error);
      }
    },
    [client, controller, path, report],
  );

  const restore = useCallback(
    async (trashPath: string) => {
      try {
        const { path: back } = await client.call('trash.restore', { trashPath });
        setTrashed(null);
        showToast({ message: `Restored “${title}”.` });
        if (back !== path) navigateTo(back);
      } catch (error) {
        showToast({ message: `Could not restore “${title}”: ${messageOf(error)}`, tone: 'error' });
      }
    },
    [client, path, title],
  );

  const remove = useCallback(async () => {
    await controller.flush();
    if (controller.isDirty()) {
      showToast({ message: 'This note has changes that are not saved yet; save or resolve them before deleting.', tone: 'error' });
      return;
    }
    controller.setStopped('Moved to the trash');
    try {
      const { trashed: where } = await client.call('note.delete', { path });
      setTrashed(where);
      showToast({ message: `Moved “${title}” to the trash.`, action: { label: 'Undo', run: () => restore(where) } });
    } catch (error) {
      controller.setStopped(null);
      report(error);
    }
  }, [client, controller, path, title, report, restore]);

  const rename = useCallback(
    async (newPath: string): Promise<string | null> => {
      await controller.flush();
      if (controller.isDirty()) return 'This note has changes that are not saved yet; save or resolve them first.';
      controller.setStopped('Renaming…');
      setMoving(true);
      try {
        const result = await client.call('note.rename', { path, newPath });
        const others = result.rewritten.filter((p) => p !== result.path && p !== path).length;
        showToast({
          message: `Renamed to ${result.path}. ${others === 0 ? 'No other file linked to it.' : `Links rewritten in ${others} ${others === 1 ? 'file' : 'files'}.`}`,
        });
        navigateTo(result.path);
        return null;
      } catch (error) {
        controller.setStopped(null);
        setMoving(false);
        return messageOf(error);
      }
    },
    [client, controller, path],
  );

  return { follow, rename, remove, trashed, restore, moving };
}
