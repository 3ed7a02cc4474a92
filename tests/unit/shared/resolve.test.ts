import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { extractWikilinksFromValue, scanMarkdown, splitFrontmatter } from '../../../shared/links';
import { LinkResolver, seedKey } from '../../../shared/resolve';
import { gardenPath } from '../../../shared/types';
import type { GardenPath } from '../../../shared/types';

const VAULT = fileURLToPath(new URL('../../fixtures/obsidian-vault', import.meta.url));

interface VaultFile {
  path: GardenPath;
  aliases: string[];
  /** Link targets in order: frontmatter first, then the body. */
  targets: string[];
}

/** Lists the vault the way a garden does: every file, dot-folders (.obsidian) skipped. */
function listVault(root: string, folder = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listVault(root, path));
    else out.push(path);
  }
  return out.sort();
}

function readVault(): VaultFile[] {
  return listVault(VAULT).map((path) => {
    if (!path.endsWith('.md')) return { path: gardenPath(path), aliases: [], targets: [] };
    const { frontmatter, body } = splitFrontmatter(readFileSync(join(VAULT, path), 'utf8'));
    const data: unknown = frontmatter ? parseYaml(frontmatter) : null;
    const aliasValue: unknown = data && typeof data === 'object' ? (data as Record<string, unknown>).aliases : undefined;
    const aliases = Array.isArray(aliasValue) ? aliasValue.map(String) : [];
    const targets = [...extractWikilinksFromValue(data), ...scanMarkdown(body).links].map((link) => link.target);
    return { path: gardenPath(path), aliases, targets };
  });
}

function resolverFor(files: readonly VaultFile[]): LinkResolver {
  const resolver = new LinkResolver();
  for (const file of files) resolver.upsert(file.path, file.aliases);
  return resolver;
}

/** Every link in the fixture vault and what it must resolve to (null: a seed). */
const EXPECTED: [source: string, target: string, resolved: string | null][] = [
  ['Archive/2023/Retro.md', 'Meeting Notes', 'Archive/2023/Meeting Notes.md'], // rule 2: own folder
  ['Archive/2023/Retro.md', 'Projects/Meeting Notes', 'Projects/Meeting Notes.md'], // rule 1: exact path
  ['Archive/2023/Retro.md', '2023/Meeting Notes', 'Archive/2023/Meeting Notes.md'], // rule 3: path suffix
  ['Archive/2023/Retro.md', 'Reading List', 'Archive/2023/Reading List.md'], // rule 2 over a shorter path
  ['Archive/2023/Retro.md', '../../Welcome', 'Welcome.md'], // relative to the source
  ['Archive/2023/Retro.md', './Missing', null], // explicit path: no name fallback
  ['Archive/2023/Retro.md', '../../../Outside', null], // leaves the garden
  ['Daily/2024-05-01.md', '../Welcome', 'Welcome.md'],
  ['Daily/2024-05-01.md', '../Welcome.md', 'Welcome.md'],
  ['Daily/2024-05-01.md', '../Projects/Meeting Notes.md', 'Projects/Meeting Notes.md'],
  ['Daily/2024-05-01.md', '../Attachments/diagram.png', 'Attachments/diagram.png'],
  ['Daily/2024-05-01.md', 'Attachments/diagram.png', 'Attachments/diagram.png'],
  ['Daily/2024-05-01.md', 'Zone of Proximal Development', 'Research/Zone of Proximal Development.md'],
  ['Daily/2024-05-01.md', 'Deep/Nested Idea', 'Research/Deep/Nested Idea.md'], // path suffix
  ['Daily/2024-05-01.md', 'Reading List', 'ZK/Q1/Reading List.md'], // rule 3: shortest path string
  ['Daily/2024-05-01.md', 'CC', 'People/Café Crème.md'], // alias
  ['People/Café Crème.md', 'Sold a Story', 'Sources/Sold a Story.md'],
  ['Projects/Meeting Notes.md', 'Welcome', 'Welcome.md'],
  ['Research/Deep/Nested Idea.md', 'Reading List', 'ZK/Q1/Reading List.md'], // an ancestor folder counts for nothing
  ['Research/Deep/Nested Idea.md', 'ZPD', 'Research/Zone of Proximal Development.md'],
  ['Research/Zone of Proximal Development.md', 'Ideas', 'Ideas.md'], // rule 1 beats rule 2
  ['Research/Zone of Proximal Development.md', 'Nested Idea', 'Research/Deep/Nested Idea.md'],
  ['Sources/Sold a Story.md', 'Café Crème', 'People/Café Crème.md'], // from frontmatter
  ['Sources/Sold a Story.md', 'Zone of Proximal Development', 'Research/Zone of Proximal Development.md'],
  ['Welcome.md', 'Meeting Notes', 'Projects/Meeting Notes.md'], // rule 3: shorter of two
  ['Welcome.md', 'Archive/2023/Meeting Notes', 'Archive/2023/Meeting Notes.md'],
  ['Welcome.md', 'projects/meeting notes', 'Projects/Meeting Notes.md'], // without case
  ['Welcome.md', 'ZPD', 'Research/Zone of Proximal Development.md'],
  ['Welcome.md', "vygotsky's zpd", 'Research/Zone of Proximal Development.md'], // alias without case
  ['Welcome.md', 'Reading List', 'ZK/Q1/Reading List.md'],
  ['Welcome.md', 'Ideas', 'Ideas.md'],
  ['Welcome.md', 'Research/Ideas', 'Research/Ideas.md'],
  ['Welcome.md', 'Café Crème', 'People/Café Crème.md'],
  ['Welcome.md', 'café crème', 'People/Café Crème.md'],
  ['Welcome.md', 'Nested Idea', 'Research/Deep/Nested Idea.md'],
  ['Welcome.md', 'diagram.png', 'Attachments/diagram.png'],
  ['Welcome.md', 'diagram', null], // attachments need their extension
  ['Welcome.md', 'Not Yet Written', null],
  ['Welcome.md', 'Archive/2023/Retro.md', 'Archive/2023/Retro.md'], // markdown link
  ['Welcome.md', 'People/Café Crème.md', 'People/Café Crème.md'], // percent-decoded markdown link
  ['Welcome.md', '', 'Welcome.md'], // [[#Welcome]]: the note itself
  ['Welcome.md', 'Welcome.md', 'Welcome.md'],
];

describe('LinkResolver against a real Obsidian-style vault', () => {
  const files = readVault();

  it('reads the fixture: plants, an attachment, aliases', () => {
    expect(files.map((f) => f.path)).toContain('Attachments/diagram.png');
    expect(files.find((f) => f.path === 'Research/Zone of Proximal Development.md')?.aliases).toEqual(['ZPD', "Vygotsky's ZPD"]);
    expect(files).toHaveLength(16);
  });

  it('resolves every link in the vault as Obsidian would (plus aliases)', () => {
    const resolver = resolverFor(files);
    const actual = files.flatMap((file) => file.targets.map((target) => [file.path, target, resolver.resolve(target, file.path)]));
    expect(actual).toEqual(EXPECTED);
  });

  it('does not depend on the order files were added', () => {
    const reversed = resolverFor([...files].reverse());
    for (const [source, target, resolved] of EXPECTED) expect(reversed.resolve(target, gardenPath(source))).toBe(resolved);
  });

  it('matches NFD file names with NFC links and NFC names with NFD links', () => {
    const nfd = resolverFor(files.map((f) => ({ ...f, path: gardenPath(f.path.normalize('NFD')) })));
    expect(nfd.resolve('Café Crème', gardenPath('Welcome.md'))).toBe('People/Café Crème.md'.normalize('NFD'));
    const nfc = resolverFor(files);
    expect(nfc.resolve('Café Crème'.normalize('NFD'), gardenPath('Welcome.md'))).toBe('People/Café Crème.md');
    expect(nfc.resolve('people/CAFÉ CRÈME.MD'.normalize('NFD'), gardenPath('Welcome.md'))).toBe('People/Café Crème.md');
  });

  it('lists the candidates of an ambiguous name, in resolution order', () => {
    const resolver = resolverFor(files);
    expect(resolver.candidates('Meeting Notes')).toEqual(['Projects/Meeting Notes.md', 'Archive/2023/Meeting Notes.md']);
    expect(resolver.candidates('reading list')).toEqual([
      'ZK/Q1/Reading List.md', 'Someday/Reading List.md', 'Research/Reading List.md', 'Archive/2023/Reading List.md',
    ]);
    expect(resolver.candidates('2023/Reading List')).toEqual(['Archive/2023/Reading List.md']);
    expect(resolver.candidates('zpd')).toEqual(['Research/Zone of Proximal Development.md']);
    expect(resolver.candidates('diagram.png')).toEqual(['Attachments/diagram.png']);
    expect(resolver.candidates('diagram')).toEqual([]);
    expect(resolver.candidates('Nobody')).toEqual([]);
  });

  it('follows removals and renames', () => {
    const resolver = resolverFor(files);
    const from = gardenPath('Welcome.md');
    resolver.remove(gardenPath('ZK/Q1/Reading List.md'));
    expect(resolver.has(gardenPath('ZK/Q1/Reading List.md'))).toBe(false);
    expect(resolver.resolve('Reading List', from)).toBe('Someday/Reading List.md');
    resolver.upsert(gardenPath('Reading List.md'));
    expect(resolver.resolve('Reading List', gardenPath('Archive/2023/Retro.md'))).toBe('Reading List.md'); // exact path beats own folder
    resolver.upsert(gardenPath('Research/Zone of Proximal Development.md'), ['Scaffolding theory']);
    expect(resolver.resolve('ZPD', from)).toBeNull();
    expect(resolver.resolve('scaffolding THEORY', from)).toBe('Research/Zone of Proximal Development.md');
  });
});

describe('LinkResolver rules in isolation', () => {
  const build = (paths: string[], aliases: Record<string, string[]> = {}): LinkResolver => {
    const resolver = new LinkResolver();
    for (const p of paths) resolver.upsert(gardenPath(p), aliases[p]);
    return resolver;
  };
  const at = gardenPath;

  it('reproduces the fixture that settled Obsidian’s tie-break (markdown-vault-mcp #1350)', () => {
    const r = build(['Note.md', 'zzzz/Note.md', 'a/b/Note.md']);
    for (const source of ['src-root.md', 'zzzz/src.md', 'a/b/src.md']) expect(r.resolve('Note', at(source))).toBe('Note.md');
    r.remove(at('Note.md'));
    expect(r.resolve('Note', at('zzzz/src.md'))).toBe('zzzz/Note.md');
    expect(r.resolve('Note', at('a/b/src.md'))).toBe('a/b/Note.md');
    expect(r.resolve('Note', at('src-root.md'))).toBe('a/b/Note.md'); // 11 characters beat 12, though deeper
    r.upsert(at('b/Note.md'));
    r.upsert(at('aaaaaaaa/Note.md'));
    expect(r.resolve('Note', at('src-root.md'))).toBe('b/Note.md');
    expect(r.resolve('Note', at('zzzz/deep/src.md'))).toBe('b/Note.md');
    expect(r.resolve('b/Note', at('a/b/src.md'))).toBe('b/Note.md'); // exact path over the own-folder suffix match
  });

  it('breaks ties of equal length by folded path, then by raw path', () => {
    const r = build(['bb/Tie.md', 'aa/Tie.md', 'zz/Tie.md']);
    expect(r.resolve('Tie', at('x.md'))).toBe('aa/Tie.md');
    const twins = build(['note.md', 'Note.md']);
    expect(twins.resolve('Note', at('x.md'))).toBe('Note.md'); // spelt exactly
    expect(twins.resolve('note', at('x.md'))).toBe('note.md');
    expect(twins.resolve('NOTE', at('x.md'))).toBe('Note.md'); // raw order: 'N' < 'n'
  });

  it('picks among NFC/NFD twins by exact spelling, else deterministically', () => {
    const nfc = 'Café.md';
    const nfd = 'Café.md'.normalize('NFD');
    for (const order of [[nfc, nfd], [nfd, nfc]]) {
      const r = build(order);
      expect(r.resolve('Café', at('x.md'))).toBe(nfc);
      expect(r.resolve('Café'.normalize('NFD'), at('x.md'))).toBe(nfd);
      expect(r.resolve('CAFÉ', at('x.md'))).toBe(nfd); // same length and fold: raw order, 'e' + U+0301 < 'é'
    }
  });

  it('prefers the attachment named exactly over a plant with .md added', () => {
    const r = build(['x.png', 'x.png.md']);
    expect(r.resolve('x.png', at('a.md'))).toBe('x.png');
    expect(r.resolve('x.png.md', at('a.md'))).toBe('x.png.md');
    expect(r.resolve('X.PNG', at('a.md'))).toBe('x.png');
    expect(r.resolve('X.PNG.MD', at('a.md'))).toBe('x.png.md');
    expect(build(['x.md.md']).resolve('x.md', at('a.md'))).toBe('x.md.md'); // as written, then with .md added
    expect(build(['x.md.md']).resolve('./x.md', at('a.md'))).toBe('x.md.md');
  });

  it('resolves .md in any case, backslashes and redundant segments', () => {
    const r = build(['Folder/Ext.md']);
    expect(r.resolve('Ext.MD', at('a.md'))).toBe('Folder/Ext.md');
    expect(r.resolve('Folder\\Ext', at('a.md'))).toBe('Folder/Ext.md');
    expect(r.resolve('Folder//./Ext', at('a.md'))).toBe('Folder/Ext.md');
    expect(r.resolve('/Folder/Ext.md', at('Other/a.md'))).toBe('Folder/Ext.md');
    expect(r.resolve('/Ext', at('a.md'))).toBeNull(); // absolute: no name fallback
    expect(r.resolve('  Ext  ', at('a.md'))).toBe('Folder/Ext.md');
    for (const folder of ['Folder/', './', '.', '..', 'Folder/..', 'Folder/.', '/', '../']) expect(r.resolve(folder, at('Folder/Ext.md'))).toBeNull();
  });

  it('never gives attachments aliases and ignores empty ones', () => {
    const r = build(['pic.png', 'Note.md'], { 'pic.png': ['Picture'], 'Note.md': ['', '  '] });
    expect(r.resolve('Picture', at('a.md'))).toBeNull();
    expect(r.resolve('', at('a.md'))).toBeNull(); // the source is not in the index
    expect(r.candidates('')).toEqual([]);
  });

  it('prefers a name over an alias, and aliases tie like names', () => {
    const r = build(['People/Sam.md', 'Samantha Lee.md', 'Team/Sam Lee.md'], { 'Samantha Lee.md': ['Sam'], 'Team/Sam Lee.md': ['Lee'] });
    expect(r.resolve('Sam', at('a.md'))).toBe('People/Sam.md');
    expect(r.candidates('sam')).toEqual(['People/Sam.md', 'Samantha Lee.md']);
    expect(r.resolve('lee', at('a.md'))).toBe('Team/Sam Lee.md');
  });

  it('upsert replaces, remove forgets, unknown removals are harmless', () => {
    const r = build(['A.md'], { 'A.md': ['Alpha'] });
    r.upsert(at('A.md'), ['Beta']);
    expect(r.resolve('Alpha', at('x.md'))).toBeNull();
    expect(r.resolve('beta', at('x.md'))).toBe('A.md');
    expect(r.size).toBe(1);
    r.remove(at('A.md'));
    r.remove(at('A.md'));
    r.remove(at('Never.md'));
    expect(r.size).toBe(0);
    expect(r.resolve('A', at('x.md'))).toBeNull();
    expect(r.candidates('beta')).toEqual([]);
  });
});

describe('seedKey', () => {
  it('drops .md and case and normalises Unicode', () => {
    expect(seedKey(' Not Yet Written.MD ')).toBe('not yet written');
    expect(seedKey('Café'.normalize('NFD'))).toBe(seedKey('CAFÉ'));
    expect(seedKey('straße')).toBe(seedKey('STRASSE'));
    expect(seedKey('diagram.png')).toBe('diagram.png');
    expect(seedKey('.md')).toBe('.md');
  });

  it('is the same for NFC and NFD twins and for upper and lower case', () => {
    const letters = fc.constantFrom(...'aAzZ éÉèÈüÜñÑßẞİıIiΣσςÅåΩωǅǄǆ한글ﬁ-_.0'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: letters, maxLength: 12 }), (s) => {
        expect(seedKey(s.normalize('NFD'))).toBe(seedKey(s.normalize('NFC')));
        expect(seedKey(s.toUpperCase())).toBe(seedKey(s.toLowerCase()));
        expect(seedKey(seedKey(s))).toBe(seedKey(s));
      }),
    );
  });
});

// ---- properties over generated gardens ------------------------------------------------

const nameChar = fc.constantFrom(...'abcdeABCDE xyz éÉ한ß-_.()'.split(''));
const fileName = fc
  .string({ unit: nameChar, minLength: 1, maxLength: 8 })
  .map((s) => s.trim())
  .filter((s) => s !== '' && s !== '.' && s !== '..');
const folder = fc.array(fc.constantFrom('a', 'b', 'Notes', 'Ä', 'deep'), { maxLength: 3 });
const plantPath = fc.tuple(folder, fileName).map(([dirs, name]) => [...dirs, `${name}.md`].join('/'));
const anyPath = fc.oneof(
  plantPath,
  fc.tuple(folder, fileName, fc.constantFrom('png', 'pdf')).map(([dirs, name, ext]) => [...dirs, `${name}.${ext}`].join('/')),
);

function nameKeyOf(path: string): string {
  return seedKey(path.slice(path.lastIndexOf('/') + 1));
}

describe('LinkResolver properties', () => {
  it('a file whose name is unique is found by that name from anywhere, in any case or normalisation', () => {
    fc.assert(
      fc.property(fc.uniqueArray(anyPath, { minLength: 1, maxLength: 30, selector: nameKeyOf }), fc.nat(), plantPath, (paths, pick, source) => {
        const r = new LinkResolver();
        for (const p of paths) r.upsert(gardenPath(p));
        const path = paths[pick % paths.length] as string;
        const name = path.slice(path.lastIndexOf('/') + 1);
        const target = path.endsWith('.md') ? name.slice(0, -3) : name;
        expect(r.resolve(target, gardenPath(source))).toBe(path);
        expect(r.resolve(name, gardenPath(source))).toBe(path);
        expect(r.resolve(target.toUpperCase().normalize('NFD'), gardenPath(source))).toBe(path);
        expect(r.candidates(target)).toEqual([path]);
      }),
    );
  });

  it('resolution does not depend on insertion order, and incremental removal equals a fresh build', () => {
    const garden = fc.uniqueArray(plantPath, { minLength: 1, maxLength: 25 });
    fc.assert(
      fc.property(garden, fc.infiniteStream(fc.boolean()), (paths, coin) => {
        const flips = paths.map(() => coin.next().value as boolean);
        const kept = paths.filter((_, i) => !flips[i]);
        const incremental = new LinkResolver();
        for (const p of paths) incremental.upsert(gardenPath(p), [nameKeyOf(p).slice(0, 2)]);
        for (const [i, p] of paths.entries()) if (flips[i]) incremental.remove(gardenPath(p));
        const fresh = new LinkResolver();
        for (const p of [...kept].reverse()) fresh.upsert(gardenPath(p), [nameKeyOf(p).slice(0, 2)]);
        for (const target of paths.map((p) => p.slice(p.lastIndexOf('/') + 1, -3))) {
          for (const source of paths) {
            const a = incremental.resolve(target, gardenPath(source));
            expect(a).toBe(fresh.resolve(target, gardenPath(source)));
            if (a !== null) expect(kept).toContain(a);
          }
          expect(incremental.candidates(target)).toEqual(fresh.candidates(target));
        }
      }),
    );
  });

  it('whatever it returns is in the index, and it never throws', () => {
    fc.assert(
      fc.property(fc.array(anyPath, { maxLength: 15 }), fc.string({ maxLength: 30 }), plantPath, (paths, target, source) => {
        const r = new LinkResolver();
        for (const p of paths) r.upsert(gardenPath(p));
        const resolved = r.resolve(target, gardenPath(source));
        if (resolved !== null && resolved !== source) expect(r.has(resolved)).toBe(true);
        for (const c of r.candidates(target)) expect(r.has(c)).toBe(true);
      }),
    );
  });
});
