import { api, describeInputError } from '../../../shared/api';
import { Garden } from '../../garden/garden';
import type { CliIo } from '../io';
import { UsageError } from '../usage';

/**
 * `pln new <garden> "<title>" [--kind note|person|source|goal]`: creates the plant from its
 * kind's template under a safe file name and prints its garden-relative path. The title and
 * kind are checked with the same schema as the app's `note.create`, so both refuse alike.
 */
export async function newCommand(root: string, title: string, kind: string | undefined, io: CliIo): Promise<number> {
  const input = api['note.create'].input.safeParse({ title, ...(kind !== undefined ? { kind } : {}) });
  if (!input.success) throw new UsageError(describeInputError(input.error).replace(/^"kind"/, '--kind'));
  // Only the new file is written: no index cache or state file is left behind.
  const garden = await Garden.open(root, { readOnly: true });
  io.out(await garden.createPlant(input.data.title, input.data.kind ?? 'note'));
  return 0;
}
