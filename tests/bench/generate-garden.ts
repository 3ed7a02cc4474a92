/**
 * Generates a realistic garden of `notes` notes plus people (5%) and sources (10%) for the
 * bench: frontmatter, tags, wikilinks of several forms, paragraphs of text. Deterministic
 * for a given size (seeded), so runs are comparable.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { seededRandom } from '../../shared/seeded-random';


const WORDS = 'learning scaffolding phonics reading vygotsky zone proximal development child memory attention practice feedback network community podcast paper teacher student research method evidence decoding fluency comprehension motivation language'.split(' ');
const TAGS = ['reading', 'phonics', 'zpd', 'speaking', 'research', 'method', 'memory', 'pln', 'teaching', 'psych/dev', 'psych/cognition'];

export interface GeneratedGarden {
  root: string;
  files: string[];
  bytes: number;
}

export async function generateGarden(root: string, notes: number): Promise<GeneratedGarden> {
  const random = seededRandom(notes);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const people = Math.max(5, Math.floor(notes * 0.05));
  const sources = Math.max(10, Math.floor(notes * 0.1));
  const noteName = (i: number) => `Note ${i} ${WORDS[i % WORDS.length]}`;
  const personName = (i: number) => `Person ${i}`;
  const sourceName = (i: number) => `Source ${i}`;
  const files: { rel: string; text: string }[] = [];
  const sentence = () => Array.from({ length: 8 + Math.floor(random() * 10) }, () => pick(WORDS)).join(' ');

  for (let i = 0; i < notes; i += 1) {
    const links = Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
      const r = random();
      if (r < 0.6) return `[[${noteName(Math.floor(random() * notes))}]]`;
      if (r < 0.75) return `[[${personName(Math.floor(random() * people))}|someone]]`;
      if (r < 0.9) return `[[${sourceName(Math.floor(random() * sources))}]]`;
      return `[[Missing idea ${Math.floor(random() * 50)}]]`;
    });
    const body = [
      `# ${noteName(i)}`,
      '',
      `${sentence()} ${links[0]} ${sentence()}. #${pick(TAGS)}`,
      '',
      `${sentence()} ${links.slice(1).join(' and ')}.`,
      '',
      '```',
      'code [[not a link]] #not-a-tag',
      '```',
      '',
      sentence(),
    ].join('\n');
    files.push({ rel: `notes/${Math.floor(i / 500)}/${noteName(i)}.md`, text: `---\ncreated: 2026-0${1 + (i % 9)}-1${i % 9}\ntags: [${pick(TAGS)}]\n---\n${body}\n` });
  }
  for (let i = 0; i < people; i += 1) {
    const interactions = Array.from({ length: Math.floor(random() * 5) }, (_, k) =>
      `  - { date: 2026-${String(1 + ((i + k) % 11)).padStart(2, '0')}-15, kind: message, direction: ${pick(['gave', 'received', 'mutual'])}, note: "${pick(WORDS)}" }`,
    ).join('\n');
    files.push({ rel: `people/${personName(i)}.md`, text: `---\ntype: person\nname: ${personName(i)}\ncircle: ${pick(['professional', 'personal', 'both'])}\ncadence: ${pick([7, 14, 30, 60])}\ntags: [${pick(TAGS)}]\ninteractions:\n${interactions || '  []'}\n---\n${sentence()}\n` });
  }
  for (let i = 0; i < sources; i += 1) {
    files.push({ rel: `sources/${sourceName(i)}.md`, text: `---\ntype: source\ntitle: ${sourceName(i)}\nurl: "https://example.org/${i}"\nkind: ${pick(['article', 'paper', 'podcast', 'video'])}\nplatform: ${pick(['reddit', 'youtube', 'linkedin', 'x'])}\nstatus: ${pick(['to-read', 'reading', 'read', 'applied'])}\nadded: 2026-05-01\nshared_by: "[[${personName(Math.floor(random() * people))}]]"\ntags: [${pick(TAGS)}]\n---\n${sentence()}\n` });
  }
  let bytes = 0;
  const dirs = new Set(files.map((f) => path.dirname(path.join(root, f.rel))));
  for (const dir of dirs) await mkdir(dir, { recursive: true });
  for (let i = 0; i < files.length; i += 256) {
    await Promise.all(files.slice(i, i + 256).map((f) => writeFile(path.join(root, f.rel), f.text)));
  }
  for (const f of files) bytes += Buffer.byteLength(f.text);
  return { root, files: files.map((f) => path.join(root, f.rel)), bytes };
}
