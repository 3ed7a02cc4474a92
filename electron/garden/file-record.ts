/**
 * What the index keeps of one file: enough to build the graph, health and stats without
 * reading the file again. The body text is not kept (memory at 50k notes); backlink
 * context is read on demand.
 */
import type { GardenPath, GoalFields, IsoDate, PersonFields, PlantKind, FileProblem, SourceFields } from '../../shared/types';

export interface RecordedLink {
  target: string;
  embed: boolean;
  /** 1-based line in the file; 0 for links found in frontmatter values. */
  line: number;
  /** True for Markdown links `[x](y.md)`, false for wikilinks. */
  markdown: boolean;
}

export interface PlantRecord {
  path: GardenPath;
  size: number;
  mtimeMs: number;
  hash: string;
  kind: PlantKind;
  title: string;
  aliases: string[];
  /** Tags from frontmatter and body, first spelling kept, without '#'. */
  tags: string[];
  created: IsoDate | null;
  portfolio: boolean | 'public' | null;
  person?: PersonFields;
  source?: SourceFields;
  goal?: GoalFields;
  problems: FileProblem[];
  readOnly: boolean;
  links: RecordedLink[];
}
