/**
 * The network's methods (issue 4) under hostile and malformed input, through the real service
 * as both doors call it: each is refused as bad-input with a sentence, and nothing in the
 * garden changes — not a person, not a source, not the state file (issue 7).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodName } from '../../../../../shared/api';
import { createGardenService, type GardenService } from '../../../../../electron/garden/service';
import { RESOURCES, tempDir, writeTree } from '../helpers';

const services: GardenService[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) await s.close();
});

async function snapshotOf(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const rel of await readdir(root, { recursive: true })) {
    const file = path.join(root, rel);
    out[rel] = await readFile(file, 'utf8').catch(() => '<folder>');
  }
  return out;
}

const ok = { date: '2026-11-20', kind: 'call', direction: 'gave' } as const;
const cadences = { professional: 30, personal: 14, both: 21 };

const cases: [MethodName, unknown, RegExp][] = [
  ['person.log', 'people/Ana.md', /^The request should be an object\.$/],
  ['person.log', { path: 'people/Ana.md', interaction: { ...ok, date: '2026-02-30' } }, /a day that exists on the calendar/],
  ['person.log', { path: 'people/Ana.md', interaction: { ...ok, date: '20/11/2026' } }, /YYYY-MM-DD/],
  ['person.log', { path: 'people/Ana.md', interaction: { ...ok, date: 20261120 } }, /should be a string/],
  ['person.log', { path: 'people/Ana.md', interaction: { ...ok, kind: 'gossip' } }, /"interaction\.kind" should be one of/],
  ['person.log', { path: 'people/Ana.md', interaction: { ...ok, direction: '__proto__' } }, /"interaction\.direction" should be one of/],
  ['person.log', { path: 'people/Ana.md', interaction: { ...ok, note: 'x'.repeat(1001) } }, /at most 1,000 characters/],
  ['person.log', { path: 'people/Ana.md', interaction: { ...ok, about: ['[[x]]'] } }, /"interaction\.about" should be a string/],
  ['person.log', { path: 'people/A\u0000na.md', interaction: ok }, /NUL/],
  ['person.log', { path: 'people/Ana.md', interaction: ok, baseHash: 'h'.repeat(129) }, /^That version \(baseHash\) is not one the app gave\.$/],
  ['person.suggest', { paths: Array.from({ length: 1001 }, () => 'people/Ana.md') }, /at most 1,000 people/],
  ['person.suggest', { paths: ['people/Ana.md'], limit: 1e9 }, /^Ask for 1 to 20 suggestions each\.$/],
  ['person.suggest', { paths: ['people/Ana.md'], limit: 2.5 }, /^"limit" should be an int\.$/],
  ['settings.save', { cadenceByCircle: { ...cadences, professional: '30' } }, /"cadenceByCircle\.professional" should be a number/],
  ['settings.save', { cadenceByCircle: { ...cadences, personal: -1 } }, /^A cadence is at least 1 day\.$/],
  ['settings.save', { cadenceByCircle: { ...cadences, both: Number.NaN } }, /number/],
  ['settings.save', { cadenceByCircle: { professional: 30 } }, /"cadenceByCircle\.personal" is required/],
  ['source.add', { url: '' }, /^Paste an address\.$/],
  ['source.add', { url: `https://example.org/${'a'.repeat(4100)}` }, /^That address is too long\.$/],
  ['source.add', { url: 'https://example.org/x', tags: 'phonics' }, /"tags" should be an array/],
  ['source.add', { url: 'https://example.org/x', status: 'done' }, /"status" should be one of/],
  ['source.add', { url: 'https://example.org/x', tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, /^At most 50 tags\.$/],
  ['source.add', { url: 'https://example.org/x', tags: ['t'.repeat(101)] }, /^A tag is limited to 100 characters\.$/],
  ['source.add', { url: 'https://example.org/x', sharedBy: 'x'.repeat(301) }, /^Who shared it is limited to 300 characters\.$/],
  ['source.add', { url: 'javascript:alert(1)//https://example.org' }, /not added/],
  ['source.status', { path: 'sources/Sold a Story.md', status: 'burnt' }, /"status" should be one of: to-read, reading, read, applied/],
  ['export.sources', { format: 'html' }, /"format" should be one of: bibtex, csl-json/],
];

describe('the network methods refuse hostile input and change nothing', () => {
  it.each(cases)('%s %j', async (name, input, message) => {
    const root = await tempDir();
    await writeTree(root, {
      'people/Ana.md': '---\ntype: person\nname: Ana # a friend\ninteractions:\n  - { date: 2026-11-01, kind: call, direction: mutual }\n---\nBody\n',
      'sources/Sold a Story.md': '---\ntype: source\ntitle: Sold a Story\nstatus: to-read\n---\n',
    });
    const service = await createGardenService({ userDataDir: await tempDir(), resourcesDir: RESOURCES, initialRoot: root, now: () => new Date('2026-11-25T12:00:00Z'), watch: false });
    services.push(service);
    const before = await snapshotOf(root);
    const result = await service.call(name, input as never);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('bad-input');
      expect(result.error.message).toMatch(message);
      expect(result.error.message).not.toMatch(/\n\s+at /);
    }
    expect(await snapshotOf(root)).toEqual(before);
  });
});
