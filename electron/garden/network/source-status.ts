/**
 * Moving a source along the reading list (to-read → reading → read → applied) from the
 * Sources view. Besides `status`, the day is written as `status_since`, which is what
 * "age in the current status" reads; the same status again changes nothing.
 */
import { GardenError, type WriteResult } from '../../../shared/api';
import { keyInData } from '../../../shared/entities';
import { readFrontmatter, setProperty } from '../../../shared/frontmatter-edit';
import type { SourceStatus } from '../../../shared/types';
import type { Garden } from '../garden';
import { editPlant, plantAt } from './edit-plant';

/** The key the file already uses for `name` (as the core reads keys), else `name`. */
const keyIn = (data: Record<string, unknown>, name: string): string => keyInData(data, [name]) ?? name;

export function withStatus(text: string, status: SourceStatus, today: string): string {
  const read = readFrontmatter(text);
  const data = read.status === 'ok' ? read.data : {};
  const statusKey = keyIn(data, 'status');
  const current = typeof data[statusKey] === 'string' ? (data[statusKey] as string).trim().toLowerCase().replace(/[\s_]+/g, '-') : null;
  if (current === status) return text;
  return setProperty(setProperty(text, statusKey, status), keyIn(data, 'status_since'), today);
}

export async function setSourceStatus(garden: Garden, rel: string, status: SourceStatus): Promise<WriteResult> {
  const plant = await plantAt(garden, rel);
  const record = garden.index.records.get(plant);
  if (record?.kind !== 'source') throw new GardenError('bad-input', `"${record?.title ?? rel}" is not a source, so it has no reading status.`);
  const today = garden.today();
  return editPlant(garden, plant, (text) => withStatus(text, status, today));
}
