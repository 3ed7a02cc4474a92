/** Index records made by hand for the search tests (only what search reads is meaningful). */
import type { PlantRecord } from '../../../../../electron/garden/file-record';
import { gardenPath, type PlantKind } from '../../../../../shared/types';

export function plant(path: string, title: string, extra: { kind?: PlantKind; aliases?: string[]; tags?: string[]; mtimeMs?: number } = {}): PlantRecord {
  return {
    path: gardenPath(path),
    size: 0,
    mtimeMs: extra.mtimeMs ?? 0,
    hash: `hash-of-${path}`,
    kind: extra.kind ?? 'note',
    title,
    aliases: extra.aliases ?? [],
    tags: extra.tags ?? [],
    created: null,
    portfolio: null,
    problems: [],
    readOnly: false,
    links: [],
  };
}
