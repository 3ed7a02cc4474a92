/**
 * Merges a `garden.changed` delta into the snapshot the page holds, so one edited file
 * does not cost a whole new snapshot: changed plants replace their summaries, each listed
 * plant's outgoing links replace its old ones, removed plants go with every link that
 * touches them, and the seed list is replaced.
 */
import type { ChangedEvent, GardenSnapshot, LinkSummary, PlantSummary } from '../../../shared/api';
import type { GardenPath } from '../../../shared/types';

export function applyChange(snapshot: GardenSnapshot, change: ChangedEvent): GardenSnapshot {
  const removed = new Set<GardenPath>(change.removed);
  const updated = new Map<GardenPath, PlantSummary>(change.plants.map((p) => [p.path, p]));

  const plants: PlantSummary[] = [];
  for (const plant of snapshot.plants) {
    if (removed.has(plant.path)) continue;
    const next = updated.get(plant.path);
    plants.push(next ?? plant);
    updated.delete(plant.path);
  }
  for (const added of updated.values()) if (!removed.has(added.path)) plants.push(added);

  const relinked = new Set<GardenPath>(change.links.map((l) => l.from));
  const links: LinkSummary[] = snapshot.links.filter(
    (l) => !relinked.has(l.from) && !removed.has(l.from) && !removed.has(l.to),
  );
  for (const { from, to } of change.links) {
    if (removed.has(from)) continue;
    for (const target of new Set(to)) if (target !== from && !removed.has(target)) links.push({ from, to: target });
  }

  return { ...snapshot, plants, links, seeds: change.seeds };
}
