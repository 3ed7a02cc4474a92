import { useMemo } from 'react';
import { useGarden } from '../../app/GardenContext';
import { NotePage } from './NotePage';
import { NoteToasts } from './toasts';
import { useNote } from './useNote';

export function NoteView({ path }: { path: string }) {
  const { epoch, snapshot } = useGarden();
  const state = useNote(path, epoch);
  const docPath = state.status === 'ready' ? state.doc.path : path;
  const plant = useMemo(() => snapshot?.plants.find((p) => p.path === docPath), [snapshot, docPath]);

  if (state.status === 'loading') {
    return (
      <section className="view">
        <p className="muted" role="status">
          Opening {path}…
        </p>
        <NoteToasts />
      </section>
    );
  }
  if (state.status === 'error') {
    return (
      <section className="view">
        <h1>{state.notFound ? 'This note is not in the garden' : 'This note could not be opened'}</h1>
        <div className="banner banner-error inline-banner" role="alert">
          <span className="banner-icon" aria-hidden="true">!</span>
          <p className="banner-text">{state.message}</p>
        </div>
        <p>
          <a href="#/plants">Back to all plants</a>
        </p>
        <NoteToasts />
      </section>
    );
  }
  return (
    <>
      {/* A reopened garden is a new document: a new editor, a new history. */}
      <NotePage key={`${epoch}\u0000${state.doc.path}`} doc={state.doc} plant={plant} deleted={state.deleted} />
      <NoteToasts />
    </>
  );
}
