/**
 * The headings of a note, for `[[Target#` completion: ATX headings (`#` to `######`) of the
 * body, in order, text only. Not headings: lines in fenced code blocks or in the frontmatter,
 * `#tag` (no space after the marks), and headings with no text.
 */
import { readFile } from 'node:fs/promises';
import { GardenError } from '../../shared/api';
import { splitFrontmatter } from '../../shared/links';
import { isPlantPath, type Garden } from './garden';
import { resolveInside, toGardenPath } from './paths';

const ATX = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** Headings of markdown text (frontmatter skipped). Pure. */
export function extractHeadings(text: string): string[] {
  const { body } = splitFrontmatter(text);
  const out: string[] = [];
  let fence: { char: string; length: number } | null = null;
  for (const rawLine of body.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (fenceMatch?.[1] && fenceMatch[1][0] === fence.char && fenceMatch[1].length >= fence.length && (fenceMatch[2] ?? '').trim() === '') fence = null;
      continue;
    }
    if (fenceMatch?.[1]) {
      // A backtick fence's info string may not contain a backtick (then it is inline code).
      if (!(fenceMatch[1][0] === '`' && (fenceMatch[2] ?? '').includes('`'))) {
        fence = { char: fenceMatch[1][0] as string, length: fenceMatch[1].length };
        continue;
      }
    }
    const heading = ATX.exec(line);
    const text = heading?.[1]?.trim();
    if (text) out.push(text);
  }
  return out;
}

export async function noteHeadings(garden: Garden, rel: string): Promise<string[]> {
  const absolute = await resolveInside(garden.root, rel);
  const plant = toGardenPath(garden.root, absolute);
  if (!isPlantPath(plant)) throw new GardenError('bad-input', `"${rel}" is an attachment, not a note, so it has no headings.`);
  const text = await readFile(absolute, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new GardenError('not-found', `"${rel}" does not exist (it may have been moved or deleted).`);
    throw new GardenError('io', `Could not read "${rel}": ${error.code ?? error.message}.`);
  });
  return extractHeadings(text);
}
