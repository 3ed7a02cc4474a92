/**
 * Replaces every way a person could be recognised (people.ts's terms) with what the
 * portfolio shows for them, in any text that leaves. Pure.
 *
 * Not one big regex: a garden of 500 people has thousands of terms, and an alternation
 * that long is tried branch by branch at every character. Instead the terms are filed by
 * their first three characters (lower-cased) and looked up only where a word starts, longest
 * first; a match must end at a word boundary too, so "Rosa" never matches inside "Rosalind".
 */
import type { GardenPath } from '../../../../shared/types';
import type { PersonView } from './people';

interface Entry { text: string; lower: string; caseSensitive: boolean; replacement: string; person: GardenPath }

const WORD = /[\p{L}\p{N}_]/u;
const KEY = 3;

export class Redactor {
  private readonly byKey = new Map<string, Entry[]>();
  /** Replacements made so far, per person (for the summary). */
  readonly counts = new Map<GardenPath, number>();

  constructor(views: Iterable<PersonView>, options: { contactOnly?: boolean } = {}) {
    for (const view of views) {
      const terms = options.contactOnly ? view.contactTerms.map((text) => ({ text, caseSensitive: false })) : view.terms;
      for (const term of terms) {
        const text = term.text.trim();
        if (text.length < 2) continue;
        const entry: Entry = { text, lower: text.toLowerCase(), caseSensitive: term.caseSensitive, replacement: view.shownAs, person: view.path };
        const key = entry.lower.slice(0, KEY);
        const list = this.byKey.get(key) ?? [];
        list.push(entry);
        this.byKey.set(key, list);
      }
    }
    for (const list of this.byKey.values()) list.sort((a, b) => b.text.length - a.text.length);
  }

  get empty(): boolean {
    return this.byKey.size === 0;
  }

  /** True when `text` holds any term (for link addresses, which are dropped rather than rewritten). */
  matches(text: string): boolean {
    return this.redact(text, false) !== text;
  }

  /** `sentenceStart`: the text opens a sentence, so a replacement at its very start is capitalised. */
  redact(text: string, count = true, sentenceStart = false): string {
    if (this.byKey.size === 0 || text.length < 2) return text;
    const lower = text.toLowerCase();
    let out = '';
    let last = 0;
    for (let i = 0; i < text.length; i += 1) {
      if (i > 0 && WORD.test(text[i - 1] ?? '')) continue;
      const candidates = this.byKey.get(lower.slice(i, i + KEY));
      if (!candidates) continue;
      const found = candidates.find((e) => {
        const end = i + e.text.length;
        if (end > text.length || (end < text.length && WORD.test(text[end] ?? '') && WORD.test(e.text.at(-1) ?? ''))) return false;
        return e.caseSensitive ? text.startsWith(e.text, i) : lower.startsWith(e.lower, i);
      });
      if (!found) continue;
      out += text.slice(last, i) + this.capitalised(found.replacement, text, i, sentenceStart);
      last = i + found.text.length;
      i = last - 1;
      if (count) this.counts.set(found.person, (this.counts.get(found.person) ?? 0) + 1);
    }
    return last === 0 ? text : out + text.slice(last);
  }

  /** "a colleague" at the start of a sentence reads "A colleague". */
  private capitalised(replacement: string, text: string, at: number, sentenceStart: boolean): string {
    const before = text.slice(0, at);
    const starts = before.trim() === '' ? sentenceStart || /\n\s*$/.test(before) : /[.!?]\s+$/.test(before) || /\n\s*$/.test(before);
    return starts ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
  }
}
