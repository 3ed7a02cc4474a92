/**
 * The map's colours as plain tables, for drawing without a page (the SVG writer in Node, the
 * bench). The page reads the same values from renderer/src/styles/graph.css; a unit test
 * (tests/unit/shared/graph/colours.test.ts) keeps the two identical.
 */
import type { ColourToken } from './model';

export type GraphTheme = 'light' | 'dark';

const LIGHT: Readonly<Record<ColourToken, string>> = Object.freeze({
  'graph-bg': '#fbfaf6',
  'graph-outline': '#2a2f2b',
  'graph-label': '#1f2421',
  'graph-focus': '#1d6fd1',
  'graph-you': '#f2a900',
  'graph-platform': '#5b6b8c',
  'graph-seed': '#7a5f33',
  'graph-oneway': '#6b3fa0',
  'graph-neutral': '#bdbab1',
  'graph-edge': '#8b8f87',
  'graph-edge-platform': '#8f97b8',
  'graph-thriving': '#1e5631',
  'graph-healthy': '#4a9a5a',
  'graph-thirsty': '#f0b429',
  'graph-wilting': '#b4441c',
  'graph-dormant': '#8a7866',
  'graph-orphan': '#cfcbc1',
  'graph-unplanted': '#dccb9f',
  'graph-edge-thriving': '#1e5631',
  'graph-edge-healthy': '#3b7a45',
  'graph-edge-thirsty': '#9a6200',
  'graph-edge-wilting': '#b4441c',
  'graph-edge-dormant': '#7a6a5c',
  'graph-edge-seed': '#7a5f33',
  'graph-kind-person': '#2c5f8a',
  'graph-kind-note': '#4a9a5a',
  'graph-kind-source': '#c98a1e',
  'graph-kind-goal': '#9a3d6b',
  'graph-kind-platform': '#5b6b8c',
  'graph-kind-seed': '#7a5f33',
  'graph-circle-professional': '#2c5f8a',
  'graph-circle-personal': '#d9822b',
  'graph-circle-both': '#7b52ab',
  'graph-group-1': '#e69f00',
  'graph-group-2': '#56b4e9',
  'graph-group-3': '#009e73',
  'graph-group-4': '#f0e442',
  'graph-group-5': '#0072b2',
  'graph-group-6': '#d55e00',
  'graph-group-7': '#cc79a7',
  'graph-group-8': '#6e6e6e',
});

const DARK: Readonly<Record<ColourToken, string>> = Object.freeze({
  'graph-bg': '#121512',
  'graph-outline': '#0a0c0a',
  'graph-label': '#e6e9e4',
  'graph-focus': '#7db4ff',
  'graph-you': '#ffc94d',
  'graph-platform': '#8fa2c9',
  'graph-seed': '#d6bf8e',
  'graph-oneway': '#c3a6f0',
  'graph-neutral': '#757b73',
  'graph-edge': '#6f766f',
  'graph-edge-platform': '#6b7594',
  'graph-thriving': '#4fbf73',
  'graph-healthy': '#a3dcae',
  'graph-thirsty': '#f2b84b',
  'graph-wilting': '#d46a44',
  'graph-dormant': '#a8957f',
  'graph-orphan': '#80867e',
  'graph-unplanted': '#a89a74',
  'graph-edge-thriving': '#4fbf73',
  'graph-edge-healthy': '#8fcf9b',
  'graph-edge-thirsty': '#f2b84b',
  'graph-edge-wilting': '#d46a44',
  'graph-edge-dormant': '#a8957f',
  'graph-edge-seed': '#d6bf8e',
  'graph-kind-person': '#8cbcef',
  'graph-kind-note': '#93d3a0',
  'graph-kind-source': '#e3b36a',
  'graph-kind-goal': '#ef9cc4',
  'graph-kind-platform': '#8fa2c9',
  'graph-kind-seed': '#d6bf8e',
  'graph-circle-professional': '#8cbcef',
  'graph-circle-personal': '#f0a35e',
  'graph-circle-both': '#c3a6f0',
  'graph-group-1': '#e69f00',
  'graph-group-2': '#56b4e9',
  'graph-group-3': '#009e73',
  'graph-group-4': '#f0e442',
  'graph-group-5': '#0072b2',
  'graph-group-6': '#d55e00',
  'graph-group-7': '#cc79a7',
  'graph-group-8': '#a0a0a0',
});

export const GRAPH_COLOURS: Readonly<Record<GraphTheme, Readonly<Record<ColourToken, string>>>> = Object.freeze({ light: LIGHT, dark: DARK });

const FALLBACK = '#8a8a8a';

/** A token's colour in a theme; an unknown token is a neutral grey, as on the page. */
export function themeColour(theme: GraphTheme, token: ColourToken): string {
  return GRAPH_COLOURS[theme][token] ?? FALLBACK;
}
