/**
 * What every importer hands to the planner: plain records read from one file, each with
 * the line it starts on, plus the records that could not be read. Importers are pure
 * (text in, records out); matching against the garden and writing live in `plan.ts`.
 */
import type { Circle, Interaction, IsoDate, PlatformHandle, SourceKind } from '../../../shared/types';

export const IMPORT_FORMATS = ['vcard', 'linkedin-csv', 'bookmarks-html', 'opml', 'bibtex', 'csl-json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportedPerson {
  kind: 'person';
  /** 1-based line where the record starts in the imported file. */
  line: number;
  name: string;
  emails: string[];
  /** Not in FORMATS.md's person: kept as an extra `phones:` key (unknown keys are allowed). */
  phones: string[];
  platforms: PlatformHandle[];
  circle: Circle;
  tags: string[];
  interactions: Interaction[];
  /** Paragraphs for the body of a new file (never merged into an existing one). */
  body: string[];
  /** Something the reader had to assume, said in the plan's reason (e.g. a charset fallback). */
  notes: string[];
}

export interface ImportedSource {
  kind: 'source';
  line: number;
  title: string;
  /** Parsed http(s) address, or null (a BibTeX entry may have none). */
  url: string | null;
  sourceKind: SourceKind;
  platform: string | null;
  community?: string;
  /** A feed address (OPML), kept as an extra `feed:` key. */
  feed?: string;
  /** Other addresses of the same thing (a DOI's publisher page): also matched for duplicates. */
  otherUrls: string[];
  /** When it was saved, if the file says; otherwise the import date is used. */
  added: IsoDate | null;
  tags: string[];
  body: string[];
  notes: string[];
}

export type ImportedRecord = ImportedPerson | ImportedSource;

export interface ImportProblem {
  /** 1-based line in the imported file; 0 when it concerns the whole file. */
  line: number;
  message: string;
}

export interface ParsedImport {
  format: ImportFormat;
  records: ImportedRecord[];
  problems: ImportProblem[];
}

/** What an importer needs besides the text: today's date (for `added`). */
export interface ImportContext {
  today: IsoDate;
}
