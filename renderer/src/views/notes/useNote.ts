/**
 * Reads one note and keeps it current: read again (quietly, keeping what is shown
 * meanwhile) when a change touches it or its backlinks (affects-note.ts), marked deleted
 * when its file is removed outside the app, and read again when a garden is (re)opened
 * (`epoch`).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NoteDocument } from '../../../../shared/api';
import { ClientError, messageOf } from '../../api/client';
import { useClient } from '../../api/ClientContext';
import { affectsNote } from './affects-note';

export type NoteState =
  | { status: 'loading' }
  | { status: 'ready'; doc: NoteDocument; deleted: boolean }
  | { status: 'error'; message: string; notFound: boolean };

interface Stored {
  key: string;
  state: NoteState;
}

export function useNote(path: string, epoch: number): NoteState {
  const client = useClient();
  const key = `${epoch}\u0000${path}`;
  const [stored, setStored] = useState<Stored | null>(null);
  const request = useRef(0);
  const current = stored?.key === key ? stored.state : null;
  const deleted = current?.status === 'ready' && current.deleted;
  const doc = current?.status === 'ready' ? current.doc : null;

  const read = useCallback(async () => {
    const id = ++request.current;
    let state: NoteState;
    try {
      state = { status: 'ready', doc: await client.call('note.read', { path }), deleted: false };
    } catch (error) {
      state = { status: 'error', message: messageOf(error), notFound: error instanceof ClientError && error.code === 'not-found' };
    }
    if (id === request.current) setStored({ key, state });
  }, [client, path, key]);

  useEffect(() => {
    void read();
  }, [read]);

  useEffect(
    () =>
      client.on('garden.changed', (change) => {
        // The core's spelling of the path may differ from the address bar's (e.g. NFC/NFD).
        const isThis = (p: string) => p === path || p === doc?.path;
        if (change.removed.some(isThis)) {
          request.current += 1; // a read still in flight must not undo the deletion
          setStored((current) =>
            current?.key === key && current.state.status === 'ready' ? { key, state: { ...current.state, deleted: true } } : current,
          );
          return;
        }
        // A deleted note comes back only if its file does.
        if (deleted ? change.changed.some(isThis) : !doc || change.changed.some(isThis) || affectsNote(change, doc)) void read();
      }),
    [client, path, doc, key, read, deleted],
  );

  return current ?? { status: 'loading' };
}
