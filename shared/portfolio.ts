/**
 * The portfolio export's part of the contract (issue 6): what the user chooses in the export
 * dialog, the dry-run plan with the personal data that would leave, and the result. Kept
 * beside shared/api.ts (which only lists the methods) so the contract file stays short.
 */
import { z } from 'zod';
import type { GardenPath, PlantKind } from './types';

/**
 * How a person appears in the portfolio, privacy first:
 * - 'role': an anonymous role ("a practicum mentor teacher") — the default;
 * - 'first-name': the first name only (`portfolio: true` on the person);
 * - 'name': the full name and the platforms chosen for them (`portfolio: public`).
 * No level ever shows emails, phone numbers or interaction notes.
 */
export const PERSON_LEVELS = ['role', 'first-name', 'name'] as const;
export type PersonLevel = (typeof PERSON_LEVELS)[number];

/** The CSL styles bundled with @citation-js/plugin-csl (they work offline). */
export const CITATION_STYLES = [
  { id: 'apa', label: 'APA (7th edition)' },
  { id: 'harvard1', label: 'Harvard' },
  { id: 'vancouver', label: 'Vancouver' },
] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number]['id'];
export const CITATION_STYLE_IDS = CITATION_STYLES.map((s) => s.id) as [CitationStyle, ...CitationStyle[]];

const plantPath = z.string().min(1).max(1024).refine((p) => !p.includes('\0'), 'A path cannot contain a NUL character.');

/** What the user chose; every field optional so a call can change one thing. Remembered per garden. */
export const portfolioChoicesSchema = z.object({
  /** Plants added by hand (notes, goals, sources). */
  include: z.array(plantPath).max(20_000).optional(),
  /** Plants removed by hand (wins over everything that would select them). */
  exclude: z.array(plantPath).max(20_000).optional(),
  /** Notes carrying any of these tags are exported (a parent tag takes its children: `psych` takes `psych/dev`). */
  includeTags: z.array(z.string().trim().min(1).max(200)).max(200).optional(),
  style: z.enum(CITATION_STYLE_IDS).optional(),
  /** Per person path, how they appear (overrides their frontmatter). */
  people: z.record(plantPath, z.enum(PERSON_LEVELS)).optional(),
  /** Per person shown by name, the platforms shown (names as in their frontmatter, e.g. "linkedin"). */
  platforms: z.record(plantPath, z.array(z.string().max(100)).max(50)).optional(),
});
export type PortfolioChoices = z.infer<typeof portfolioChoicesSchema>;

export const portfolioExportSchema = z.object({
  choices: portfolioChoicesSchema.optional(),
  /**
   * An absolute folder to write into, which must not exist yet or be empty (or hold an
   * earlier portfolio, which is replaced). Without it: `<garden>/.garden/exports/<date>/`.
   */
  out: z.string().min(1).max(4096).optional(),
  /** Also print the portfolio to `portfolio.pdf` in the folder. */
  pdf: z.boolean().optional(),
});

export interface PortfolioPlantItem { path: GardenPath; kind: PlantKind; title: string; why: string }

/** One person as they will appear, and exactly which of their details leave. */
export interface PortfolioPersonItem {
  path: GardenPath;
  /** Their name as the garden knows it (shown only to the user, in the dialog). */
  name: string;
  level: PersonLevel;
  /** What the portfolio shows for them. */
  shownAs: string;
  role: string;
  /** Platforms shown (only for 'name'), with the handle and address that will appear. */
  platforms: { platform: string; handle?: string; url?: string }[];
  /** Platforms of theirs that could be shown (for the dialog's choice; 'name' only). */
  availablePlatforms: string[];
  /** Places in exported text where their name, handle, email or address was replaced by `shownAs`. */
  replacements: number;
  /** Why they appear: the goals, notes and sources they are behind. */
  behind: string[];
}

export interface PortfolioPlan {
  /** The choices in effect (what was saved for this garden, with the call's changes). */
  choices: Required<Pick<PortfolioChoices, 'include' | 'exclude' | 'includeTags' | 'style'>> & Pick<PortfolioChoices, 'people' | 'platforms'>;
  goals: PortfolioPlantItem[];
  notes: PortfolioPlantItem[];
  sources: PortfolioPlantItem[];
  people: PortfolioPersonItem[];
  /** Sentences listing every piece of personal data that will leave, one per person shown. */
  personalData: string[];
  /** Where `portfolio.export` writes without an `out`. */
  defaultOut: string;
  /** Whether a PDF can be printed here, and if not, why (one sentence). */
  pdf: { available: boolean; reason: string };
}

export interface PortfolioResult {
  folder: string;
  /** Files written, relative to `folder`. */
  files: string[];
  /** The overview page's absolute path (open it in a browser). */
  index: string;
  pdf: string | null;
  personalData: string[];
}

export interface PortfolioProgressEvent { phase: 'collecting' | 'rendering' | 'writing' | 'printing' | 'done'; done: number; total: number }
