import { useState } from 'react';
import { messageOf } from '../../api/client';
import { useClient } from '../../api/ClientContext';
import { useGarden } from '../../app/GardenContext';
import { KindIcon } from '../../components/KindIcon';
import { fold } from '../plants/plant-filter';
import { noteHref } from '../../router/routes';
import { createInput, navigateTo } from './useNoteActions';

/** An unresolved link: a seed that has not been written yet, where it is mentioned, and a button to plant it. */
export function SeedView({ target }: { target: string }) {
  const client = useClient();
  const { snapshot } = useGarden();
  const [error, setError] = useState<string | null>(null);
  const [planting, setPlanting] = useState(false);
  const seed = snapshot?.seeds.find((s) => s.target === target) ?? snapshot?.seeds.find((s) => fold(s.target) === fold(target));
  const titles = new Map(snapshot?.plants.map((p) => [p.path, p.title]));

  const plant = async () => {
    setPlanting(true);
    setError(null);
    try {
      const { path } = await client.call('note.create', createInput(target));
      navigateTo(path);
    } catch (e) {
      setError(messageOf(e));
      setPlanting(false);
    }
  };

  return (
    <section className="view">
      <header className="view-header">
        <p className="kind-label">
          <KindIcon kind="seed" /> <span>Seed</span>
        </p>
        <h1 data-testid="note-title">{target}</h1>
        <p className="muted">Not written yet: notes link to “{target}”, but no plant of that name exists.</p>
        <p className="seed-actions">
          <button type="button" className="button primary" onClick={() => void plant()} disabled={planting}>
            {planting ? 'Planting…' : 'Plant this note'}
          </button>
        </p>
        {error && (
          <p className="banner banner-error inline-banner" role="alert">
            {error}
          </p>
        )}
      </header>
      {seed && seed.mentionedIn.length > 0 && (
        <section className="panel">
          <h2>
            Mentioned in <span className="count">{seed.mentionedIn.length}</span>
          </h2>
          <ul className="link-list">
            {seed.mentionedIn.map((path) => (
              <li key={path}>
                <a href={noteHref(path)}>{titles.get(path) ?? path}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
