/**
 * Which properties the panel shows for each kind of plant (FORMATS.md § Kinds of file), how
 * each is edited, and the pure steps between an input's text and a frontmatter edit.
 * Keys are found the way the core reads them (shared/entities.ts): exactly, else ignoring
 * case, spaces, `_` and `-`, and `email` for `emails`; an edit writes to the key the file
 * already uses, so `Shared By:` stays `Shared By:`.
 */
import { keyInData } from '../../../../shared/entities';
import type { PlantKind } from '../../../../shared/types';
import { CIRCLES, GOAL_HORIZONS, GOAL_STATUSES, SOURCE_KINDS, SOURCE_STATUSES } from '../../../../shared/types';

export type FieldType = 'text' | 'url' | 'number' | 'date' | 'select' | 'list' | 'boolean' | 'platforms';

export interface FieldSpec {
  key: string;
  label: string;
  type: FieldType;
  options?: readonly string[];
  /** Other spellings the core accepts for this key. */
  alternates?: readonly string[];
  placeholder?: string;
  hint?: string;
  /** A key set to today's date whenever this field changes (a source's `status_since`). */
  stamp?: string;
}

export const FIELDS: Record<PlantKind, readonly FieldSpec[]> = {
  person: [
    { key: 'name', label: 'Name', type: 'text' },
    { key: 'aliases', label: 'Aliases', type: 'list', alternates: ['alias'], placeholder: 'other names, comma-separated' },
    { key: 'circle', label: 'Circle', type: 'select', options: CIRCLES },
    { key: 'cadence', label: 'Cadence', type: 'number', hint: 'days between waterings; empty uses the default for the circle' },
    { key: 'platforms', label: 'Platforms', type: 'platforms' },
    { key: 'tags', label: 'Tags', type: 'list', alternates: ['tag'], placeholder: 'reading, phonics' },
    { key: 'emails', label: 'Emails', type: 'list', alternates: ['email'], placeholder: 'name@example.org' },
  ],
  source: [
    { key: 'title', label: 'Title', type: 'text' },
    { key: 'url', label: 'Address', type: 'url', placeholder: 'https://…' },
    { key: 'kind', label: 'Kind', type: 'select', options: SOURCE_KINDS },
    { key: 'platform', label: 'Platform', type: 'text', placeholder: 'youtube, reddit, podcast…' },
    { key: 'shared_by', label: 'Shared by', type: 'text', placeholder: '[[Person]]' },
    { key: 'status', label: 'Status', type: 'select', options: SOURCE_STATUSES, stamp: 'status_since' },
    { key: 'added', label: 'Added', type: 'date' },
    { key: 'tags', label: 'Tags', type: 'list', alternates: ['tag'], placeholder: 'tags, comma-separated' },
  ],
  goal: [
    { key: 'horizon', label: 'Horizon', type: 'select', options: GOAL_HORIZONS },
    { key: 'due', label: 'Due', type: 'date' },
    { key: 'status', label: 'Status', type: 'select', options: GOAL_STATUSES },
  ],
  note: [
    { key: 'tags', label: 'Tags', type: 'list', alternates: ['tag'], placeholder: 'tags, comma-separated' },
    { key: 'aliases', label: 'Aliases', type: 'list', alternates: ['alias'], placeholder: 'other names, comma-separated' },
    { key: 'created', label: 'Created', type: 'date' },
    { key: 'portfolio', label: 'In portfolio', type: 'boolean', hint: 'exported with the portfolio' },
  ],
};

/** The key the file uses for a field (exact, an alternate, or a loose match, as the core reads it), or null. */
export function keyInFile(data: Record<string, unknown>, spec: FieldSpec): string | null {
  return keyInData(data, [spec.key, ...(spec.alternates ?? [])]);
}

/** A value shown in a one-line input. */
export function displayValue(value: unknown, type: FieldType): string {
  if (value === null || value === undefined) return '';
  if (type === 'list') {
    const items = Array.isArray(value) ? value : [value];
    return items.filter((item) => item !== null && item !== undefined).map(String).join(', ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Splits "a, b, #c" into ['a', 'b', 'c'] (tags lose their '#'); empty pieces go. */
export function parseList(input: string, tags = false): string[] {
  return input
    .split(',')
    .map((piece) => piece.trim())
    .map((piece) => (tags ? piece.replace(/^#+/, '') : piece))
    .filter((piece) => piece !== '');
}

/**
 * What an input's text becomes in the YAML: undefined removes the key. Numbers stay numbers,
 * lists become lists, the rest stays text exactly as typed (trimmed).
 */
export function valueFromInput(spec: FieldSpec, input: string): unknown {
  const text = input.trim();
  if (text === '') return undefined;
  switch (spec.type) {
    case 'number': {
      const n = Number(text);
      return Number.isFinite(n) ? n : text;
    }
    case 'list':
      return parseList(text, spec.key === 'tags');
    default:
      return text;
  }
}
