/** 'person.log' through the garden service (what both doors call): real files, an exact clock. */
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangedEvent } from '../../../../../shared/api';
import { createGardenService, type GardenService } from '../../../../../electron/garden/service';
import { hashBytes } from '../../../../../electron/garden/parse-file';
import { RESOURCES, tempDir, writeTree } from '../helpers';
import { value } from '../call-result';

const services: GardenService[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) await s.close();
});

const PRIYA = `---
type: person
name: Priya Raman
circle: both
cadence: 14          # we used to swap notes every other week
tags: [phonics, zpd]
interactions:
  # last real exchange was just before midterms
  - { date: 2026-10-16, kind: call, direction: mutual, note: "Video call", about: "[[Phonics]]" }
  - { date: 2026-09-30, kind: feedback, direction: gave }
x-plugin: keep
---
# Priya Raman

She asked about decodable texts.
`;

async function open(files: Record<string, string>) {
  const root = await tempDir();
  await writeTree(root, files);
  const service = await createGardenService({ userDataDir: await tempDir(), resourcesDir: RESOURCES, initialRoot: root, now: () => new Date('2026-11-25T12:00:00Z'), watch: false });
  services.push(service);
  const changes: ChangedEvent[] = [];
  service.subscribe((event, payload) => {
    if (event === 'garden.changed') changes.push(payload as ChangedEvent);
  });
  return { root, service, changes };
}

const interaction = { date: '2026-11-25', kind: 'shared-resource', direction: 'gave', note: 'Sent the post', about: 'Why decodable texts are a bridge' } as const;

describe('person.log', () => {
  it('writes one line into the log, keeps every other byte, and her health updates for every view', async () => {
    const { root, service, changes } = await open({ 'people/Priya Raman.md': PRIYA, 'notes/Phonics.md': '# Phonics\n' });
    const before = value(await service.call('garden.snapshot', {})).plants.find((p) => p.path === 'people/Priya Raman.md');
    expect(before?.health).toMatchObject({ state: 'wilting', daysSince: 40 });

    const result = value(await service.call('person.log', { path: 'people/Priya Raman.md', interaction }));
    expect(result.status).toBe('saved');
    const text = await readFile(path.join(root, 'people', 'Priya Raman.md'), 'utf8');
    expect(text).toBe(PRIYA.replace(
      '  - { date: 2026-10-16',
      '  - { date: 2026-11-25, kind: shared-resource, direction: gave, note: Sent the post, about: "[[Why decodable texts are a bridge]]" }\n  - { date: 2026-10-16',
    ));
    expect(result.status === 'saved' && result.hash).toBe(hashBytes(text));

    const delta = changes.find((c) => c.changed.includes('people/Priya Raman.md' as never));
    const after = delta?.plants.find((p) => p.path === 'people/Priya Raman.md');
    // The clock is the interaction just logged: 0 days, thriving.
    expect(after?.health).toMatchObject({ state: 'thriving', daysSince: 0, cadence: 14 });
    expect(value(await service.call('garden.snapshot', {})).plants.find((p) => p.path === 'people/Priya Raman.md')?.health.state).toBe('thriving');
  });

  it('a back-dated interaction resets the clock only to its own date', async () => {
    const { service } = await open({ 'people/Priya Raman.md': PRIYA });
    value(await service.call('person.log', { path: 'people/Priya Raman.md', interaction: { date: '2026-11-01', kind: 'message', direction: 'gave' } }));
    const priya = value(await service.call('garden.snapshot', {})).plants.find((p) => p.path === 'people/Priya Raman.md');
    expect(priya?.health).toMatchObject({ daysSince: 24, state: 'thirsty' });
  });

  it('with the version the page saw: a file changed since is not written, and the page hears both', async () => {
    const { root, service } = await open({ 'people/Priya Raman.md': PRIYA });
    const file = path.join(root, 'people', 'Priya Raman.md');
    const seen = hashBytes(PRIYA);
    await writeFile(file, PRIYA.replace('She asked', 'She really asked'));
    const result = value(await service.call('person.log', { path: 'people/Priya Raman.md', interaction, baseHash: seen }));
    expect(result).toMatchObject({ status: 'conflict', diskText: expect.stringContaining('She really asked') });
    expect(await readFile(file, 'utf8')).toBe(PRIYA.replace('She asked', 'She really asked'));
    // Without a pinned version it writes over the file as it is now, keeping that edit.
    value(await service.call('person.log', { path: 'people/Priya Raman.md', interaction }));
    expect(await readFile(file, 'utf8')).toContain('She really asked');
    expect(await readFile(file, 'utf8')).toContain('date: 2026-11-25');
  });

  it('waterings sent at once all land: none is refused for racing another', async () => {
    const { root, service } = await open({ 'people/Priya Raman.md': PRIYA });
    const dates = ['2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24'];
    const results = await Promise.all(dates.map((date) => service.call('person.log', { path: 'people/Priya Raman.md', interaction: { date, kind: 'message', direction: 'gave' } })));
    expect(results.map((r) => r.ok && r.value.status)).toEqual(dates.map(() => 'saved'));
    const text = await readFile(path.join(root, 'people', 'Priya Raman.md'), 'utf8');
    // Newest first, as the log was kept, with the two it had below.
    expect([...text.matchAll(/date: (\d{4}-\d{2}-\d{2})/g)].map((m) => m[1])).toEqual([...dates].reverse().concat(['2026-10-16', '2026-09-30']));
  });

  it('refuses with a sentence and writes nothing: not a person, a future day, a bad date, an unknown kind, outside the garden', async () => {
    const { root, service } = await open({ 'people/Priya Raman.md': PRIYA, 'notes/Phonics.md': '# Phonics\n' });
    const refuse = async (input: unknown) => {
      const result = await service.call('person.log', input);
      expect(result.ok).toBe(false);
      return result.ok ? '' : `${result.error.code}: ${result.error.message}`;
    };
    expect(await refuse({ path: 'notes/Phonics.md', interaction })).toBe('bad-input: "Phonics" is not a person, so there is no one to water.');
    expect(await refuse({ path: 'people/Priya Raman.md', interaction: { ...interaction, date: '2026-11-26' } })).toBe(
      'bad-input: 2026-11-26 is after today (2026-11-25); log an interaction once it has happened.',
    );
    expect(await refuse({ path: 'people/Priya Raman.md', interaction: { ...interaction, date: '2026-02-30' } })).toBe(
      'bad-input: Give the date as YYYY-MM-DD, a day that exists on the calendar.',
    );
    expect(await refuse({ path: 'people/Priya Raman.md', interaction: { ...interaction, kind: 'gossip' } })).toMatch(/^bad-input: "interaction\.kind" should be one of: message, meeting/);
    expect(await refuse({ path: 'people/Priya Raman.md', interaction: { ...interaction, direction: 'sideways' } })).toBe('bad-input: "interaction.direction" should be one of: gave, received, mutual.');
    expect(await refuse({ path: '../outside.md', interaction })).toMatch(/^outside-garden: /);
    expect(await refuse({ path: 'people/Nobody.md', interaction })).toMatch(/^not-found: /);
    expect(await readFile(path.join(root, 'people', 'Priya Raman.md'), 'utf8')).toBe(PRIYA);
  });

  it('never writes a file whose YAML does not parse, and says why when the log is not a list', async () => {
    const broken = '---\ntype: person\nname: [unclosed\n---\nBody\n';
    const odd = '---\ntype: person\nname: Odd\ninteractions: lots of them\n---\n';
    const { root, service } = await open({ 'people/Broken.md': broken, 'people/Odd.md': odd });
    const a = await service.call('person.log', { path: 'people/Broken.md', interaction });
    expect(a).toMatchObject({ ok: false, error: { code: 'read-only' } });
    const b = await service.call('person.log', { path: 'people/Odd.md', interaction });
    expect(b).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringContaining('is not a list') } });
    expect(await readFile(path.join(root, 'people', 'Broken.md'), 'utf8')).toBe(broken);
    expect(await readFile(path.join(root, 'people', 'Odd.md'), 'utf8')).toBe(odd);
  });

  // Root ignores file permissions, so there the refusal cannot be staged.
  it.skipIf(process.getuid?.() === 0)('reports a disk that refuses the write as an io error and leaves the file as it was', async () => {
    const { root, service } = await open({ 'people/Priya Raman.md': PRIYA });
    const folder = path.join(root, 'people');
    await chmod(folder, 0o555);
    try {
      const result = await service.call('person.log', { path: 'people/Priya Raman.md', interaction });
      expect(result).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringContaining('permission was denied') } });
    } finally {
      await chmod(folder, 0o755);
    }
    expect(await readFile(path.join(folder, 'Priya Raman.md'), 'utf8')).toBe(PRIYA);
  });
});
