import { describe, expect, it } from 'vitest';
import type { GardenPath } from '../../../../shared/types';
import { cannotBeWritten, decodeText, hashBytes, parseFrontmatter, parsePlantFile } from '../../../../electron/garden/parse-file';

const p = (s: string) => s as GardenPath;
const parse = (path: string, text: string | Uint8Array) => {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  return parsePlantFile(p(path), bytes, { size: bytes.length, mtimeMs: 1 });
};

describe('decodeText', () => {
  it('reads UTF-8 (with or without BOM) cleanly and flags binary or other encodings', () => {
    expect(decodeText(Buffer.from('plain café'))).toEqual({ text: 'plain café', problem: null });
    expect(decodeText(Buffer.from('\ufeff---\na: 1\n---\n')).problem).toBeNull();
    expect(decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9])).problem?.message).toMatch(/not valid UTF-8/);
    expect(decodeText(Buffer.from([0x61, 0x00, 0x62])).problem?.message).toMatch(/binary/);
  });
});

describe('parseFrontmatter on hostile YAML', () => {
  it('refuses an alias bomb with a sentence instead of expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => {
      const prev = i === 0 ? 'a' : `l${i - 1}`;
      return `l${i}: &l${i} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`;
    })].join('\n');
    const result = parseFrontmatter(bomb);
    expect(result.data).toBeNull();
    expect(result.problem?.kind).toBe('yaml');
    expect(result.problem?.message).toMatch(/^The properties \(YAML frontmatter\) cannot be read: .+\. The file is read-only until it is fixed\.$/);
  });

  it('reports 5,000-deep nesting as a problem, not a crash', () => {
    const deep = `a: ${'['.repeat(5000)}${']'.repeat(5000)}`;
    const result = parseFrontmatter(deep);
    expect(result.data).toBeNull();
    expect(result.problem?.kind).toBe('yaml');
  });

  it('never runs custom tags, keeps dates as text, and refuses duplicate keys and non-maps', () => {
    const tagged = parseFrontmatter('f: !!js/function "function () { return 1 }"');
    expect(tagged.data).toBeNull();
    expect(tagged.problem?.message).toMatch(/unknown tag/);
    expect(parseFrontmatter('when: 2024-02-29').data).toEqual({ when: '2024-02-29' });
    expect(parseFrontmatter('a: 1\na: 2').problem?.kind).toBe('yaml');
    expect(parseFrontmatter('- just\n- a list').problem?.message).toMatch(/key: value/);
    expect(parseFrontmatter('   ')).toEqual({ data: null, problem: null });
  });
});

describe('parsePlantFile', () => {
  it('keeps a file with an impossible date writable and says which value was ignored', () => {
    const record = parse('notes/A.md', '---\ncreated: 2024-02-30\n---\ntext');
    expect(record.readOnly).toBe(false);
    expect(record.created).toBeNull();
    expect(record.problems.map((x) => x.kind)).toEqual(['field']);
    expect(record.problems[0]?.message).toMatch(/2024-02-30/);
  });

  it('records lines of body links counted from the top of the file, and frontmatter links as line 0', () => {
    const record = parse('people/X.md', '---\nshared_by: "[[Maya]]"\n---\n\nfirst [[One]]\n```\n[[Not]]\n```\n![[Two.png]]');
    expect(record.links).toEqual([
      { target: 'Maya', embed: false, line: 0, markdown: false },
      { target: 'One', embed: false, line: 5, markdown: false },
      { target: 'Two.png', embed: true, line: 9, markdown: false },
    ]);
    expect(record.hash).toBe(hashBytes(Buffer.from('---\nshared_by: "[[Maya]]"\n---\n\nfirst [[One]]\n```\n[[Not]]\n```\n![[Two.png]]')));
  });

  it('merges frontmatter and body tags without case, first spelling kept', () => {
    expect(parse('a.md', '---\ntags: [Reading, zpd]\n---\n#reading #New #zpd/sub').tags).toEqual(['Reading', 'zpd', 'New', 'zpd/sub']);
  });
});

describe('cannotBeWritten', () => {
  it('matches PlantRecord.readOnly', () => {
    for (const bytes of [Buffer.from('fine'), Buffer.from('---\na: [\n---\n'), Buffer.from([0xff, 0xfe]), Buffer.from('---js\nx\n---\n')]) {
      expect(cannotBeWritten(bytes)).toBe(parse('a.md', bytes).readOnly);
    }
    expect(cannotBeWritten(Buffer.from('---\na: [\n---\n'))).toBe(true);
  });
});
