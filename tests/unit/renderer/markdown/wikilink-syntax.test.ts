import { describe, expect, it } from 'vitest';
import { splitWikilinks, wikilinkText } from '../../../../renderer/src/markdown/wikilink-syntax';
import { stripFrontmatter, stripRepeatedTitle } from '../../../../renderer/src/markdown/frontmatter';

const links = (text: string) => splitWikilinks(text).flatMap((p) => (p.type === 'wikilink' ? [p.link] : []));

describe('splitWikilinks', () => {
  it('reads every link form', () => {
    expect(links('[[A]] [[B|b label]] [[C#Heading]] [[D#^block]] ![[E.png]] [[F#H|f]] [[#Local]]')).toEqual([
      { embed: false, target: 'A', heading: null, label: null, raw: '[[A]]' },
      { embed: false, target: 'B', heading: null, label: 'b label', raw: '[[B|b label]]' },
      { embed: false, target: 'C', heading: 'Heading', label: null, raw: '[[C#Heading]]' },
      { embed: false, target: 'D', heading: '^block', label: null, raw: '[[D#^block]]' },
      { embed: true, target: 'E.png', heading: null, label: null, raw: '![[E.png]]' },
      { embed: false, target: 'F', heading: 'H', label: 'f', raw: '[[F#H|f]]' },
      { embed: false, target: '', heading: 'Local', label: null, raw: '[[#Local]]' },
    ]);
  });

  it('keeps the text around links', () => {
    expect(splitWikilinks('a [[B]] c')).toEqual([
      { type: 'text', value: 'a ' },
      { type: 'wikilink', link: { embed: false, target: 'B', heading: null, label: null, raw: '[[B]]' } },
      { type: 'text', value: ' c' },
    ]);
  });

  it('follows Obsidian on odd brackets and line breaks', () => {
    expect(links('[[Sq]uare]]').map((l) => l.target)).toEqual(['Sq]uare']);
    expect(links('[[a [[b]] c]]').map((l) => l.target)).toEqual(['b']);
    expect(links('[[a\nb]]')).toEqual([]);
    expect(links('[[]] [[ ]] [[|x]]')).toEqual([]);
  });

  it('names links for the reader', () => {
    const [plain, labelled, heading, block] = links('[[A]] [[B|bee]] [[C#H]] [[D#^x]]');
    expect([plain, labelled, heading, block].map((l) => wikilinkText(l!))).toEqual(['A', 'bee', 'C › H', 'D']);
  });
});

describe('frontmatter', () => {
  it('removes the frontmatter as the core splits it', () => {
    expect(stripFrontmatter('---\na: 1\n---\nBody')).toBe('Body');
    expect(stripFrontmatter('\uFEFF---\r\na: 1\r\n...\r\nBody')).toBe('Body');
    expect(stripFrontmatter('---\nnever closed\nBody')).toBe('---\nnever closed\nBody');
    expect(stripFrontmatter('No frontmatter')).toBe('No frontmatter');
  });

  it('drops only a first heading that repeats the title', () => {
    expect(stripRepeatedTitle('\n# Title\n\nText', 'Title')).toBe('\nText');
    expect(stripRepeatedTitle('# Other\n\nText', 'Title')).toBe('# Other\n\nText');
    expect(stripRepeatedTitle('Text\n# Title', 'Title')).toBe('Text\n# Title');
  });
});
