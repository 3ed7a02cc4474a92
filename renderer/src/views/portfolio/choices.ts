/**
 * The export dialog's edits to the portfolio choices, as pure functions (tested without a
 * page). Adding or removing by hand is two lists: a plant put back after a removal leaves
 * `exclude`; one the rules would not select goes into `include`.
 */
import type { PersonLevel, PortfolioChoices, PortfolioPlan } from '../../../../shared/portfolio';

export type Choices = PortfolioPlan['choices'];

const without = (list: readonly string[], path: string) => list.filter((p) => p !== path);

/** `selected`: whether the plant should be in the portfolio. */
export function setSelected(choices: Choices, path: string, selected: boolean): Choices {
  if (selected) {
    const wasExcluded = choices.exclude.includes(path);
    return { ...choices, exclude: without(choices.exclude, path), include: wasExcluded || choices.include.includes(path) ? choices.include : [...choices.include, path] };
  }
  return { ...choices, include: without(choices.include, path), exclude: choices.exclude.includes(path) ? choices.exclude : [...choices.exclude, path] };
}

export function addTag(choices: Choices, tag: string): Choices {
  const clean = tag.trim().replace(/^#/, '');
  if (clean === '' || choices.includeTags.some((t) => t.toLowerCase() === clean.toLowerCase())) return choices;
  return { ...choices, includeTags: [...choices.includeTags, clean] };
}

export function removeTag(choices: Choices, tag: string): Choices {
  return { ...choices, includeTags: choices.includeTags.filter((t) => t !== tag) };
}

export function setPersonLevel(choices: Choices, path: string, level: PersonLevel): Choices {
  return { ...choices, people: { ...(choices.people ?? {}), [path]: level } };
}

export function setPlatform(choices: Choices, path: string, platform: string, shown: boolean, current: readonly string[]): Choices {
  const next = shown ? [...new Set([...current, platform])] : current.filter((p) => p !== platform);
  return { ...choices, platforms: { ...(choices.platforms ?? {}), [path]: next } };
}

/** What the core is sent: the whole choice set, so the plan and the export see the same. */
export function toRequest(choices: Choices): PortfolioChoices {
  return { ...choices };
}

export const LEVEL_LABELS: Record<PersonLevel, string> = {
  role: 'Anonymous role',
  'first-name': 'First name only',
  name: 'Full name',
};
