/**
 * Entity types shared by the core, the doors and the renderer. Pure: no I/O.
 *
 * Paths come in two brands so they cannot be mixed up: a GardenPath is relative to the
 * garden root with '/' separators (what the user sees, what links resolve to); an
 * absolute path only ever lives inside electron/garden.
 */
export type GardenPath = string & { readonly __brand: 'GardenPath' };
export const gardenPath = (p: string): GardenPath => p as GardenPath;

export const PLANT_KINDS = ['note', 'person', 'source', 'goal'] as const;
export type PlantKind = (typeof PLANT_KINDS)[number];

export const CIRCLES = ['professional', 'personal', 'both'] as const;
export type Circle = (typeof CIRCLES)[number];

export const INTERACTION_KINDS = [
  'message', 'meeting', 'call', 'comment', 'feedback', 'question', 'answer',
  'shared-resource', 'collaboration', 'event', 'other',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const DIRECTIONS = ['gave', 'received', 'mutual'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const SOURCE_KINDS = ['article', 'paper', 'podcast', 'video', 'webinar', 'course', 'book', 'community', 'post', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_STATUSES = ['to-read', 'reading', 'read', 'applied'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

export const GOAL_HORIZONS = ['academic', 'personal'] as const;
export type GoalHorizon = (typeof GOAL_HORIZONS)[number];

export const GOAL_STATUSES = ['active', 'done', 'paused'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** An ISO calendar date, YYYY-MM-DD, validated (never rolled over). */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

export interface Interaction {
  date: IsoDate;
  kind: InteractionKind;
  direction: Direction;
  note?: string;
  /** The raw `about` value, usually a wikilink such as "[[Sold a Story]]". */
  about?: string;
}

export interface PlatformHandle {
  platform: string;
  handle?: string;
  url?: string;
  community?: string;
}

export interface PersonFields {
  name: string;
  circle: Circle;
  /** Days between waterings; null means "use the default for the circle". */
  cadence: number | null;
  platforms: PlatformHandle[];
  emails: string[];
  interactions: Interaction[];
}

export interface SourceFields {
  title: string;
  url: string | null;
  kind: SourceKind;
  platform: string | null;
  /** Raw value of shared_by, usually a wikilink to a person. */
  sharedBy: string | null;
  status: SourceStatus;
  added: IsoDate | null;
  /** The day the status last changed (`status_since`), when the file records it. */
  statusSince?: IsoDate;
}

export interface GoalFields {
  horizon: GoalHorizon;
  due: IsoDate | null;
  status: GoalStatus;
}

/** A problem found while reading a file: shown to the user, never silently fixed. */
export interface FileProblem {
  /** 'yaml': the frontmatter does not parse (the file is read-only); 'field': one value is invalid. */
  kind: 'yaml' | 'field' | 'encoding' | 'too-large';
  message: string;
}

export const HEALTH_STATES = [
  'thriving', 'healthy', 'thirsty', 'wilting', 'dormant', 'orphan', 'unplanted', 'seed',
] as const;
export type HealthState = (typeof HEALTH_STATES)[number];

export type Reciprocity = 'only-taking' | 'only-giving' | 'balanced' | 'unknown';

/** What the health model says about one plant. */
export interface Assessment {
  state: HealthState;
  /** 0..1 for people (0.5 ^ (days / cadence)); 1 for healthy other plants, lower when neglected. */
  vitality: number;
  /** A sentence a person understands, e.g. "Last contact 75 days ago; cadence is 30 days." */
  reason: string;
  daysSince?: number;
  cadence?: number;
  /** (G - R) / (G + R) over the last 365 days; null when no interaction in that window. */
  balance?: number | null;
  reciprocity?: Reciprocity;
}
