/**
 * The tag browser's counts, like Obsidian's tag pane: tags are nested with '/', and a parent
 * counts every plant that has it or any tag below it (`a/b` counts toward `a`, once per plant
 * however many children it has). Tags match without case and Unicode normalisation; the
 * first spelling met (plants in path order) is the one shown. Sorted as a tree: each parent
 * right before its children, segments compared without case.
 */
import type { TagCount } from '../../shared/api';
import type { GardenIndex } from './garden-index';

const fold = (s: string) => s.normalize('NFC').toLowerCase();

export function tagCounts(index: GardenIndex): TagCount[] {
  const counts = new Map<string, { tag: string; count: number }>();
  const paths = [...index.records.keys()].sort();
  for (const path of paths) {
    const record = index.records.get(path);
    if (!record) continue;
    const seen = new Set<string>();
    for (const tag of record.tags) {
      const segments = tag.split('/').filter((s) => s !== '');
      for (let depth = 1; depth <= segments.length; depth++) {
        const spelling = segments.slice(0, depth).join('/');
        const key = fold(spelling);
        if (seen.has(key)) continue;
        seen.add(key);
        const entry = counts.get(key);
        if (entry) entry.count += 1;
        else counts.set(key, { tag: spelling, count: 1 });
      }
    }
  }
  return [...counts.entries()].sort(([a], [b]) => compareTagKeys(a, b)).map(([, value]) => value);
}

function compareTagKeys(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] as string;
    const q = y[i] as string;
    if (p !== q) return p < q ? -1 : 1;
  }
  return x.length - y.length;
}
