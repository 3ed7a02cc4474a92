import { useGarden } from '../../app/GardenContext';
import { EmptyGarden } from '../EmptyGarden';
import { GardenMap } from './GardenMap';

/** The garden as a map (issue 5): see GardenMap for the view, ../../graph for the logic. */
export function GraphView() {
  const { snapshot, epoch } = useGarden();
  if (!snapshot) return <EmptyGarden />;
  return <GardenMap key={epoch} snapshot={snapshot} epoch={epoch} />;
}
