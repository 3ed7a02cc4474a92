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

/** Two people (one thriving, one dormant), a chain of notes A → B → C → Close, an orphan and a seed: the layout tests' garden. */
export function smallGarden(): GardenSnapshot {
  return {
    name: 'Test',
    today: day('2026-11-25'),
    plants: [
      plant('people/Close.md', { kind: 'person', health: { state: 'thriving', vitality: 0.95 } }),
      plant('people/Faded.md', { kind: 'person', health: { state: 'dormant', vitality: 0.02 } }),
      plant('notes/A.md'),
      plant('notes/B.md'),
      plant('notes/C.md'),
      plant('notes/Lonely.md', { health: { state: 'orphan', vitality: 0.3 } }),
    ],
    links: [
      { from: gp('notes/A.md'), to: gp('notes/B.md') },
      { from: gp('notes/B.md'), to: gp('notes/C.md') },
      { from: gp('notes/C.md'), to: gp('people/Close.md') },
    ],
    seeds: [{ target: 'Idea', mentionedIn: [gp('notes/A.md')] }],
  };
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
