/**
 * The app-level commands and their shortcuts. Chosen to work in the desktop app and in a
 * browser tab alike: a page can claim Ctrl/Cmd+O, +P and +Shift+F (preventDefault stops
 * Open file, Print and the rest in Chromium), but never Ctrl+N, Ctrl+T or Ctrl+W, which
 * the browser keeps; so New note is Mod+Alt+N. Mod+D is the editor's "select next
 * occurrence" (CodeMirror), so the daily note is Mod+Shift+D.
 */
import type { Route } from '../router/routes';

export const SHORTCUTS = {
  'switcher.open': 'Mod+O',
  'palette.open': 'Mod+P',
  'search.open': 'Mod+Shift+F',
  'note.new': 'Mod+Alt+N',
  'note.daily': 'Mod+Shift+D',
} as const;

/** The views a "Go to" command opens, in the sidebar's order. */
export const GO_TO: readonly { id: string; title: string; route: Route['name'] }[] = [
  { id: 'go.plants', title: 'Go to All plants', route: 'plants' },
  { id: 'go.graph', title: 'Go to Garden map', route: 'graph' },
  { id: 'go.people', title: 'Go to People', route: 'people' },
  { id: 'go.sources', title: 'Go to Sources', route: 'sources' },
  { id: 'go.goals', title: 'Go to Goals', route: 'goals' },
  { id: 'go.platforms', title: 'Go to Platforms', route: 'platforms' },
  { id: 'go.tags', title: 'Go to Tags', route: 'tags' },
  { id: 'go.seeds', title: 'Go to Seeds', route: 'seeds' },
  { id: 'go.trash', title: 'Go to Trash', route: 'trash' },
  { id: 'go.portfolio', title: 'Export a portfolio', route: 'portfolio' },
];
