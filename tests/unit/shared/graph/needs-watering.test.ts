import { describe, expect, it } from 'vitest';
import { needsWatering } from '../../../../shared/graph/needs-watering';
import { plant } from '../../renderer/helpers/plants';

describe('needsWatering', () => {
  it('keeps only neglected plants, most urgent first', () => {
    const plants = [
      plant('notes/fine.md'),
      plant('notes/thriving.md', { health: { state: 'thriving' } }),
      plant('notes/orphan.md', { health: { state: 'orphan', vitality: 0.3 } }),
      plant('sources/unplanted.md', { kind: 'source', health: { state: 'unplanted', vitality: 0.3 } }),
      plant('people/taker.md', { kind: 'person', health: { state: 'healthy', vitality: 0.7, reciprocity: 'only-taking' } }),
      plant('people/giver.md', { kind: 'person', health: { state: 'thriving', vitality: 0.9, reciprocity: 'only-giving' } }),
      plant('people/balanced.md', { kind: 'person', health: { state: 'healthy', vitality: 0.8, reciprocity: 'balanced' } }),
      plant('people/thirsty.md', { kind: 'person', health: { state: 'thirsty', vitality: 0.4, daysSince: 40 } }),
      plant('people/wilting.md', { kind: 'person', health: { state: 'wilting', vitality: 0.1 } }),
      plant('people/dormant.md', { kind: 'person', health: { state: 'dormant', vitality: 0.01 } }),
      plant('goals/stalled.md', { kind: 'goal', health: { state: 'thirsty', vitality: 0.6 } }),
      plant('people/thirsty-taker.md', { kind: 'person', health: { state: 'thirsty', vitality: 0.3, reciprocity: 'only-taking' } }),
      plant('notes/seedling.md', { health: { state: 'seed' } }),
    ];
    expect(needsWatering(plants).map((i) => i.plant.title)).toEqual([
      'dormant', 'wilting', 'thirsty-taker', 'thirsty', 'stalled', 'taker', 'giver', 'unplanted', 'orphan',
    ]);
  });

  it('breaks ties by time since last tended, then by title', () => {
    const plants = [
      plant('people/b.md', { health: { state: 'thirsty', vitality: 0.5, daysSince: 20 } }),
      plant('people/a.md', { health: { state: 'thirsty', vitality: 0.5, daysSince: 20 } }),
      plant('people/c.md', { health: { state: 'thirsty', vitality: 0.5, daysSince: 35 } }),
    ];
    expect(needsWatering(plants).map((i) => i.plant.title)).toEqual(['c', 'a', 'b']);
  });
});
