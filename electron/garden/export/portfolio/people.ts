/**
 * How a person appears in a portfolio, privacy first (issue 6). Pure.
 *
 * Levels (shared/portfolio.ts): 'role' by default, 'first-name' for `portfolio: true`,
 * 'name' for `portfolio: public`; the export dialog can change any of them. Emails, phone
 * numbers and interaction notes never leave at any level; handles and addresses leave only
 * for a person shown by name, and only for the platforms chosen for them.
 *
 * The role: a `role:` key wins ("practicum mentor teacher" → "a practicum mentor teacher").
 * Otherwise the first of the person's tags (frontmatter, then body) found in ROLE_BY_TAG,
 * else "a colleague / a friend / a friend and colleague" (from the circle) "in <first tag>".
 * A role is built only from the person's tags and circle, never from their name or notes.
 *
 * Every way the person could be recognised in exported text becomes a redaction term:
 * the full name, aliases, family name(s), handles (with and without `@` or `u/`), platform
 * addresses (with and without the scheme), emails and phone numbers; for 'role' the first
 * name too. redact.ts replaces each with what the person is shown as. Single capitalised
 * words (first and family names) match with case, so "Will" does not eat "will".
 */
import type { PersonLevel, PortfolioChoices, PortfolioPersonItem } from '../../../../shared/portfolio';
import type { PortfolioPlant } from './model';

export interface RedactionTerm {
  text: string;
  /** Single names match with case; everything else without. */
  caseSensitive: boolean;
}

/** A person as the plan shows them (shared/portfolio.ts), with the words to redact for them. */
export interface PersonView extends Omit<PortfolioPersonItem, 'replacements' | 'behind'> {
  /** Replaced by `shownAs` wherever they occur in exported text. */
  terms: RedactionTerm[];
  /** The subset that identifies a contact (handles, addresses, emails, phones): removed even from citations. */
  contactTerms: string[];
}

const ROLE_BY_TAG: Record<string, string> = {
  practicum: 'practicum mentor teacher',
  mentor: 'mentor',
  teacher: 'teacher',
  professor: 'professor',
  lecturer: 'lecturer',
  ta: 'teaching assistant',
  'teaching-assistant': 'teaching assistant',
  classmate: 'classmate',
  supervisor: 'supervisor',
  toastmasters: 'fellow Toastmaster',
  librarian: 'librarian',
  tutor: 'tutor',
};

const CIRCLE_NOUN = { professional: 'colleague', personal: 'friend', both: 'friend and colleague' } as const;

const HONORIFICS = new Set(['dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'mx', 'miss', 'sir', 'dame']);

function withArticle(phrase: string): string {
  const text = phrase.trim();
  if (/^(a|an|the|my|our|one)\s/i.test(text)) return text;
  return `${/^[aeiou]/i.test(text) ? 'an' : 'a'} ${text}`;
}

function humanTag(tag: string): string {
  return (tag.split('/').pop() ?? tag).replace(/[-_]+/g, ' ').trim();
}

export function roleOf(plant: PortfolioPlant, frontmatter: Record<string, unknown>): string {
  const explicit = frontmatter.role;
  if (typeof explicit === 'string' && explicit.trim() !== '') return withArticle(explicit.replace(/\s+/g, ' ').slice(0, 120));
  for (const tag of plant.tags) {
    const role = ROLE_BY_TAG[tag.toLowerCase()];
    if (role) return withArticle(role);
  }
  const noun = CIRCLE_NOUN[plant.person?.circle ?? 'professional'];
  const topic = plant.tags.map(humanTag).find((t) => t !== '');
  return topic ? `a ${noun} in ${topic}` : `a ${noun}`;
}

/** The given name, skipping honorifics ("Dr. Maya Chen" → "Maya"). */
export function firstNameOf(name: string): string {
  const words = name.trim().split(/\s+/);
  const first = words.find((w) => !HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')));
  return first ?? words[0] ?? name;
}

export function levelOf(plant: PortfolioPlant, choices: PortfolioChoices): PersonLevel {
  const chosen = choices.people?.[plant.path];
  if (chosen) return chosen;
  if (plant.portfolio === 'public') return 'name';
  if (plant.portfolio === true) return 'first-name';
  return 'role';
}

function strings(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map((v) => String(v).trim()).filter((v) => v !== '');
}

function handleVariants(handle: string): string[] {
  const bare = handle.replace(/^(@|u\/|\/u\/|r\/)/i, '');
  return bare.length >= 3 && bare !== handle ? [handle, bare] : [handle];
}

function urlVariants(url: string): string[] {
  const noScheme = url.replace(/^[a-z]+:\/\//i, '');
  const noSlash = noScheme.replace(/\/+$/, '');
  const noWww = noSlash.replace(/^www\./i, '');
  return [...new Set([url, url.replace(/\/+$/, ''), noScheme, noSlash, noWww])].filter((v) => v.length >= 6);
}

/** Contact details kept in frontmatter keys beyond `email` and `platforms`. */
function extraContacts(frontmatter: Record<string, unknown>): string[] {
  const keys = ['phone', 'phones', 'tel', 'mobile', 'url', 'urls', 'website', 'homepage', 'links', 'address'];
  return keys.flatMap((key) => strings(frontmatter[key]));
}

export function personView(plant: PortfolioPlant, frontmatter: Record<string, unknown>, choices: PortfolioChoices): PersonView {
  const person = plant.person;
  const name = person?.name ?? plant.title;
  const level = levelOf(plant, choices);
  const role = roleOf(plant, frontmatter);
  const first = firstNameOf(name);
  const shownAs = level === 'name' ? name : level === 'first-name' ? first : role;
  const platforms = person?.platforms ?? [];
  const available = [...new Set(platforms.filter((p) => p.handle || p.url).map((p) => p.platform))];
  const chosen = new Set(level === 'name' ? (choices.platforms?.[plant.path] ?? strings(frontmatter.portfolio_platforms)).map((p) => p.toLowerCase()) : []);
  const shown = platforms
    .filter((p) => chosen.has(p.platform) && (p.handle || p.url))
    .map((p) => ({ platform: p.platform, ...(p.handle ? { handle: p.handle } : {}), ...(p.url ? { url: p.url } : {}) }));

  const contact = new Set<string>();
  for (const email of person?.emails ?? []) contact.add(email);
  for (const extra of extraContacts(frontmatter)) contact.add(extra);
  for (const p of platforms) {
    if (chosen.has(p.platform)) continue;
    if (p.handle) for (const v of handleVariants(p.handle)) contact.add(v);
    if (p.url) for (const v of urlVariants(p.url)) contact.add(v);
  }
  const terms: RedactionTerm[] = [...contact].map((text) => ({ text, caseSensitive: false }));
  if (level !== 'name') {
    terms.push({ text: name, caseSensitive: false });
    for (const alias of plant.aliases) if (alias.trim().length >= 2) terms.push({ text: alias.trim(), caseSensitive: false });
    if (plant.title !== name) terms.push({ text: plant.title, caseSensitive: false });
    const words = name.split(/\s+/).filter((w) => !HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')));
    for (const word of words.slice(1)) if (word.length >= 3) terms.push({ text: word, caseSensitive: true });
    if (level === 'role' && first.length >= 2) terms.push({ text: first, caseSensitive: true });
  }
  return { path: plant.path, name, level, shownAs, role, platforms: shown, availablePlatforms: available, terms, contactTerms: [...contact] };
}

/** One sentence for the summary: exactly what of this person leaves. */
export function personalDataSentence(view: PersonView, replacements: number): string {
  const replaced = replacements > 0 ? ` ${replacements} mention${replacements === 1 ? '' : 's'} in the text ${replacements === 1 ? 'is' : 'are'} shown that way too.` : '';
  if (view.level === 'name') {
    const platforms = view.platforms.length === 0
      ? 'no platform, handle or address'
      : view.platforms.map((p) => [p.platform, p.handle, p.url].filter(Boolean).join(' ')).join('; ');
    return `${view.name}: full name, and ${platforms}. No email, phone or interaction note.`;
  }
  const how = view.level === 'first-name' ? `first name only (“${view.shownAs}”)` : `an anonymous role (“${view.shownAs}”)`;
  return `${view.name}: ${how}; no handle, email, address, phone or interaction note.${replaced}`;
}
