/** Shapes of the lowdb state files. Loose objects: keys a newer version wrote survive. */
import { z } from 'zod';
import { portfolioChoicesSchema } from '../../shared/portfolio';

export const gardenStateSchema = z.looseObject({
  version: z.literal(1),
  settings: z.looseObject({
    cadenceByCircle: z.looseObject({ professional: z.number().positive(), personal: z.number().positive(), both: z.number().positive() }).optional(),
  }),
  /** Pinned graph positions by plant path (issue: the garden view). */
  layout: z.record(z.string(), z.tuple([z.number(), z.number()])),
  /** Plants the user dragged into place: the layout never moves them. */
  pinned: z.array(z.string()).optional(),
  views: z.array(z.looseObject({ name: z.string() })),
  /** What the portfolio export dialog last chose (issue 6). */
  portfolio: portfolioChoicesSchema.optional(),
});
export type GardenState = z.infer<typeof gardenStateSchema>;
export const defaultGardenState: GardenState = { version: 1, settings: {}, layout: {}, views: [] };

export const appStateSchema = z.looseObject({
  version: z.literal(1),
  recent: z.array(z.object({ root: z.string(), name: z.string(), openedAt: z.string() })),
});
export type AppState = z.infer<typeof appStateSchema>;
export const defaultAppState: AppState = { version: 1, recent: [] };
