import { describe, expect, it } from 'vitest';
import { parseConnectedOn, parseLinkedInCsv } from '../../../../../electron/garden/import/linkedin-csv';
import { fixtureText } from './fixtures';

const connected = (date: string) => ({ date, kind: 'other', direction: 'mutual', note: 'Connected on LinkedIn' });

describe('parseLinkedInCsv on a real-shaped Connections.csv (BOM, Notes preamble, quoting, broken rows)', () => {
  const result = parseLinkedInCsv(fixtureText('Connections.csv'));

  it('reads each good row as a professional person on LinkedIn with the connection as first interaction', () => {
    expect(result.format).toBe('linkedin-csv');
    expect(result.records).toEqual([
      {
        kind: 'person', line: 5, name: 'Maya Chen', emails: [], phones: [], circle: 'professional', tags: [], notes: [],
        platforms: [{ platform: 'linkedin', url: 'https://www.linkedin.com/in/mayachen', handle: 'mayachen' }],
        interactions: [connected('2024-03-12')],
        body: ['Reading Specialist at Lakeside Elementary.'],
      },
      {
        kind: 'person', line: 6, name: 'Tomás Ribeiro', emails: ['tomas.ribeiro@example.pt'], phones: [], circle: 'professional', tags: [], notes: [],
        platforms: [{ platform: 'linkedin', url: 'https://www.linkedin.com/in/tomas-ribeiro-4a1b2c', handle: 'tomas-ribeiro-4a1b2c' }],
        interactions: [connected('2025-01-03')],
        body: ['Researcher, "Early Literacy" and Teacher Educator at Instituto de Educação, Lisboa.'],
      },
      {
        kind: 'person', line: 11, name: 'Lena Vogel', emails: ['lena.vogel@example.de'], phones: [], circle: 'professional', tags: [], notes: [],
        platforms: [{ platform: 'linkedin', url: 'https://www.linkedin.com/in/lenavogel', handle: 'lenavogel' }],
        interactions: [connected('2023-07-07')],
        body: ['PhD Candidate at Universität Hamburg.'],
      },
    ]);
  });

  it('reports a bad date, a row without a name and a stray quote with their lines, and skips only those rows', () => {
    expect(result.problems).toEqual([
      { line: 8, message: 'Grace Huang: "Connected On" is "31 Feb 2024", which is not a date such as "12 Mar 2024"; this row was skipped.' },
      { line: 9, message: 'The row on line 9 has no name (LinkedIn leaves it empty for closed accounts); it was skipped.' },
      { line: 10, message: 'The row on line 10 has a stray quote in ""Farouk"x"; it was skipped.' },
    ]);
  });
});

describe('parseLinkedInCsv edge cases', () => {
  it('reads an old export without the preamble, CRLF line ends, and columns in another order', () => {
    const csv = 'Email Address,First Name,Last Name,Connected On,URL\r\nbo@example.com,Bo,Li,2023-05-01,https://linkedin.com/in/boli\r\n';
    expect(parseLinkedInCsv(csv).records).toEqual([{
      kind: 'person', line: 2, name: 'Bo Li', emails: ['bo@example.com'], phones: [], circle: 'professional', tags: [], notes: [], body: [],
      platforms: [{ platform: 'linkedin', url: 'https://linkedin.com/in/boli', handle: 'boli' }], interactions: [connected('2023-05-01')],
    }]);
  });

  it('says so when the CSV is not a LinkedIn export, and when a quote is never closed', () => {
    expect(parseLinkedInCsv('Name,Phone\nAna,1\n').problems).toEqual([
      { line: 0, message: 'This is not a LinkedIn Connections.csv: no header row with "First Name" and "Last Name" was found.' },
    ]);
    const open = parseLinkedInCsv('First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Souza,,,,,1 Jan 2024\n"Bea,Open,,,,,2 Jan 2024\nCy,Last,,,,,3 Jan 2024\n');
    expect(open.records.map((r) => r.kind === 'person' && r.name)).toEqual(['Ana Souza']);
    expect(open.problems).toEqual([{ line: 3, message: 'The row on line 3 (lines 3 to 4) cannot be read: a quoted field is never closed; it was skipped.' }]);
  });

  it('keeps a LinkedIn row whose URL is not LinkedIn, without the address, and says so', () => {
    const csv = 'First Name,Last Name,URL,Connected On\nEve,Doe,javascript:alert(1),1 Jan 2024\n';
    const [eve] = parseLinkedInCsv(csv).records;
    expect(eve?.kind === 'person' && { platforms: eve.platforms, notes: eve.notes }).toEqual({
      platforms: [{ platform: 'linkedin' }],
      notes: ['its URL "javascript:alert(1)" is not a LinkedIn address and was left out'],
    });
  });

  it.each([
    ['12 Mar 2024', '2024-03-12'], ['7 Jul 2023', '2023-07-07'], ['03 January 2025', '2025-01-03'], ['2024-02-29', '2024-02-29'],
    ['31 Feb 2024', null], ['29 Feb 2023', null], ['Mar 12 2024', null], ['12/03/2024', null], ['12 Foo 2024', null], ['', null],
  ])('parseConnectedOn(%j) is %j', (text, date) => {
    expect(parseConnectedOn(text)).toBe(date);
  });
});
