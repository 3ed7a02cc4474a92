import { Garden } from '../../garden/garden';
import { gardenStats } from '../../garden/stats';
import type { CliIo } from '../io';

export async function statsCommand(root: string, json: boolean, io: CliIo): Promise<number> {
  const garden = await Garden.open(root, { readOnly: true });
  const stats = gardenStats(garden.index);
  if (json) {
    io.out(JSON.stringify(stats));
    return 0;
  }
  io.out(garden.name);
  const rows: [string, number][] = [
    ['notes', stats.notes], ['people', stats.people], ['sources', stats.sources], ['goals', stats.goals],
    ['links', stats.links], ['unresolved links (seeds)', stats.unresolved], ['orphan notes', stats.orphans], ['tags', stats.tags],
  ];
  for (const [label, value] of rows) io.out(`  ${String(value).padStart(7)}  ${label}`);
  return 0;
}
