import { useGarden } from '../../app/GardenContext';
import { EmptyGarden } from '../EmptyGarden';
import { NeedsWatering } from './NeedsWatering';

export function GraphView() {
  const { snapshot } = useGarden();
  if (!snapshot) return <EmptyGarden />;
  return (
    <section className="view">
      <header className="view-header">
        <h1>Garden map</h1>
      </header>
      <div className="notice-card" role="note">
        <strong>The garden map is being built — coming in a later release.</strong>
        <p className="muted">
          It will draw every plant and link of {snapshot.name}, coloured by health. Until then, here is what it will make
          stand out: the plants that need watering.
        </p>
      </div>
      <NeedsWatering plants={snapshot.plants} />
    </section>
  );
}
