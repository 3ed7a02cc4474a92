/**
 * `pln log <garden> "<person>" --kind K --direction gave|received|mutual [--note T] [--date D] [--about X]`:
 * waters a person from the command line, through the same core function as the app's Water
 * button (one interaction into their frontmatter, the rest of the file byte for byte), and
 * prints their health after it. The person is named by path, file name, name or alias.
 * The input is checked with the app's own `person.log` schema, so both refuse alike.
 */
import { api, describeInputError, GardenError } from '../../../shared/api';
import type { GardenPath, IsoDate } from '../../../shared/types';
import { Garden } from '../../garden/garden';
import { foldName } from '../../garden/import/common';
import { logInteraction } from '../../garden/network/log-interaction';
import { buildDelta } from '../../garden/snapshot';
import type { CliIo } from '../io';
import { UsageError } from '../usage';
import { readSettings } from './water';

export interface LogOptions {
  kind?: string;
  direction?: string;
  note?: string;
  date?: string;
  about?: string;
}

const FLAGS: Record<string, string> = { date: '--date', kind: '--kind', direction: '--direction', note: '--note', about: '--about' };

/** The person `name` names: a path, else a link target (file name or alias), else a `name:`. */
export function findPerson(garden: Garden, name: string): GardenPath {
  const people = [...garden.index.records.values()].filter((r) => r.kind === 'person');
  const byPath = people.find((r) => r.path === name || r.path === `${name}.md`);
  if (byPath) return byPath.path;
  const resolved = garden.index.resolve(name, '' as GardenPath);
  const linked = resolved ? garden.index.records.get(resolved) : undefined;
  if (linked?.kind === 'person') return linked.path;
  const wanted = foldName(name);
  const named = people.filter((r) => [r.title, r.person?.name ?? '', ...r.aliases].some((n) => foldName(n) === wanted));
  if (named.length === 1 && named[0]) return named[0].path;
  if (named.length > 1) throw new GardenError('bad-input', `Several people are called "${name}" (${named.map((r) => r.path).join(', ')}); give the path instead.`);
  throw new GardenError('not-found', `No one called "${name}" is in ${garden.name}; pln new ${JSON.stringify(garden.root)} "${name}" --kind person adds them.`);
}

export async function logCommand(root: string, person: string, options: LogOptions, io: CliIo): Promise<number> {
  if (options.kind === undefined) throw new UsageError('Say what kind of interaction it was with --kind (message, meeting, call, feedback, …).');
  if (options.direction === undefined) throw new UsageError('Say who gave with --direction gave, received or mutual.');
  // Only the person's file is written: no index cache or state file is left behind.
  const garden = await Garden.open(root, { readOnly: true });
  const input = api['person.log'].input.safeParse({
    path: 'x.md',
    interaction: {
      date: options.date ?? garden.today(),
      kind: options.kind,
      direction: options.direction,
      ...(options.note !== undefined ? { note: options.note } : {}),
      ...(options.about !== undefined ? { about: options.about } : {}),
    },
  });
  if (!input.success) {
    const key = String(input.error.issues[0]?.path.at(-1) ?? '');
    const flag = FLAGS[key] ?? key;
    const message = describeInputError(input.error).replace(`"interaction.${key}"`, flag);
    throw new UsageError(message.startsWith(flag) ? message : `${flag}: ${message}`);
  }
  const interaction = { ...input.data.interaction, date: input.data.interaction.date as IsoDate };
  const path = findPerson(garden, person);
  const result = await logInteraction(garden, path, interaction);
  if (result.status === 'conflict') throw new GardenError('io', `${path} kept changing on disk while logging; nothing was written. Try again.`);
  const [after] = buildDelta(garden.index, [path], [], [], garden.today(), await readSettings(garden.root)).plants;
  const title = after?.title ?? path;
  io.out(`Watered ${title} (${path}): ${interaction.date}, ${interaction.kind}, ${interaction.direction}.`);
  if (after) io.out(`Now ${after.health.state}: ${after.health.reason}`);
  return 0;
}
