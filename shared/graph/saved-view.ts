/**
 * Saved views of the garden map: a name and everything that shapes what the map shows
 * (filters, toggles, colour and size, search, local-graph focus, force settings). Kept in
 * `.garden/state.json` under `views`; validated at the door, and again when read back, since
 * the file is the user's and may have been edited by hand.
 */
import { z } from 'zod';
import { CIRCLES, HEALTH_STATES, PLANT_KINDS } from '../types';
import { DEFAULT_FORCES, DEFAULT_GRAPH_OPTIONS, FORCE_RANGE, MAX_LOCAL_DEPTH, type ForceSettings, type GraphOptions } from './model';

const MAX_LIST = 200;
const text = (max: number) => z.string().max(max);

export const viewOptionsSchema = z.object({
  colourBy: z.enum(['health', 'kind', 'circle', 'groups']).optional(),
  sizeBy: z.enum(['degree', 'tie']).optional(),
  groups: z.array(text(300)).max(24).optional(),
  kinds: z.array(z.enum(PLANT_KINDS)).max(PLANT_KINDS.length).optional(),
  states: z.array(z.enum(HEALTH_STATES)).max(HEALTH_STATES.length).optional(),
  circles: z.array(z.enum(CIRCLES)).max(CIRCLES.length).optional(),
  platforms: z.array(text(200)).max(MAX_LIST).optional(),
  tag: text(300).optional(),
  showSeeds: z.boolean().optional(),
  showOrphans: z.boolean().optional(),
  showPlatforms: z.boolean().optional(),
  search: text(300).optional(),
  focus: text(1024).nullable().optional(),
  depth: z.number().int().min(1).max(MAX_LOCAL_DEPTH).optional(),
});

const force = z.number().finite().min(FORCE_RANGE.min).max(FORCE_RANGE.max);

export const savedViewSchema = z.object({
  name: z.string().trim().min(1, 'A view needs a name.').max(80, 'View names are limited to 80 characters.'),
  options: viewOptionsSchema,
  forces: z.object({ repulsion: force, linkDistance: force, centrePull: force }).optional(),
});

export type SavedViewInput = z.input<typeof savedViewSchema>;

export interface SavedView {
  name: string;
  options: Partial<GraphOptions>;
  forces?: ForceSettings;
}

export const MAX_SAVED_VIEWS = 100;

/** A view's full options and forces, defaults filled in. */
export function applySavedView(view: SavedView): { options: GraphOptions; forces: ForceSettings } {
  return { options: { ...DEFAULT_GRAPH_OPTIONS, ...view.options }, forces: { ...DEFAULT_FORCES, ...view.forces } };
}

/** What a view keeps of the map's current options (everything but transient UI state). */
export function viewFromOptions(name: string, options: GraphOptions, forces: ForceSettings): SavedViewInput {
  const { colourBy, sizeBy, groups, kinds, states, circles, platforms, tag, showSeeds, showOrphans, showPlatforms, search, focus, depth } = options;
  return {
    name: name.trim(),
    options: {
      colourBy, sizeBy, groups: [...groups], kinds: [...kinds], states: [...states], circles: [...circles], platforms: [...platforms],
      tag, showSeeds, showOrphans, showPlatforms, search, focus, depth,
    },
    forces: { ...forces },
  };
}

/** The views stored in a state file that still read as views; anything else is skipped. */
export function readSavedViews(stored: readonly unknown[]): SavedView[] {
  const views: SavedView[] = [];
  for (const entry of stored) {
    const parsed = savedViewSchema.safeParse(entry);
    if (parsed.success) views.push(parsed.data as SavedView);
  }
  return views;
}

/** Views are found by name without case, as a person would type it at the command line. */
export function findSavedView(views: readonly SavedView[], name: string): SavedView | undefined {
  const wanted = name.trim().toLowerCase();
  return views.find((v) => v.name.toLowerCase() === wanted);
}
