import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeImportBytes } from '../../../../../electron/garden/import/read';
import { parseVcard } from '../../../../../electron/garden/import/vcard';
import { fixtureText, IMPORT_FIXTURES } from './fixtures';

const person = (fields: Record<string, unknown>) => ({
  kind: 'person', emails: [], phones: [], platforms: [], circle: 'personal', tags: [], interactions: [], body: [], notes: [], ...fields,
});

describe('parseVcard on a phone, an iPhone and a 4.0 export in one file', () => {
  const result = parseVcard(fixtureText('contacts.vcf'));

  it('reads 2.1 quoted-printable across soft line breaks, in the CHARSET it names', () => {
    expect(result.records[0]).toEqual(person({
      line: 1,
      name: 'Jürgen Müller',
      emails: ['juergen.mueller@example.de'],
      phones: ['+49 170 1234567', '+49 30 7654321'],
      body: ['Met at the Leipzig reading conference.\nAsked about decodable texts for German ü and ö.'],
    }));
    expect(result.records[1]).toEqual(person({
      line: 11, name: 'Amélie Lefèvre', emails: ['amelie.lefevre@example.fr'], circle: 'professional', body: ['Université Lyon 2.'],
    }));
  });

  it('reads an Apple 3.0 card: folded NOTE with escapes, grouped URLs, X-SOCIALPROFILE, CATEGORIES; drops PHOTO', () => {
    expect(result.records[2]).toEqual(person({
      line: 18,
      name: 'Maya Chen',
      circle: 'professional',
      emails: ['maya.chen@example.org', 'maya@example.net'],
      phones: ['(555) 010-2233'],
      platforms: [
        { platform: 'linkedin', url: 'https://www.linkedin.com/in/mayachen/', handle: 'mayachen' },
        { platform: 'x', url: 'https://twitter.com/maya_reads', handle: '@maya_reads' },
      ],
      tags: ['reading', 'phonics'],
      body: [
        'Reading Specialist at Lakeside Elementary, Literacy.',
        'Website: <https://mayachen.example.org/>',
        'Runs the phonics PD at Lakeside, great on decodables.\nAsk her about the spring workshop.',
      ],
    }));
  });

  it('reads a 4.0 card (tel: URIs, quoted parameters) and a profile URL as a platform', () => {
    expect(result.records[3]).toEqual(person({
      line: 38, name: 'Sam Okoro', emails: ['sam.okoro@example.com'], phones: ['+1-555-0100'],
      platforms: [{ platform: 'reddit', url: 'https://www.reddit.com/user/sam_teaches', handle: 'u/sam_teaches' }],
    }));
  });

  it('reads a value whose CHARSET is wrong in the charset it really is, and says so', () => {
    expect(result.records[4]).toEqual(person({
      line: 52, name: 'José García', emails: ['jose.garcia@example.es'],
      notes: ['the value on line 54 says CHARSET=UTF-8 but its bytes are not UTF-8; it was read as Windows-1252'],
    }));
  });

  it('skips a card with a broken quoted-printable line and a card that never ends, and goes on', () => {
    expect(result.records.map((r) => r.line)).toEqual([1, 11, 18, 38, 52, 61]);
    expect(result.records[5]).toEqual(person({ line: 61, name: 'Dana Park', emails: ['dana.park@example.org'] }));
    expect(result.problems).toEqual([
      { line: 50, message: 'The quoted-printable value on line 50 has a broken sequence "=ZZ"; this card was skipped.' },
      { line: 57, message: 'This card never ends (no END:VCARD before the next card); it was skipped.' },
    ]);
  });
});

describe('parseVcard edge cases', () => {
  it('reads a whole file in Windows-1252 (an old Outlook export) after decoding it', () => {
    const decoded = decodeImportBytes(readFileSync(path.join(IMPORT_FIXTURES, 'outlook-cp1252.vcf')));
    expect(decoded.warning).toBe('This file is not UTF-8 text; it was read as Windows-1252 (Western European). Check names with accents.');
    expect(parseVcard(decoded.text).records).toEqual([person({ line: 1, name: 'Zoë Brontë', emails: ['zoe@example.co.uk'] })]);
  });

  it('keeps the whitespace of a 2.1 fold and drops the first space of a 3.0 fold', () => {
    const v21 = parseVcard('BEGIN:VCARD\nVERSION:2.1\nFN:Ana\nNOTE:one\n two\nEND:VCARD\n');
    const v30 = parseVcard('BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nNOTE:one\n two\nEND:VCARD\n');
    expect(v21.records[0]?.kind === 'person' && v21.records[0].body).toEqual(['one two']);
    expect(v30.records[0]?.kind === 'person' && v30.records[0].body).toEqual(['onetwo']);
  });

  it('reports a soft line break that runs into END:VCARD, a card without a name, and a line ical.js refuses', () => {
    const text = [
      'BEGIN:VCARD', 'VERSION:2.1', 'FN:Cut', 'NOTE;ENCODING=QUOTED-PRINTABLE:ends with =', 'END:VCARD',
      'BEGIN:VCARD', 'VERSION:3.0', 'EMAIL:x@example.org', 'END:VCARD',
      'BEGIN:VCARD', 'VERSION:3.0', 'FN:Odd', 'no colon here', 'END:VCARD',
      'BEGIN:VCARD', 'VERSION:3.0', 'FN:Fine', 'END:VCARD',
      'BEGIN:VCARD', 'VERSION:3.0', 'FN:Open',
    ].join('\r\n');
    const result = parseVcard(text);
    expect(result.records.map((r) => r.kind === 'person' && r.name)).toEqual(['Fine']);
    expect(result.problems).toEqual([
      { line: 4, message: 'The quoted-printable value on line 4 ends with "=" (a soft line break) but nothing follows before END:VCARD; this card was skipped.' },
      { line: 6, message: 'This card has no name (FN or N); it was skipped.' },
      { line: 13, message: 'Line 13 is not a "NAME:value" line; this card was skipped.' },
      { line: 19, message: 'This card never ends (the file stops before END:VCARD); it was skipped.' },
    ]);
  });

  it('never keeps a hostile URL as a platform or website, and says it was left out', () => {
    const result = parseVcard('BEGIN:VCARD\nVERSION:3.0\nFN:Eve\nURL:javascript:alert(1)\nURL:file:///etc/passwd\nEND:VCARD\n');
    expect(result.records).toEqual([person({
      line: 1,
      name: 'Eve',
      notes: [
        'its URL was left out: it is a javascript: link, which runs code instead of opening a page; only http and https addresses are kept',
        'its URL was left out: it points to a file on a computer (file:), not a web page; only http and https addresses are kept',
      ],
    })]);
  });
});
