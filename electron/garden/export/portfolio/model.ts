/**
 * What the portfolio builder works on: a plain, already-read picture of the garden. Only
 * gather.ts touches the garden; every other module here is pure over these types, so the
 * selection, the privacy rules and the HTML are tested without files.
 */
import type { PlantSummary } from '../../../../shared/api';
import type { GardenPath, IsoDate } from '../../../../shared/types';

/** A plant as the app's snapshot has it (PlantSummary), with its portfolio flag and its links. */
export interface PortfolioPlant extends Omit<PlantSummary, 'problems' | 'sharedByPath'> {
  portfolio: boolean | 'public' | null;
  /** Distinct other plants this one links to / is linked from. */
  linksOut: GardenPath[];
  linksIn: GardenPath[];
}

/** The garden as the portfolio sees it, before anything is read from the notes' bodies. */
export interface PortfolioCatalog {
  gardenName: string;
  today: IsoDate;
  plants: ReadonlyMap<GardenPath, PortfolioPlant>;
  /** Non-markdown files (images can be embedded). */
  attachments: ReadonlySet<GardenPath>;
  resolve(target: string, from: GardenPath): GardenPath | null;
}

/** What is read from disk for the plants that are exported (and the people behind them). */
export interface PlantText {
  /** The markdown body, without frontmatter. */
  body: string;
  /** The frontmatter as data (for `role:`, a source's `authors`, `year`, `journal`, ...). */
  frontmatter: Record<string, unknown>;
}
