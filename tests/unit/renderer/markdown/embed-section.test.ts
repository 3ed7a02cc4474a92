import { describe, expect, it } from 'vitest';
import { embedSection } from '../../../../renderer/src/markdown/embed-section';

const BODY = '# Title\n\nIntro\n\n## A\n\ntext a\n\n### A.1\n\ndeep\n\n## B\n\ntext b\nline two ^quote-1\n\nafter\n';

describe('embedSection', () => {
  it('is the whole body without a heading', () => {
    expect(embedSection(BODY, null)).toBe(BODY);
  });

  it('runs from the heading to the next of the same or higher level', () => {
    expect(embedSection(BODY, 'A')).toBe('## A\n\ntext a\n\n### A.1\n\ndeep\n');
    expect(embedSection(BODY, 'a.1')).toBe('### A.1\n\ndeep\n');
    expect(embedSection(BODY, 'Title#B')).toBe('## B\n\ntext b\nline two ^quote-1\n\nafter\n');
    expect(embedSection(BODY, 'Nope')).toBeNull();
  });

  it('finds the block that ends with ^id, without the marker', () => {
    expect(embedSection(BODY, '^quote-1')).toBe('text b\nline two');
    expect(embedSection(BODY, '^missing')).toBeNull();
    expect(embedSection('x ^ab-1', '^ab-1')).toBe('x');
  });
});
