import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sectionKeys, splitSections } from '../../../../renderer/src/markdown/sections';

describe('splitSections', () => {
  it('starts a section at each heading, keeping every byte', () => {
    const note = 'intro\n\n# One\ntext\n- a\n- b\n## Two\n> quote\n#tag is not a heading\n### Three';
    const sections = splitSections(note);
    expect(sections).toEqual(['intro\n\n', '# One\ntext\n- a\n- b\n', '## Two\n> quote\n#tag is not a heading\n', '### Three']);
    expect(sections.join('')).toBe(note);
  });

  it('never splits inside fenced code, whatever the fence', () => {
    const note = '# A\n```md\n# not a heading\n~~~\n# still code\n```\n# B\n~~~~\n# code\n~~~~\n';
    expect(splitSections(note)).toEqual(['# A\n```md\n# not a heading\n~~~\n# still code\n```\n', '# B\n~~~~\n# code\n~~~~\n']);
  });

  it('keeps a note whole when a reference definition or footnote could reach across sections', () => {
    expect(splitSections('# A\nsee [x]\n# B\n[x]: https://example.org\n')).toHaveLength(1);
    expect(splitSections('# A\nclaim[^1]\n# B\n[^1]: source\n')).toHaveLength(1);
  });

  it('loses or adds nothing for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('# h', '## h2', '```', '~~~', 'text', '', '- item', '    # indented', '#tag'), { maxLength: 30 }), (lines) => {
        const note = lines.join('\n');
        expect(splitSections(note).join('')).toBe(note);
      }),
    );
  });
});

describe('sectionKeys', () => {
  it('keys sections by content, so an unchanged section keeps its key when another is inserted', () => {
    const before = sectionKeys(['# A\n', '# B\n']);
    const after = sectionKeys(['# A\n', '# New\n', '# B\n']);
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[1]);
    expect(new Set(sectionKeys(['# Same\n', '# Same\n'])).size).toBe(2);
  });
});
