import { describe, expect, it } from 'vitest';
import { personSurroundings, timeline } from '../../../../../renderer/src/views/notes/person-log';
import { day, gp, plant, snapshot } from '../../helpers/plants';

describe('timeline', () => {
  it('is newest first, marks what is after today, and links what each was about as the core resolved it', () => {
    const entries = timeline(
      [
        { date: day('2026-10-01'), kind: 'call', direction: 'mutual' },
        { date: day('2026-11-20'), kind: 'feedback', direction: 'received', about: '[[Sold a Story|the podcast]] and [[Ghost]]' },
        { date: day('2026-12-24'), kind: 'event', direction: 'gave' },
      ],
      [
        { target: 'Sold a Story', resolved: gp('sources/Sold a Story.md'), embed: false },
        { target: 'Ghost', resolved: null, embed: false },
      ],
      day('2026-11-25'),
    );
    expect(entries.map((e) => [e.interaction.date, e.daysAgo, e.future])).toEqual([['2026-12-24', -29, true], ['2026-11-20', 5, false], ['2026-10-01', 55, false]]);
    expect(entries[1]?.about).toEqual([{ label: 'the podcast', path: 'sources/Sold a Story.md' }, { label: 'Ghost', path: null }]);
  });
});

describe('personSurroundings', () => {
  it('separates the sources they shared from the plants linked with them', () => {
    const snap = {
      ...snapshot([
        plant('people/Priya.md', { kind: 'person' }),
        plant('sources/Sold.md', { kind: 'source', title: 'Sold', sharedByPath: gp('people/Priya.md') }),
        plant('sources/Other.md', { kind: 'source', title: 'Other' }),
        plant('notes/Outline.md', { title: 'Outline' }),
        plant('goals/Paper.md', { kind: 'goal', title: 'Paper' }),
      ]),
      links: [
        { from: gp('sources/Sold.md'), to: gp('people/Priya.md') },
        { from: gp('notes/Outline.md'), to: gp('people/Priya.md') },
        { from: gp('people/Priya.md'), to: gp('goals/Paper.md') },
        { from: gp('people/Priya.md'), to: gp('sources/Other.md') },
        { from: gp('people/Priya.md'), to: gp('people/Priya.md') },
      ],
    };
    const around = personSurroundings(snap, 'people/Priya.md');
    expect(around.shared.map((p) => p.title)).toEqual(['Sold']);
    expect(around.linked.map((p) => p.title)).toEqual(['Outline', 'Paper', 'Other']);
  });
});
