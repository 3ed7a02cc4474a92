import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newPerson } from '../../../../../electron/garden/import/common';
import { mergePerson, mergeSource } from '../../../../../electron/garden/import/merge';
import type { ImportedSource } from '../../../../../electron/garden/import/types';
import { readFrontmatter } from '../../../../../shared/frontmatter-edit';

const EXISTING = `---
# contact card, edited by hand
type: person
name: Maya Chen
x-custom: { keep: me }   # unknown key with a comment
emails: [maya@example.org]
platforms:
  - platform: reddit
    handle: u/mchen
tags: [reading]
---
Body stays.
`;

describe('mergePerson', () => {
  it('adds only what is missing and leaves every existing line as it was', () => {
    const person = { ...newPerson(1, 'Maya Chen'), emails: ['MAYA@example.org', 'm.chen@example.net'], tags: ['Reading', 'phonics'] };
    person.platforms.push({ platform: 'reddit', handle: 'u/mchen' }, { platform: 'linkedin', url: 'https://www.linkedin.com/in/mayachen' });
    const result = mergePerson(EXISTING, person);
    expect(result).toEqual({
      status: 'ok',
      added: ['email m.chen@example.net', 'platform linkedin', 'tag phonics'],
      text: `---
# contact card, edited by hand
type: person
name: Maya Chen
x-custom: { keep: me }   # unknown key with a comment
emails: [maya@example.org, m.chen@example.net]
platforms:
  - platform: reddit
    handle: u/mchen
  - platform: linkedin
    url: https://www.linkedin.com/in/mayachen
tags: [reading, phonics]
---
Body stays.
`,
    });
  });

  it('never replaces a value: the file keeps its own profile when the import has another', () => {
    const person = newPerson(1, 'Maya Chen');
    person.platforms.push({ platform: 'reddit', handle: 'u/someone_else' });
    expect(mergePerson(EXISTING, person)).toEqual({ status: 'ok', added: [], text: EXISTING });
  });

  it('is unsure about platforms written as a map and about frontmatter that does not parse', () => {
    const person = newPerson(1, 'Ana');
    person.platforms.push({ platform: 'x', handle: '@ana' });
    expect(mergePerson('---\nplatforms: { reddit: u/ana }\n---\n', person)).toEqual({ status: 'unsure', reason: 'it writes platforms as a map, not a list; add x by hand' });
    expect(mergePerson('---\nname: [oops\n---\n', person).status).toBe('unsure');
  });

  it('whatever the import holds, the merged text keeps every original line and every original value (property)', () => {
    const word = fc.stringMatching(/^[a-z][a-z0-9 .@-]{0,12}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 4 }), fc.array(word, { maxLength: 4 }), fc.array(word, { maxLength: 3 }), (emails, tags, phones) => {
        const person = { ...newPerson(1, 'Maya Chen'), emails, tags, phones };
        const result = mergePerson(EXISTING, person);
        if (result.status !== 'ok') return;
        const lines = result.text.split('\n');
        let at = 0;
        for (const line of EXISTING.split('\n').filter((l) => !l.startsWith('emails:') && !l.startsWith('tags:'))) {
          const found = lines.indexOf(line, at);
          expect(found, line).toBeGreaterThanOrEqual(0);
          at = found + 1;
        }
        const data = readFrontmatter(result.text);
        expect(data.status).toBe('ok');
        if (data.status === 'ok') {
          expect(data.data['x-custom']).toEqual({ keep: 'me' });
          expect((data.data.emails as string[]).slice(0, 1)).toEqual(['maya@example.org']);
          expect((data.data.tags as string[])[0]).toBe('reading');
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('mergeSource', () => {
  const source: ImportedSource = {
    kind: 'source', line: 1, title: 'Sold a Story', url: 'https://features.apmreports.org/sold-a-story/', sourceKind: 'podcast', platform: 'podcast',
    feed: 'https://feeds.example.org/sold', added: '2023-11-01' as never, tags: ['phonics', 'podcasts'], body: [], notes: [], otherUrls: [],
  };

  it('fills an empty url (as the new-source template writes it) and missing keys; keeps status, kind and added', () => {
    const text = '---\ntype: source\ntitle: "Sold a Story"\nurl: ""\nkind: article\nstatus: read\nadded: 2026-01-02\ntags: [phonics]\n---\n';
    const result = mergeSource(text, source);
    expect(result).toEqual({
      status: 'ok',
      added: ['address https://features.apmreports.org/sold-a-story/', 'platform podcast', 'feed address', 'tag podcasts'],
      text: '---\ntype: source\ntitle: "Sold a Story"\nurl: "https://features.apmreports.org/sold-a-story/"\nkind: article\nstatus: read\nadded: 2026-01-02\ntags: [phonics, podcasts]\nplatform: podcast\nfeed: https://feeds.example.org/sold\n---\n',
    });
  });
});
