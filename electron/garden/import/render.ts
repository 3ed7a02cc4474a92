/**
 * The text of a new file for an imported person or source (FORMATS.md), written with
 * `yaml` so every value is quoted where YAML needs it. Lists of words are flow lists
 * (`tags: [a, b]`), platforms and interactions one flow map per line, as in FORMATS.md.
 */
import { Document, isMap, isScalar, isSeq, Scalar, visit } from 'yaml';
import type { IsoDate } from '../../../shared/types';
import type { ImportedPerson, ImportedSource } from './types';

const TO_STRING = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: true } as const;

function frontmatter(data: Record<string, unknown>, flowLists: readonly string[], flowItems: readonly string[]): string {
  const doc = new Document(data, { schema: 'core' });
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
      const value = pair.value;
      if (!isSeq(value)) continue;
      if (flowLists.includes(key) || value.items.length === 0) value.flow = true;
      if (flowItems.includes(key)) for (const item of value.items) if (isMap(item)) item.flow = true;
    }
  }
  // Addresses are quoted, as in FORMATS.md: any YAML reader, however old, reads them whole.
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && /^https?:\/\//.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  // FORMATS.md writes word lists unpadded (`tags: [a, b]`) and maps padded (`{ date: … }`).
  const yaml = doc.toString(TO_STRING).replace(/^(\S[^:\n]*): \[ (.*) \]$/gm, '$1: [$2]');
  return `---\n${yaml}---\n`;
}

function body(paragraphs: readonly string[]): string {
  return paragraphs.length === 0 ? '\n' : `\n${paragraphs.join('\n\n')}\n`;
}

export function renderPerson(person: ImportedPerson, today: IsoDate): string {
  const data: Record<string, unknown> = { type: 'person', name: person.name, circle: person.circle };
  if (person.emails.length > 0) data.emails = person.emails;
  if (person.phones.length > 0) data.phones = person.phones;
  data.platforms = person.platforms.map((p) => ({ ...p }));
  data.tags = person.tags;
  data.created = today;
  data.interactions = person.interactions.map((i) => ({ ...i }));
  return frontmatter(data, ['emails', 'phones', 'tags'], ['platforms', 'interactions']) + body(person.body);
}

export function renderSource(source: ImportedSource, today: IsoDate): string {
  const data: Record<string, unknown> = { type: 'source', title: source.title };
  if (source.url) data.url = source.url;
  data.kind = source.sourceKind;
  if (source.platform) data.platform = source.platform;
  if (source.community) data.community = source.community;
  if (source.feed) data.feed = source.feed;
  data.status = 'to-read';
  data.added = source.added ?? today;
  data.tags = source.tags;
  return frontmatter(data, ['tags'], []) + body(source.body);
}
