import type { ChangedEvent, GardenInfo, GardenSnapshot, NoteDocument, PlantSummary } from '../../../../shared/api';
import type { Assessment, GardenPath, IsoDate } from '../../../../shared/types';

export const gp = (p: string) => p as GardenPath;
export const day = (d: string) => d as IsoDate;

export function plant(path: string, overrides: Omit<Partial<PlantSummary>, 'health'> & { health?: Partial<Assessment> } = {}): PlantSummary {
  const title = overrides.title ?? path.replace(/^.*\//, '').replace(/\.md$/, '');
  const { health, ...rest } = overrides;
  return {
    path: gp(path),
    kind: 'note',
    title,
    aliases: [],
    tags: [],
    created: null,
    modified: day('2026-11-01'),
    problems: [],
    ...rest,
    health: { state: 'healthy', vitality: 1, reason: 'Linked with 2 plants.', ...health },
  };
}

export function snapshot(plants: PlantSummary[], name = 'Test Garden'): GardenSnapshot {
  return { name, today: day('2026-11-25'), plants, links: [], seeds: [] };
}

export function gardenInfo(overrides: Partial<GardenInfo> = {}): GardenInfo {
  return { root: '/gardens/test', name: 'Test Garden', plantCount: 3, warnings: [], ...overrides };
}

export function noteDoc(path: string, overrides: Partial<NoteDocument> = {}): NoteDocument {
  return {
    path: gp(path),
    kind: 'note',
    title: path.replace(/^.*\//, '').replace(/\.md$/, ''),
    text: '# Heading\n\nBody text.',
    hash: 'h1',
    problems: [],
    readOnly: false,
    backlinks: [],
    outgoing: [],
    ...overrides,
  };
}

export function change(overrides: Partial<ChangedEvent> = {}): ChangedEvent {
  return { changed: [], removed: [], plants: [], links: [], seeds: [], ...overrides };
}
