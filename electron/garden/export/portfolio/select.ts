/**
 * Which plants the portfolio holds (issue 6, "What gets exported"). Pure over the catalog.
 *
 * - Goals: every active or done goal, unless it says `portfolio: false`.
 * - Notes: those with `portfolio: true` (or `public`), or carrying a chosen tag; a parent
 *   tag takes its children (`psych` takes `psych/dev`), as a tag search does in Obsidian.
 * - Sources: those the chosen notes and goals link to.
 * - Added by hand (`include`): notes, goals and sources; removed by hand (`exclude`) wins
 *   over every rule above, and also keeps a person out of the lists of people.
 * - People are never pages. They are listed as "behind" the portfolio when a chosen note or
 *   goal links to them or they to it, when they shared a chosen source, or when one of their
 *   interactions is about a chosen note or goal. How they appear is people.ts's business.
 */
import { sharerName } from '../../../../shared/diversity';
import { aboutTargets } from '../../../../shared/suggest';
import type { PortfolioChoices } from '../../../../shared/portfolio';
import type { GardenPath } from '../../../../shared/types';
import type { PortfolioCatalog, PortfolioPlant } from './model';

export interface Selection {
  goals: GardenPath[];
  notes: GardenPath[];
  sources: GardenPath[];
  people: GardenPath[];
  /** Why each plant is in (a short phrase for the dialog). */
  why: Map<GardenPath, string>;
  /** Plants with a page of their own: notes and goals. */
  pages: ReadonlySet<GardenPath>;
  /** For each person, the chosen plants they are behind. */
  behind: Map<GardenPath, Set<GardenPath>>;
}

export function tagMatches(tag: string, chosen: readonly string[]): boolean {
  const key = tag.toLowerCase().replace(/^#/, '');
  return chosen.some((c) => {
    const wanted = c.toLowerCase().replace(/^#/, '');
    return key === wanted || key.startsWith(`${wanted}/`);
  });
}

const byTitle = (catalog: PortfolioCatalog) => (a: GardenPath, b: GardenPath) =>
  (catalog.plants.get(a)?.title ?? a).localeCompare(catalog.plants.get(b)?.title ?? b) || a.localeCompare(b);

export function selectPortfolio(catalog: PortfolioCatalog, choices: PortfolioChoices): Selection {
  const include = new Set(choices.include ?? []);
  const exclude = new Set(choices.exclude ?? []);
  const tags = choices.includeTags ?? [];
  const why = new Map<GardenPath, string>();
  const goals: GardenPath[] = [];
  const notes: GardenPath[] = [];

  for (const plant of catalog.plants.values()) {
    if (exclude.has(plant.path)) continue;
    if (plant.kind === 'goal') {
      const auto = plant.goal !== undefined && plant.goal.status !== 'paused' && plant.portfolio !== false;
      if (auto || include.has(plant.path)) {
        goals.push(plant.path);
        why.set(plant.path, auto ? `${plant.goal?.status ?? 'active'} goal` : 'added by you');
      }
    } else if (plant.kind === 'note') {
      const marked = plant.portfolio === true || plant.portfolio === 'public';
      const tag = tags.length > 0 ? plant.tags.find((t) => tagMatches(t, tags)) : undefined;
      if (marked) why.set(plant.path, 'marked portfolio: true');
      else if (tag !== undefined) why.set(plant.path, `tagged #${tag}`);
      else if (include.has(plant.path)) why.set(plant.path, 'added by you');
      else continue;
      notes.push(plant.path);
    }
  }

  const pages = new Set<GardenPath>([...goals, ...notes]);
  const sources = new Set<GardenPath>();
  for (const page of pages) {
    for (const target of catalog.plants.get(page)?.linksOut ?? []) {
      const plant = catalog.plants.get(target);
      if (plant?.kind === 'source' && !exclude.has(target) && !sources.has(target)) {
        sources.add(target);
        why.set(target, `linked from ${catalog.plants.get(page)?.title ?? page}`);
      }
    }
  }
  for (const path of include) {
    const plant = catalog.plants.get(path as GardenPath);
    if (plant?.kind === 'source' && !exclude.has(plant.path) && !sources.has(plant.path)) {
      sources.add(plant.path);
      why.set(plant.path, 'added by you');
    }
  }

  const behind = peopleBehind(catalog, pages, sources);
  for (const person of [...behind.keys()]) if (exclude.has(person)) behind.delete(person);

  const sort = byTitle(catalog);
  return {
    goals: goals.sort(sort),
    notes: notes.sort(sort),
    sources: [...sources].sort(sort),
    people: [...behind.keys()].sort(sort),
    why,
    pages,
    behind,
  };
}

function peopleBehind(catalog: PortfolioCatalog, pages: ReadonlySet<GardenPath>, sources: ReadonlySet<GardenPath>): Map<GardenPath, Set<GardenPath>> {
  const behind = new Map<GardenPath, Set<GardenPath>>();
  const add = (person: GardenPath | null, plant: GardenPath) => {
    if (person === null || catalog.plants.get(person)?.kind !== 'person') return;
    let set = behind.get(person);
    if (!set) behind.set(person, (set = new Set()));
    set.add(plant);
  };
  for (const page of pages) {
    const plant = catalog.plants.get(page);
    for (const other of [...(plant?.linksOut ?? []), ...(plant?.linksIn ?? [])]) add(other, page);
  }
  for (const path of sources) {
    const source = catalog.plants.get(path)?.source;
    const sharer = sharerName(source?.sharedBy ?? null);
    if (sharer) add(catalog.resolve(sharer, path), path);
  }
  for (const plant of catalog.plants.values()) {
    if (!plant.person) continue;
    for (const interaction of plant.person.interactions) {
      for (const target of aboutTargets(interaction.about ?? '')) {
        const name = sharerName(target);
        const about = name === null ? null : catalog.resolve(name, plant.path);
        if (about !== null && (pages.has(about) || sources.has(about))) add(plant.path, about);
      }
    }
  }
  return behind;
}

/** Notes and goals linked to or from a goal, and the goal's sources, for its overview entry. */
export function growthOf(goal: PortfolioPlant, catalog: PortfolioCatalog): { notes: GardenPath[]; sources: GardenPath[] } {
  const near = new Set([...goal.linksOut, ...goal.linksIn]);
  const notes = [...near].filter((p) => catalog.plants.get(p)?.kind === 'note');
  const sources = new Set([...near].filter((p) => catalog.plants.get(p)?.kind === 'source'));
  // A source behind a goal's notes is behind the goal too.
  for (const note of notes) for (const p of catalog.plants.get(note)?.linksOut ?? []) if (catalog.plants.get(p)?.kind === 'source') sources.add(p);
  return { notes, sources: [...sources] };
}
