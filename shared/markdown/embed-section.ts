/**
 * The part of a note an embed shows: the whole body, the section under a heading
 * (`![[Note#Heading]]`, up to the next heading of the same or a higher level), or the block
 * that ends with `^id` (`![[Note#^id]]`). Pure string work on the body (no frontmatter).
 */
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.+?)[ \t#]*$/;

const fold = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

export function embedSection(body: string, heading: string | null): string | null {
  if (!heading) return body;
  const lines = body.split(/\r?\n/);
  if (heading.startsWith('^')) {
    const id = heading.slice(1);
    const at = lines.findIndex((line) => new RegExp(`(^|\\s)\\^${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`).test(line));
    if (at === -1) return null;
    let start = at;
    while (start > 0 && (lines[start - 1] ?? '').trim() !== '') start -= 1;
    return lines.slice(start, at + 1).join('\n').replace(/\s\^[\w-]+\s*$/, '');
  }
  // `Note#A#B`: the last heading named.
  const wanted = fold(heading.split('#').filter(Boolean).pop() ?? heading);
  let start = -1;
  let level = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const match = HEADING.exec(lines[i] ?? '');
    if (!match) continue;
    const depth = match[1]?.length ?? 1;
    if (start === -1) {
      if (fold(match[2] ?? '') === wanted) {
        start = i;
        level = depth;
      }
    } else if (depth <= level) {
      return lines.slice(start, i).join('\n');
    }
  }
  return start === -1 ? null : lines.slice(start).join('\n');
}
