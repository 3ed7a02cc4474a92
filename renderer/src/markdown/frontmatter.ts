/**
 * The body of a note without its YAML frontmatter, split exactly as the core splits it
 * (shared/links.ts). The properties are shown from the index (PlantSummary), so the
 * rendered body never repeats the raw YAML.
 */
import { splitFrontmatter } from '../../../shared/links';

export function stripFrontmatter(text: string): string {
  return splitFrontmatter(text).body;
}

/** Drops a first `# Title` heading that repeats the title the page already shows. */
export function stripRepeatedTitle(body: string, title: string): string {
  const match = /^\s*#[ \t]+(.+?)[ \t#]*(?:\r?\n|$)/.exec(body);
  if (!match || match[1]?.trim() !== title.trim()) return body;
  return body.slice(match[0].length);
}
