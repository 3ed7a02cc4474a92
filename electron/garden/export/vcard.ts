/**
 * People → vCard 4.0 (RFC 6350), written by ical.js so escaping and line folding are
 * right. Per person: FN, N (family name taken as the last word: a guess that address
 * books need), EMAIL, TEL (from the extra `phones:` key), a URL per platform address and an
 * X-SOCIALPROFILE (Apple's, read by most address books) per platform known only by a
 * handle, and CATEGORIES from the tags. Importing the result again finds every person by
 * email or name and adds nothing.
 */
import ICAL from 'ical.js';
import type { ContactExport } from './collect';

function nameParts(name: string): [string, string] {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return [name.trim(), ''];
  return [words[words.length - 1] ?? '', words.slice(0, -1).join(' ')];
}

export function contactsToVcard(people: readonly ContactExport[]): string {
  const cards = people.map((person) => {
    const card = new ICAL.Component(['vcard', [], []]);
    card.addPropertyWithValue('version', '4.0');
    card.addPropertyWithValue('kind', 'individual');
    card.addPropertyWithValue('fn', person.name);
    const [family, given] = nameParts(person.name);
    const n = new ICAL.Property('n');
    n.setValue([family, given, '', '', ''] as unknown as string);
    card.addProperty(n);
    for (const email of person.emails) card.addPropertyWithValue('email', email);
    for (const phone of person.phones) {
      const tel = card.addPropertyWithValue('tel', phone);
      tel.setParameter('value', 'text');
    }
    for (const platform of person.platforms) {
      if (platform.url) {
        const url = card.addPropertyWithValue('url', platform.url);
        url.setParameter('type', platform.platform);
      } else if (platform.handle) {
        const profile = card.addPropertyWithValue('x-socialprofile', platform.handle);
        profile.setParameter('type', platform.platform);
      }
    }
    if (person.tags.length > 0) {
      const categories = new ICAL.Property('categories');
      categories.setValues(person.tags);
      card.addProperty(categories);
    }
    return card.toString();
  });
  return cards.length === 0 ? '' : `${cards.join('\r\n')}\r\n`;
}
