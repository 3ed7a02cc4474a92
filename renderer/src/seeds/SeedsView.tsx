/**
 * Seeds (`#/seeds`): links to notes nobody has written yet, with the notes that mention
 * each. Planting one creates the note, titled as the link, and opens it; the links that
 * pointed at it resolve from then on.
 */
import { useMemo, useState } from 'react';
import type { SeedSummary } from '../../../shared/api';
import { messageOf } from '../api/client';
import { useClient } from '../api/ClientContext';
import { useGarden } from '../app/GardenContext';
import { KindIcon } from '../components/KindIcon';
import { navigate } from '../router/navigate';
import { noteHref, seedHref } from '../router/routes';
import { EmptyGarden } from '../views/EmptyGarden';
import { orderSeeds } from './seed-order';

function SeedItem({ seed, titles }: { seed: SeedSummary; titles: ReadonlyMap<string, string> }) {
  const client = useClient();
  const [planting, setPlanting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function plant() {
    setPlanting(true);
    setError(null);
    try {
      const { path } = await client.call('note.create', { title: seed.target });
      navigate(noteHref(path));
    } catch (failure) {
      setError(messageOf(failure));
      setPlanting(false);
    }
  }

  return (
    <li className="seed-item" data-testid="seed-item" data-target={seed.target}>
      <div className="seed-main">
        <span className="kind-label">
          <KindIcon kind="seed" />
        </span>
        <a className="seed-title" href={seedHref(seed.target)}>
          {seed.target}
        </a>
        <button type="button" className="button seed-plant" onClick={() => void plant()} disabled={planting} aria-label={`Plant “${seed.target}”`}>
          {planting ? 'Planting…' : 'Plant'}
        </button>
      </div>
      <p className="seed-mentions muted small">
        Mentioned in{' '}
        {seed.mentionedIn.length === 0
          ? 'no note now'
          : seed.mentionedIn.map((path, i) => (
              <span key={path}>
                {i > 0 && ', '}
                <a href={noteHref(path)}>{titles.get(path) ?? path}</a>
              </span>
            ))}
      </p>
      {error && (
        <p className="seed-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

export function SeedsView() {
  const { snapshot } = useGarden();
  const seeds = useMemo(() => orderSeeds(snapshot?.seeds ?? []), [snapshot]);
  const titles = useMemo(() => new Map<string, string>(snapshot?.plants.map((p) => [p.path, p.title])), [snapshot]);
  if (!snapshot) return <EmptyGarden />;
  return (
    <section className="view seeds-view">
      <header className="view-header">
        <h1>
          Seeds <span className="count">{seeds.length}</span>
        </h1>
        <p className="muted">Links to notes that do not exist yet. Plant one to create the note and start writing it.</p>
      </header>
      {seeds.length === 0 ? (
        <p className="empty">No seeds: every link in the garden leads to a note.</p>
      ) : (
        <ul className="seed-list" aria-label="Seeds">
          {seeds.map((seed) => (
            <SeedItem key={seed.target} seed={seed} titles={titles} />
          ))}
        </ul>
      )}
    </section>
  );
}
