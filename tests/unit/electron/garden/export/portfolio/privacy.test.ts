/** People, privacy first: levels, roles, first names, and the redaction of every way to recognise someone. */
import { describe, expect, it } from 'vitest';
import type { PortfolioPlant } from '../../../../../../electron/garden/export/portfolio/model';
import { firstNameOf, personView, roleOf } from '../../../../../../electron/garden/export/portfolio/people';
import { Redactor } from '../../../../../../electron/garden/export/portfolio/redact';
import type { GardenPath, IsoDate, PersonFields } from '../../../../../../shared/types';

function person(name: string, fields: Partial<PersonFields> = {}, extra: Partial<PortfolioPlant> = {}): PortfolioPlant {
  return {
    path: `people/${name}.md` as GardenPath, kind: 'person', title: name, aliases: [], tags: [], created: null, modified: '2026-01-01' as IsoDate,
    portfolio: null, health: { state: 'healthy', vitality: 1, reason: '' }, linksOut: [], linksIn: [],
    person: { name, circle: 'professional', cadence: 30, platforms: [], emails: [], interactions: [], ...fields },
    ...extra,
  };
}

describe('how a person appears', () => {
  it('is an anonymous role by default, a first name with portfolio: true, the full name with portfolio: public', () => {
    expect(personView(person('Rosa Delgado', {}, { tags: ['phonics', 'practicum'] }), {}, {}).shownAs).toBe('a practicum mentor teacher');
    expect(personView(person('Rosa Delgado', {}, { portfolio: true }), {}, {}).shownAs).toBe('Rosa');
    expect(personView(person('Rosa Delgado', {}, { portfolio: 'public' }), {}, {}).shownAs).toBe('Rosa Delgado');
  });

  it('lets the dialog override the frontmatter', () => {
    const plant = person('Rosa Delgado', {}, { portfolio: 'public' });
    expect(personView(plant, {}, { people: { [plant.path]: 'role' } }).level).toBe('role');
  });

  it('takes a role: key over anything derived, and derives one from tags and circle otherwise', () => {
    expect(roleOf(person('A B'), { role: 'research supervisor' })).toBe('a research supervisor');
    expect(roleOf(person('A B'), { role: 'an old friend' })).toBe('an old friend');
    expect(roleOf(person('A B', { circle: 'personal' }, { tags: ['betta-fish'] }), {})).toBe('a friend in betta fish');
    expect(roleOf(person('A B', { circle: 'both' }, { tags: ['psych/child-development'] }), {})).toBe('a friend and colleague in child development');
    expect(roleOf(person('A B'), {})).toBe('a colleague');
  });

  it('finds the first name past honorifics', () => {
    expect(firstNameOf('Dr. Maya Chen')).toBe('Maya');
    expect(firstNameOf('Prof Helen Okafor')).toBe('Helen');
    expect(firstNameOf('Cher')).toBe('Cher');
  });

  it('shows a public person only the platforms chosen, with handle and address', () => {
    const plant = person('Omar Haddad', {
      platforms: [
        { platform: 'linkedin', handle: 'omar-h', url: 'https://www.linkedin.com/in/omar-h' },
        { platform: 'x', handle: '@omar_x', url: 'https://x.com/omar_x' },
      ],
    }, { portfolio: 'public' });
    const view = personView(plant, { portfolio_platforms: ['linkedin'] }, {});
    expect(view.platforms).toEqual([{ platform: 'linkedin', handle: 'omar-h', url: 'https://www.linkedin.com/in/omar-h' }]);
    expect(view.availablePlatforms).toEqual(['linkedin', 'x']);
    // The unchosen platform is redacted wherever it appears.
    expect(new Redactor([view]).redact('see @omar_x or x.com/omar_x')).toBe('see Omar Haddad or Omar Haddad');
    const chosenInDialog = personView(plant, { portfolio_platforms: ['linkedin'] }, { platforms: { [plant.path]: ['x'] } });
    expect(chosenInDialog.platforms.map((p) => p.platform)).toEqual(['x']);
  });
});

describe('redaction in exported text', () => {
  const maya = personView(person('Maya Chen', {
    emails: ['maya@example.org'],
    platforms: [{ platform: 'reddit', handle: 'u/mchen', community: 'r/teaching' }, { platform: 'linkedin', url: 'https://www.linkedin.com/in/mayachen' }],
  }, { aliases: ['Dr. Chen'], tags: ['practicum'] }), { phones: ['+1 555 0100'] }, {});

  it('replaces name, aliases, family name, first name, handles, addresses, emails and phones', () => {
    const redactor = new Redactor([maya]);
    expect(redactor.redact('Maya Chen and Dr. Chen; Chen said Maya was right. Write to maya@example.org, u/mchen or mchen; call +1 555 0100; linkedin.com/in/mayachen.'))
      .toBe('a practicum mentor teacher and a practicum mentor teacher; a practicum mentor teacher said a practicum mentor teacher was right. Write to a practicum mentor teacher, a practicum mentor teacher or a practicum mentor teacher; call a practicum mentor teacher; a practicum mentor teacher.');
    expect(redactor.counts.get(maya.path)).toBe(9);
  });

  it('capitalises a replacement that starts a sentence, and never matches inside a word or across case for single names', () => {
    const redactor = new Redactor([maya]);
    expect(redactor.redact('Done. Maya agreed.')).toBe('Done. A practicum mentor teacher agreed.');
    expect(redactor.redact('Mayans and Chenille; maya (lower case) stays.')).toBe('Mayans and Chenille; maya (lower case) stays.');
  });

  it('keeps the first name of a first-name person and replaces the rest', () => {
    const lee = personView(person('Lee Park', { platforms: [{ platform: 'instagram', handle: '@lee.p' }] }, { portfolio: true }), {}, {});
    expect(new Redactor([lee]).redact('Lee Park (@lee.p) met Lee; Park agreed.')).toBe('Lee (Lee) met Lee; Lee agreed.');
  });
});
