import { describe, expect, it } from 'vitest';
import { platformSummaries } from '../../../../../renderer/src/views/platforms/platform-summary';
import { plant } from '../../helpers/plants';
import { person } from '../people/fixtures';

describe('platformSummaries', () => {
  it('counts people per circle and sources per platform, folds spellings, and lists communities with a hint from the seed post', () => {
    const plants = [
      person('A', { circle: 'professional', platforms: [{ platform: 'reddit', community: 'r/scienceofreading' }, { platform: 'Reddit' }] }, {}),
      person('B', { circle: 'both', platforms: [{ platform: 'reddit', community: 'r/scienceofreading' }, { platform: 'twitter' }] }, {}),
      person('C', { circle: 'personal', platforms: [{ platform: 'face-to-face', community: 'Riverside Toastmasters Club' }] }, {}),
      plant('sources/r-sor.md', { kind: 'source', source: { title: 'r/sor', url: 'https://www.reddit.com/r/scienceofreading/', kind: 'community', platform: 'reddit', sharedBy: null, status: 'read', added: null } }),
      plant('sources/Video.md', { kind: 'source', source: { title: 'V', url: 'https://youtu.be/abc', kind: 'video', platform: null, sharedBy: null, status: 'read', added: null } }),
      plant('sources/Paper.md', { kind: 'source', source: { title: 'P', url: null, kind: 'paper', platform: 'apa-psycinfo', sharedBy: null, status: 'read', added: null } }),
      plant('notes/N.md'),
    ];
    const summaries = platformSummaries(plants);
    expect(summaries.map((s) => [s.label, s.people.total, s.sources])).toEqual([
      ['Reddit', 2, 1], ['APA PsycInfo', 0, 1], ['Face to face', 1, 0], ['X', 1, 0], ['YouTube', 0, 1],
    ]);
    const reddit = summaries[0]!;
    expect(reddit.people).toEqual({ professional: 1, personal: 0, both: 1, total: 2 });
    expect(reddit.communities).toEqual([{ name: 'r/scienceofreading', people: 2, sources: 1 }]);
    expect(reddit.hint).toMatch(/^Community-based learning and resource sharing/);
    expect(summaries.find((s) => s.key === 'x')?.hint).toMatch(/^Quick updates and discussion/);
    expect(summaries.find((s) => s.key === 'face to face')?.communities[0]?.name).toBe('Riverside Toastmasters Club');
  });
});
