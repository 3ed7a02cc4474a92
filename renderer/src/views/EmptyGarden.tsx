import { useGarden } from '../app/GardenContext';

/** What a view shows before a garden is open or while its snapshot loads. */
export function EmptyGarden() {
  const { noGarden } = useGarden();
  return (
    <section className="view empty-view">
      {noGarden ? (
        <>
          <h1>No garden is open</h1>
          <p className="muted">Choose a recent garden or type a folder path in the garden switcher on the left.</p>
        </>
      ) : (
        <p className="muted" role="status">Loading the garden…</p>
      )}
    </section>
  );
}
