/**
 * One rule for "which frontmatter key holds this property": the editors (properties panel,
 * watering log, reading list) write to the key the core reads, or a change would land in a
 * key nothing reads.
 */
import { describe, expect, it } from 'vitest';
import { keyInData, readEntity } from '../../../shared/entities';
import { withInteraction } from '../../../shared/interaction-log';
import { readFrontmatter } from '../../../shared/frontmatter-edit';
import { withStatus } from '../../../electron/garden/network/source-status';
import { FIELDS, keyInFile, type FieldSpec } from '../../../renderer/src/views/notes/property-fields';
import type { GardenPath, IsoDate } from '../../../shared/types';

const tagsSpec = FIELDS.note.find((f) => f.key === 'tags') as FieldSpec;

describe('keyInData', () => {
  it('takes an exact key first, in the order of the names, else the first loose match', () => {
    expect(keyInData({ Tags: 1, tags: 2 }, ['tags'])).toBe('tags');
    expect(keyInData({ tag: 1, Tags: 2 }, ['tags', 'tag'])).toBe('tag');
    expect(keyInData({ 'Shared By': 1 }, ['shared_by'])).toBe('Shared By');
    expect(keyInData({ TAG: 1, 'T-A-G-S': 2 }, ['tags', 'tag'])).toBe('T-A-G-S');
    expect(keyInData({ other: 1 }, ['tags'])).toBeNull();
    expect(keyInData({}, ['__proto__'])).toBeNull();
  });

  it('names the key the core reads: for the properties panel, the watering log and the reading list', () => {
    // Neither spelled exactly: the core reads `Tags` for tags (name order), though `Tag` comes first.
    const data = { Tag: ['old'], Tags: ['read'] };
    expect(readEntity({ path: 'n.md' as GardenPath, frontmatter: data }).tags).toEqual(['read']);
    expect(keyInFile(data, tagsSpec)).toBe('Tags');

    const person = '---\ntype: person\nInter_actions:\n  - { date: 2026-01-01, kind: call, direction: gave }\n---\n';
    const logged = withInteraction(person, { date: '2026-02-01' as IsoDate, kind: 'call', direction: 'mutual' });
    const read = readFrontmatter(logged);
    expect(read.status === 'ok' && Object.keys(read.data)).toEqual(['type', 'Inter_actions']);

    const source = '---\ntype: source\nStatus: to-read\nStatus Since: 2026-01-01\n---\n';
    expect(withStatus(source, 'read', '2026-11-25')).toBe('---\ntype: source\nStatus: read\nStatus Since: 2026-11-25\n---\n');
  });
});
