/**
 * "Who and what needs watering": plants the health model marks as neglected, most
 * urgent first. Urgency follows the model's own scale: dormant (longest neglected), then
 * wilting, thirsty, a one-way relationship (only taking before only giving), then
 * sources never used (unplanted) and notes nobody links (orphan). Ties: lower vitality,
 * then longer since last tended, then title.
 */
import type { PlantSummary } from '../api';
import type { HealthState, Reciprocity } from '../types';

const STATE_RANK: Partial<Record<HealthState, number>> = {
  dormant: 0,
  wilting: 1,
  thirsty: 2,
  unplanted: 5,
  orphan: 6,
};

const RECIPROCITY_RANK: Partial<Record<Reciprocity, number>> = {
  'only-taking': 3,
  'only-giving': 4,
};

export function urgencyRank(plant: PlantSummary): number | null {
  const ranks = [STATE_RANK[plant.health.state], plant.health.reciprocity ? RECIPROCITY_RANK[plant.health.reciprocity] : undefined];
  const known = ranks.filter((r): r is number => r !== undefined);
  return known.length ? Math.min(...known) : null;
}

export interface WateringItem {
  plant: PlantSummary;
  rank: number;
}

export function needsWatering(plants: readonly PlantSummary[]): WateringItem[] {
  const items: WateringItem[] = [];
  for (const plant of plants) {
    const rank = urgencyRank(plant);
    if (rank !== null) items.push({ plant, rank });
  }
  return items.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.plant.health.vitality - b.plant.health.vitality ||
      (b.plant.health.daysSince ?? 0) - (a.plant.health.daysSince ?? 0) ||
      a.plant.title.localeCompare(b.plant.title),
  );
}
