import { useGarden } from '../../app/GardenContext';
import { KindIcon } from '../../components/KindIcon';
import { fold } from '../plants/plant-filter';
import { noteHref } from '../../router/routes';

/** An unresolved link: a seed that has not been written yet, and where it is mentioned. */
export function SeedView({ target }: { target: string }) {
  const { snapshot } = useGarden();
  const seed = snapshot?.seeds.find((s) => s.target === target) ?? snapshot?.seeds.find((s) => fold(s.target) === fold(target));
  const titles = new Map(snapshot?.plants.map((p) => [p.path, p.title]));
  return (
    <section className="view">
      <header className="view-header">
        <p className="kind-label">
          <KindIcon kind="seed" /> <span>Seed</span>
        </p>
        <h1 data-testid="note-title">{target}</h1>
        <p className="muted">
          Not written yet: notes link to “{target}”, but no plant of that name exists. Planting it (creating the note) comes
          with the editor in a later release.
        </p>
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
