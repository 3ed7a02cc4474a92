/** The bibliography in APA (citation-js, offline, bundled style): exact strings for a paper, a podcast and a video. */
import { describe, expect, it } from 'vitest';
import { cslItem, formatBibliography, parseName, type CitableSource } from '../../../../../../electron/garden/export/portfolio/bibliography';
import { Redactor } from '../../../../../../electron/garden/export/portfolio/redact';
import type { SourceFields } from '../../../../../../shared/types';

const source = (fields: Partial<SourceFields>): SourceFields => ({ title: '', url: null, kind: 'other', platform: null, sharedBy: null, status: 'read', added: null, ...fields });

const PAPER: CitableSource = {
  id: 'wood', title: 'The role of tutoring in problem solving',
  source: source({ kind: 'paper', url: 'https://doi.org/10.1111/j.1469-7610.1976.tb00381.x', added: '2026-10-07' as never }),
  frontmatter: { authors: ['David Wood', 'Jerome S. Bruner', 'Gail Ross'], year: 1976, journal: 'Journal of Child Psychology and Psychiatry', volume: 17, issue: 2, pages: '89–100' },
};
const PODCAST: CitableSource = {
  id: 'sold', title: 'Sold a Story: How Teaching Kids to Read Went So Wrong',
  source: source({ kind: 'podcast', platform: 'podcast', url: 'https://features.apmreports.org/sold-a-story/' }),
  frontmatter: { creator: 'Emily Hanford, APM Reports', year: 2022 },
};
const VIDEO: CitableSource = {
  id: 'crash', title: 'The Growth of Knowledge: Crash Course Psychology #18',
  source: source({ kind: 'video', platform: 'youtube', url: 'https://www.youtube.com/watch?v=8nz2dtv--ok' }),
  frontmatter: { creator: 'CrashCourse', date: '2014-06-09' },
};

describe('bibliography', () => {
  it('formats a paper, a podcast and a video in APA, in APA order', () => {
    const citations = formatBibliography([PAPER, PODCAST, VIDEO], 'apa', new Redactor([]));
    expect(citations.map((c) => c.text)).toEqual([
      'CrashCourse. (2014, June 9). The Growth of Knowledge: Crash Course Psychology #18 [Video]. YouTube. https://www.youtube.com/watch?v=8nz2dtv--ok',
      'Hanford, E. (2022). Sold a Story: How Teaching Kids to Read Went So Wrong [Podcast]. APM Reports. https://features.apmreports.org/sold-a-story/',
      'Wood, D., Bruner, J. S., & Ross, G. (1976). The role of tutoring in problem solving. Journal of Child Psychology and Psychiatry, 17(2), 89–100. https://doi.org/10.1111/j.1469-7610.1976.tb00381.x',
    ]);
    expect(citations[2]?.html).toBe('Wood, D., Bruner, J. S., &#x26; Ross, G. (1976). The role of tutoring in problem solving. <i>Journal of Child Psychology and Psychiatry</i>, <i>17</i>(2), 89–100. https://doi.org/10.1111/j.1469-7610.1976.tb00381.x');
  });

  it('formats the same sources in another bundled style', () => {
    const [vancouver] = formatBibliography([PAPER], 'vancouver', new Redactor([]));
    expect(vancouver?.text).toMatch(/^1\. Wood D, Bruner JS, Ross G\. The role of tutoring in problem solving\. Journal of Child Psychology and Psychiatry/);
  });

  it('never lets a hostile title become markup', () => {
    const evil: CitableSource = { id: 'evil', title: '<img src=x onerror=alert(1)><script>alert(1)</script>', source: source({ kind: 'article' }), frontmatter: { creator: '<b onclick=alert(1)>Bad</b>' } };
    const [citation] = formatBibliography([evil], 'apa', new Redactor([]));
    expect(citation?.html).not.toMatch(/<(img|script|b)\b/i);
    expect(citation?.html).toContain('&#x3C;img src=x onerror=alert(1)>');
  });

  it('reads names in both orders, and keeps organisations and descriptions whole', () => {
    expect(parseName('Jerome S. Bruner')).toEqual({ given: 'Jerome S.', family: 'Bruner' });
    expect(parseName('Bruner, Jerome S.')).toEqual({ family: 'Bruner', given: 'Jerome S.' });
    expect(parseName('a literacy coach (example account)')).toEqual({ literal: 'a literacy coach (example account)' });
    expect(parseName('CrashCourse')).toEqual({ literal: 'CrashCourse' });
  });

  it('drops an address that belongs to a person of the garden', () => {
    const redactor = new Redactor([{ path: 'people/J.md' as never, name: 'J', level: 'role', shownAs: 'a colleague', role: 'a colleague', platforms: [], availablePlatforms: [], terms: [{ text: 'youtube.com/@jordan-ex', caseSensitive: false }], contactTerms: ['youtube.com/@jordan-ex'] }]);
    const item = cslItem({ id: 'j', title: 'Demo lesson', source: source({ kind: 'video', platform: 'youtube', url: 'https://www.youtube.com/@jordan-ex' }), frontmatter: {} }, redactor);
    expect(item.URL).toBeUndefined();
  });
});
