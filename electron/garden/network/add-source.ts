/**
 * Adding a source by pasting its address (issue 4 § Sources). The save never waits for the
 * network: the file is written at once from what the address says offline (kind, platform,
 * community and a title, shared/source-url.ts); then, only where a page fetcher was given,
 * the page's title and description are fetched and written in — the title only if it is
 * still the offline guess (the user's own title always wins), through the same safe edit.
 *
 * An address already in the garden (same `sourceUrlKey`: scheme, `www.`, tracking
 * parameters ignored) is not added twice; the message names the file that has it. The check
 * and the write run one add at a time, so the same address sent twice at once is one source.
 */
import { GardenError, type AddedSource } from '../../../shared/api';
import { readFrontmatter, setProperty } from '../../../shared/frontmatter-edit';
import { aboutLink } from '../../../shared/interaction-log';
import { checkWebUrl, inferSource, sourceUrlKey } from '../../../shared/source-url';
import type { GardenPath, SourceStatus } from '../../../shared/types';
import type { Garden } from '../garden';
import { renderSource } from '../import/render';
import { safeFileStem } from '../paths';
import { editPlant } from './edit-plant';
import type { PageFetcher, PageMeta } from './page-meta';

export interface AddSourceInput {
  url: string;
  title?: string;
  sharedBy?: string;
  tags?: string[];
  status?: SourceStatus;
}

export interface AddSourceResult {
  added: AddedSource;
  /** Settles when the fetched title and description are written (or nothing came). */
  enriched: Promise<void>;
}

function existingWithAddress(garden: Garden, key: string): { path: GardenPath; title: string } | null {
  for (const record of garden.index.records.values()) {
    if (record.source?.url && sourceUrlKey(record.source.url) === key) return { path: record.path, title: record.title };
  }
  return null;
}

function tagsOf(tags: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags ?? []) {
    const tag = raw.trim().replace(/^#+/, '');
    if (tag !== '' && !seen.has(tag.toLowerCase()) && /^[^\s,]+$/.test(tag)) {
      seen.add(tag.toLowerCase());
      out.push(tag);
    }
  }
  return out;
}

/** Writes what the page said, unless the user changed the file's title meanwhile. */
function withPageMeta(text: string, meta: PageMeta, offlineTitle: string | null): string {
  const read = readFrontmatter(text);
  if (read.status !== 'ok') return text;
  let next = text;
  if (meta.title && offlineTitle !== null && read.data.title === offlineTitle) next = setProperty(next, 'title', meta.title);
  if (meta.description && (read.data.description === undefined || read.data.description === null)) next = setProperty(next, 'description', meta.description);
  return next;
}

/** One lock for every add: between the duplicate check and the write, no other add runs. NUL: never a garden path. */
const ADD_LOCK = '\u0000source.add';

export async function addSource(garden: Garden, input: AddSourceInput, fetchPage: PageFetcher | null): Promise<AddSourceResult> {
  const check = checkWebUrl(input.url);
  if (!check.ok) throw new GardenError('bad-input', `That address was not added: ${check.reason}.`);
  const guess = inferSource(check.url.href);
  const key = sourceUrlKey(check.url.href);
  if (!guess || key === null) throw new GardenError('bad-input', 'That address was not added: it is not a web address (http or https).');
  const { saved, title, offlineTitle } = await garden.exclusiveAll([ADD_LOCK], () => saveNew(garden, input, guess, key));
  const enriched = fetchPage
    ? fetchPage(guess.url)
        .then(async (meta) => {
          if (meta && (meta.title || meta.description)) await editPlant(garden, saved, (t) => withPageMeta(t, meta, offlineTitle));
        })
        .catch(() => undefined)
    : Promise.resolve();
  return { added: { path: saved, title, kind: guess.kind, platform: guess.platform, fetching: fetchPage !== null }, enriched };
}

async function saveNew(
  garden: Garden, input: AddSourceInput, guess: NonNullable<ReturnType<typeof inferSource>>, key: string,
): Promise<{ saved: GardenPath; title: string; offlineTitle: string | null }> {
  const existing = existingWithAddress(garden, key);
  if (existing) throw new GardenError('exists', `This address is already in the garden as "${existing.title}" (${existing.path}).`);

  const typed = (input.title ?? '').replace(/\s+/g, ' ').trim();
  const title = typed || guess.titleGuess;
  const today = garden.today();
  let text = renderSource(
    {
      kind: 'source', line: 0, title, url: guess.url, sourceKind: guess.kind, platform: guess.platform,
      ...(guess.community ? { community: guess.community } : {}),
      otherUrls: [], added: today, tags: tagsOf(input.tags), body: [], notes: [],
    },
    today,
  );
  const sharedBy = aboutLink(input.sharedBy);
  if (sharedBy) text = setProperty(text, 'shared_by', sharedBy);
  if (input.status && input.status !== 'to-read') {
    text = setProperty(text, 'status', input.status);
    text = setProperty(text, 'status_since', today);
  }

  const stem = safeFileStem(title);
  let path: GardenPath | null = null;
  for (let n = 1; n < 1000 && path === null; n += 1) {
    const candidate = `sources/${n === 1 ? stem : `${stem} ${n}`}.md` as GardenPath;
    const folded = candidate.normalize('NFC').toLowerCase();
    if ([...garden.index.records.keys()].some((p) => p.normalize('NFC').toLowerCase() === folded)) continue;
    const result = await garden.writeNote(candidate, text, '');
    if (result.status === 'saved') path = candidate;
  }
  if (path === null) throw new GardenError('exists', `Too many sources are named "${stem}"; give this one a title.`);
  // The title the page may replace: only the guess from the address, never one the user typed.
  return { saved: path, title, offlineTitle: typed ? null : title };
}
