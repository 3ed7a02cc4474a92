/**
 * The trash (`#/trash`): what was deleted, newest first, with where it lived and when;
 * Restore puts a file back where it was. When that place is taken again, the core refuses
 * and says so (nothing is overwritten); the reason shows on the item.
 */
import { useCallback, useEffect, useState } from 'react';
import type { TrashEntry } from '../../../shared/api';
import { messageOf } from '../api/client';
import { useClient } from '../api/ClientContext';
import { useGarden } from '../app/GardenContext';
import { noteHref } from '../router/routes';
import { EmptyGarden } from '../views/EmptyGarden';
import { fileTitle, newestFirst, timeAgo } from './trash-entries';

type Loaded = { entries: TrashEntry[] } | { error: string };

function TrashItem({ entry, now, onRestored }: { entry: TrashEntry; now: Date; onRestored(path: string): void }) {
  const client = useClient();
  const [restoring, setRestoring] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function restore() {
    setRestoring(true);
    setError(null);
    try {
      const { path } = await client.call('trash.restore', { trashPath: entry.trashPath });
      onRestored(path);
    } catch (failure) {
      setError(messageOf(failure));
      setRestoring(false);
    }
  }

  const when = new Date(entry.deletedAt);
  return (
    <li className="trash-item" data-testid="trash-item" data-path={entry.originalPath}>
      <div className="trash-main">
        <span className="trash-title">{fileTitle(entry.originalPath)}</span>
        <span className="note-path">{entry.originalPath}</span>
        <span className="muted small">
          Deleted{' '}
          <time dateTime={entry.deletedAt} title={Number.isNaN(when.getTime()) ? undefined : when.toLocaleString()}>
            {timeAgo(entry.deletedAt, now)}
          </time>
        </span>
      </div>
      <button type="button" className="button" onClick={() => void restore()} disabled={restoring} aria-label={`Restore ${entry.originalPath}`}>
        {restoring ? 'Restoring…' : 'Restore'}
      </button>
      {error && (
        <p className="trash-error" role="alert" data-testid="trash-error">
          {error}
        </p>
      )}
    </li>
  );
}

export function TrashView({ now = () => new Date() }: { now?: () => Date }) {
  const client = useClient();
  const { snapshot, epoch } = useGarden();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [restored, setRestored] = useState<string[]>([]);

  const load = useCallback(async () => {
    try {
      setLoaded({ entries: await client.call('trash.list', {}) });
    } catch (error) {
      setLoaded({ error: messageOf(error) });
    }
  }, [client]);

  useEffect(() => {
    if (!snapshot) return;
    let live = true;
    client.call('trash.list', {}).then(
      (entries) => live && setLoaded({ entries }),
      (error: unknown) => live && setLoaded({ error: messageOf(error) }),
    );
    return () => {
      live = false;
    };
    // A delete anywhere changes the garden, and so the snapshot: read the trash again.
  }, [client, snapshot, epoch]);

  if (!snapshot) return <EmptyGarden />;
  const entries = loaded && 'entries' in loaded ? newestFirst(loaded.entries) : [];
  const at = now();

  return (
    <section className="view trash-view">
      <header className="view-header">
        <h1>
          Trash {loaded && 'entries' in loaded && <span className="count">{entries.length}</span>}
        </h1>
        <p className="muted">Deleted plants wait here, in the garden’s .garden/trash folder, until you restore them.</p>
      </header>
      {restored.length > 0 && (
        <div className="banner banner-success inline-banner" role="status" data-testid="trash-restored">
          <span className="banner-icon" aria-hidden="true">✓</span>
          <p className="banner-text">
            Restored{' '}
            {restored.map((path, i) => (
              <span key={path}>
                {i > 0 && ', '}
                <a href={noteHref(path)}>{fileTitle(path)}</a>
              </span>
            ))}
            .
          </p>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => setRestored([])}>
            ×
          </button>
        </div>
      )}
      {loaded === null ? (
        <p className="muted" role="status">Loading the trash…</p>
      ) : 'error' in loaded ? (
        <div className="banner banner-error inline-banner" role="alert">
          <span className="banner-icon" aria-hidden="true">!</span>
          <p className="banner-text">{loaded.error}</p>
        </div>
      ) : entries.length === 0 ? (
        <p className="empty">The trash is empty.</p>
      ) : (
        <ul className="trash-list" aria-label="Deleted plants">
          {entries.map((entry) => (
            <TrashItem
              key={entry.trashPath}
              entry={entry}
              now={at}
              onRestored={(path) => {
                setRestored((current) => [...current.filter((p) => p !== path), path]);
                void load();
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
