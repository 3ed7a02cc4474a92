import { useMemo } from 'react';
import type { NoteDocument, PlantSummary } from '../../../../shared/api';
import { useGarden } from '../../app/GardenContext';
import { KindLabel } from '../../components/KindIcon';
import { stripFrontmatter, stripRepeatedTitle } from '../../markdown/frontmatter';
import { MarkdownView } from '../../markdown/MarkdownView';
import { indexOutgoing } from '../../markdown/resolve-target';
import { Backlinks } from './Backlinks';
import { OutgoingLinks } from './OutgoingLinks';
import { Properties } from './Properties';
import { useNote } from './useNote';

function Problems({ doc }: { doc: NoteDocument }) {
  if (doc.problems.length === 0 && !doc.readOnly) return null;
  return (
    <div className="banner banner-warning inline-banner" role="alert" data-testid="note-problems">
      <span className="banner-icon" aria-hidden="true">!</span>
      <div className="banner-text">
        <strong>{doc.problems.length === 1 ? 'This file has a problem' : 'This file has problems'}</strong>
        <ul>
          {doc.problems.map((problem, i) => (
            <li key={i}>{problem.message}</li>
          ))}
        </ul>
        {doc.readOnly && <p>The app will not change this file until it is fixed.</p>}
      </div>
    </div>
  );
}

function NoteBody({ doc, plant, deleted }: { doc: NoteDocument; plant: PlantSummary | undefined; deleted: boolean }) {
  const body = useMemo(() => stripRepeatedTitle(stripFrontmatter(doc.text), doc.title), [doc.text, doc.title]);
  const resolve = useMemo(() => indexOutgoing(doc.outgoing), [doc.outgoing]);
  return (
    <div className="note-layout">
      <article className="note">
        <header className="note-header">
          <div className="note-kicker">
            <KindLabel kind={doc.kind} />
            <span className="note-path" title="Where this file lives in the garden">{doc.path}</span>
            <span className="read-only-tag" title="Editing comes in a later release">Read-only view</span>
          </div>
          <h1 data-testid="note-title">{doc.title}</h1>
        </header>
        {deleted && (
          <div className="banner banner-error inline-banner" role="alert" data-testid="note-deleted">
            <span className="banner-icon" aria-hidden="true">!</span>
            <p className="banner-text">This note was deleted outside the app. What you see is the last version read.</p>
          </div>
        )}
        <Problems doc={doc} />
        {plant && <Properties plant={plant} resolve={resolve} />}
        <div className="note-body" data-testid="note-body">
          <MarkdownView markdown={body} outgoing={doc.outgoing} currentPath={doc.path} />
        </div>
      </article>
      <aside className="note-side" aria-label="Links">
        <Backlinks backlinks={doc.backlinks} />
        <OutgoingLinks outgoing={doc.outgoing} />
      </aside>
    </div>
  );
}

export function NoteView({ path }: { path: string }) {
  const { epoch, snapshot } = useGarden();
  const state = useNote(path, epoch);
  const plant = useMemo(() => snapshot?.plants.find((p) => p.path === (state.status === 'ready' ? state.doc.path : path)), [snapshot, state, path]);

  if (state.status === 'loading') {
    return (
      <section className="view">
        <p className="muted" role="status">Opening {path}…</p>
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
      </section>
    );
  }
  return <NoteBody doc={state.doc} plant={plant} deleted={state.deleted} />;
}
