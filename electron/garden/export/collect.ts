/**
 * What the exporters need from the garden: people and sources as the index knows them,
 * plus the few things only the file has (the extra `phones:` key, tags as written in the
 * frontmatter rather than those found in the body, a source's "Authors:" line). Reading
 * only; a file that cannot be read is exported from what the index knows.
 */
import { readFile } from '../disk';
import path from 'node:path';
import { readFrontmatter } from '../../../shared/frontmatter-edit';
import { splitFrontmatter } from '../../../shared/links';
import type { IsoDate, PlatformHandle, SourceKind } from '../../../shared/types';
import type { Garden } from '../garden';

export interface ContactExport {
  name: string;
  emails: string[];
  phones: string[];
  platforms: PlatformHandle[];
  tags: string[];
}

export interface SourceExport {
  title: string;
  url: string | null;
  kind: SourceKind;
  platform: string | null;
  added: IsoDate | null;
  tags: string[];
  authors: string[];
}

function strings(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map((v) => String(v).trim()).filter((s) => s !== '');
}

function frontmatterTags(value: unknown): string[] {
  const tags = strings(value).flatMap((t) => (Array.isArray(value) ? [t] : t.split(/[\s,]+/)));
  return [...new Set(tags.map((t) => t.replace(/^#+/, '')).filter((t) => t !== '' && !/^[\d/]+$/.test(t)))];
}

async function readText(garden: Garden, rel: string): Promise<string | null> {
  return readFile(path.join(garden.root, rel), 'utf8').catch(() => null);
}

const byTitle = <T extends { title?: string; name?: string }>(a: T, b: T) => (a.title ?? a.name ?? '').localeCompare(b.title ?? b.name ?? '');

export async function collectContacts(garden: Garden): Promise<ContactExport[]> {
  const out: ContactExport[] = [];
  for (const record of garden.index.records.values()) {
    if (!record.person) continue;
    const text = await readText(garden, record.path);
    const read = text === null ? null : readFrontmatter(text);
    const data = read?.status === 'ok' ? read.data : {};
    out.push({
      name: record.person.name,
      emails: record.person.emails,
      phones: [...strings(data.phones), ...strings(data.phone)],
      platforms: record.person.platforms,
      tags: frontmatterTags(data.tags ?? data.tag),
    });
  }
  return out.sort(byTitle);
}

export async function collectSources(garden: Garden): Promise<SourceExport[]> {
  const out: SourceExport[] = [];
  for (const record of garden.index.records.values()) {
    if (!record.source) continue;
    const text = await readText(garden, record.path);
    const read = text === null ? null : readFrontmatter(text);
    const data = read?.status === 'ok' ? read.data : {};
    const body = text === null ? '' : splitFrontmatter(text).body;
    const authorsLine = /^Authors:[ \t]*(.+)$/m.exec(body)?.[1] ?? '';
    out.push({
      title: record.source.title,
      url: record.source.url,
      kind: record.source.kind,
      platform: record.source.platform,
      added: record.source.added,
      tags: frontmatterTags(data.tags ?? data.tag),
      authors: authorsLine.split(';').map((a) => a.trim()).filter((a) => a !== ''),
    });
  }
  return out.sort(byTitle);
}
