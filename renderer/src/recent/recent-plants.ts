import type { PlantSummary } from '../../../shared/api';
import type { GardenPath } from '../../../shared/types';

/** The recent paths that still name a plant, as plants, in recent-first order. */
export function recentPlants(paths: readonly GardenPath[], plants: readonly PlantSummary[] | undefined, limit = Infinity): PlantSummary[] {
  if (!plants) return [];
  const byPath = new Map(plants.map((p) => [p.path, p]));
  const found: PlantSummary[] = [];
  for (const path of paths) {
    const plant = byPath.get(path);
    if (plant) found.push(plant);
    if (found.length >= limit) break;
  }
  return found;
}
