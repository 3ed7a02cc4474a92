/**
 * Filtering the plant list: by kind, and by words that must all appear in the title,
 * aliases, tags, path or a person's name (case- and accent-insensitive). A word starting
 * with `#` matches tags only.
 */
import type { PlantSummary } from '../../../../shared/api';
import type { PlantKind } from '../../../../shared/types';

export type KindFilter = PlantKind | 'all';

export interface PlantFilter {
  kind: KindFilter;
  text: string;
}

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function haystack(plant: PlantSummary): string {
  return fold([plant.title, ...plant.aliases, ...plant.tags.map((t) => `#${t}`), plant.path, plant.person?.name ?? ''].join('\n'));
}

function matchesWords(plant: PlantSummary, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const text = haystack(plant);
  const tags = plant.tags.map((t) => fold(t));
  return words.every((word) =>
    word.startsWith('#') ? tags.some((tag) => tag.startsWith(word.slice(1))) : text.includes(word),
  );
}

export function filterPlants(plants: readonly PlantSummary[], filter: PlantFilter): PlantSummary[] {
  const words = fold(filter.text).split(/\s+/).filter((w) => w !== '' && w !== '#');
  return plants
    .filter((plant) => (filter.kind === 'all' || plant.kind === filter.kind) && matchesWords(plant, words))
    .sort((a, b) => a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }) || a.path.localeCompare(b.path));
}

export function countKinds(plants: readonly PlantSummary[]): Record<KindFilter, number> {
  const counts: Record<KindFilter, number> = { all: plants.length, note: 0, person: 0, source: 0, goal: 0 };
  for (const plant of plants) counts[plant.kind] += 1;
  return counts;
}
