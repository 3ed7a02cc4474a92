/**
 * `pln graph <garden> --out garden.svg [--view NAME] [--now YYYY-MM-DD] [--theme light|dark]`:
 * the garden map as an SVG file, without a window. Positions come from the layout the app
 * saved (`.garden/state.json`); plants it never placed are laid out here with the app's own
 * forces (all of them, for a garden never opened in the app). A saved view brings its
 * filters, colours, search, local focus and forces. Health is computed for `--now` (default
 * today). The garden is only read.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findSavedView, readSavedViews } from '../../../shared/graph/saved-view';
import { renderGardenSvg } from '../../../shared/graph/svg';
import type { GraphTheme } from '../../../shared/graph/colours';
import type { IsoDate } from '../../../shared/types';
import { Garden } from '../../garden/garden';
import { buildSnapshot } from '../../garden/snapshot';
import { healthSettingsOf, readGardenState } from '../garden-state';
import type { CliIo } from '../io';

export interface GraphCommandOptions {
  out: string;
  view?: string;
  now: IsoDate | null;
  theme: GraphTheme;
}

export async function graphCommand(root: string, options: GraphCommandOptions, io: CliIo): Promise<number> {
  const garden = await Garden.open(root, { readOnly: true });
  const state = await readGardenState(garden.root);
  const views = readSavedViews(state?.views ?? []);
  const view = options.view === undefined ? undefined : findSavedView(views, options.view);
  if (options.view !== undefined && !view) {
    const known = views.map((v) => v.name).join(', ');
    io.err(`pln: There is no saved view named "${options.view}" in ${garden.name}${known ? ` (views: ${known})` : ' (it has no saved views)'}.`);
    return 1;
  }
  const today = options.now ?? garden.today();
  const snapshot = buildSnapshot(garden.index, garden.name, today, healthSettingsOf(state));
  const positions = state?.layout ?? {};
  const svg = renderGardenSvg(snapshot, {
    positions,
    ...(view ? { graphOptions: view.options, ...(view.forces ? { forces: view.forces } : {}) } : {}),
    theme: options.theme,
  });
  const out = path.resolve(options.out);
  await writeFile(out, svg, 'utf8');
  const placed = snapshot.plants.filter((p) => Object.hasOwn(positions, p.path)).length;
  const how = placed === snapshot.plants.length ? 'at their saved places' : placed === 0 ? 'laid out afresh' : `${placed} at their saved places, the rest laid out afresh`;
  io.out(`Wrote ${options.out}: ${snapshot.plants.length} plants of ${garden.name} on ${today}${view ? `, view "${view.name}"` : ''}, ${how}.`);
  return 0;
}
