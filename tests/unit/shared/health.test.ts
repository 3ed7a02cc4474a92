import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HEALTH_SETTINGS, STATE_VITALITY, assessGarden, assessGoal, assessNote, assessPerson, assessSource,
  edgeVitality, reciprocity, resolveHealthSettings, vitalityState,
} from '../../../shared/health';
import type { HealthInput, HealthSettings, PlantLookup } from '../../../shared/health';
import { addDays } from '../../../shared/dates';
import { gardenPath } from '../../../shared/types';
import type {
  Assessment, Direction, GoalFields, Interaction, IsoDate, PersonFields, SourceFields,
} from '../../../shared/types';

const TODAY = '2026-11-30' as IsoDate;
const ago = (days: number): IsoDate => addDays(TODAY, -days);
const p = gardenPath;

function said(direction: Direction, daysAgo: number): Interaction {
  return { date: ago(daysAgo), kind: 'message', direction };
}

function plant(path: string, fields: Partial<HealthInput> = {}): HealthInput {
  return { path: p(path), kind: 'note', created: null, modified: TODAY, linksIn: [], linksOut: [], ...fields };
}

function personFields(fields: Partial<PersonFields> = {}): PersonFields {
  return { name: 'Maya', circle: 'professional', cadence: 30, platforms: [], emails: [], interactions: [], ...fields };
}

function person(fields: Partial<PersonFields> = {}, input: Partial<HealthInput> = {}): HealthInput {
  return plant('people/Maya.md', { kind: 'person', person: personFields(fields), ...input });
}

function source(fields: Partial<SourceFields>, input: Partial<HealthInput> = {}): HealthInput {
  const base: SourceFields = {
    title: 'S', url: null, kind: 'article', platform: null, sharedBy: null, status: 'to-read', added: null,
  };
  return plant('sources/S.md', { kind: 'source', source: { ...base, ...fields }, ...input });
}

function goal(fields: Partial<GoalFields>, input: Partial<HealthInput> = {}): HealthInput {
  return plant('goals/G.md', { kind: 'goal', goal: { horizon: 'academic', due: null, status: 'active', ...fields }, ...input });
}

function lookupOf(...plants: HealthInput[]): PlantLookup {
  const map = new Map(plants.map((x) => [x.path, x]));
  return (path) => map.get(path);
}

describe('settings', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_HEALTH_SETTINGS).toEqual({
      cadenceByCircle: { professional: 30, personal: 14, both: 21 },
      sourceToReadDays: 30, noteStaleDays: 90, goalStallDays: 30,
      reciprocityWindowDays: 365, reciprocityMinCount: 3, reciprocityThreshold: 0.8,
    });
    expect(Object.isFrozen(DEFAULT_HEALTH_SETTINGS)).toBe(true);
  });

  it('fills a partial and replaces unusable values with defaults', () => {
    const settings = resolveHealthSettings({
      cadenceByCircle: { personal: 7 } as HealthSettings['cadenceByCircle'],
      noteStaleDays: -1, goalStallDays: Number.NaN, sourceToReadDays: '10' as unknown as number,
      reciprocityThreshold: 2, reciprocityMinCount: 5,
    });
    expect(settings).toEqual({
      cadenceByCircle: { professional: 30, personal: 7, both: 21 },
      sourceToReadDays: 30, noteStaleDays: 90, goalStallDays: 30,
      reciprocityWindowDays: 365, reciprocityMinCount: 5, reciprocityThreshold: 1,
    });
    expect(resolveHealthSettings(null)).toEqual(DEFAULT_HEALTH_SETTINGS);
  });

  it('gives non-people a vitality by state', () => {
    expect(STATE_VITALITY).toEqual({
      thriving: 1, healthy: 1, thirsty: 0.6, wilting: 0.3, unplanted: 0.3, orphan: 0.3, seed: 0.3, dormant: 0.1,
    });
  });
});

describe('vitalityState', () => {
  it.each([
    [-1, 'thriving'], [0, 'thriving'], [0.4999, 'thriving'], [0.5, 'healthy'], [0.9999, 'healthy'],
    [1, 'thirsty'], [1.9999, 'thirsty'], [2, 'wilting'], [3.9999, 'wilting'], [4, 'dormant'], [400, 'dormant'],
    [Number.NaN, 'dormant'],
  ] as const)('ratio %s is %s', (ratio, state) => {
    expect(vitalityState(ratio)).toBe(state);
  });
});

describe('assessPerson: vitality', () => {
  it.each([
    [0, 'thriving', 1],
    [14, 'thriving', 0.5 ** (14 / 30)],
    [15, 'healthy', Math.SQRT1_2],
    [29, 'healthy', 0.5 ** (29 / 30)],
    [30, 'thirsty', 0.5],
    [59, 'thirsty', 0.5 ** (59 / 30)],
    [60, 'wilting', 0.25],
    [119, 'wilting', 0.5 ** (119 / 30)],
    [120, 'dormant', 0.0625],
  ] as const)('cadence 30, last contact %i days ago: %s', (days, state, vitality) => {
    const result = assessPerson(person({ interactions: [said('gave', days)] }), TODAY);
    expect(result.state).toBe(state);
    expect(result.vitality).toBeCloseTo(vitality, 12);
    expect(result.daysSince).toBe(days);
    expect(result.cadence).toBe(30);
  });

  it('explains itself', () => {
    const result = assessPerson(person({ interactions: [said('gave', 75), said('received', 200)] }), TODAY);
    expect(result.reason).toBe('Last contact 75 days ago; you meant to water every 30 days.');
    expect(assessPerson(person({ interactions: [said('gave', 0)] }), TODAY).reason).toBe(
      'Last contact today; you meant to water every 30 days.',
    );
    expect(assessPerson(person({ cadence: 1, interactions: [said('gave', 1)] }), TODAY).reason).toBe(
      'Last contact 1 day ago; you meant to water every 1 day.',
    );
  });

  it('takes the latest interaction on or before today, whatever the order in the file', () => {
    const result = assessPerson(person({ interactions: [said('gave', 50), said('gave', 40), said('gave', 45)] }), TODAY);
    expect(result.daysSince).toBe(40);
  });

  it('ignores interactions in the future for the clock', () => {
    const result = assessPerson(person({ interactions: [said('gave', 40), said('gave', -5)] }), TODAY);
    expect(result.daysSince).toBe(40);
    expect(result.state).toBe('thirsty');
  });

  it('measures from created, else modified, when there is no interaction yet', () => {
    const fromCreated = assessPerson(person({}, { created: ago(20), modified: ago(2) }), TODAY);
    expect(fromCreated.daysSince).toBe(20);
    expect(fromCreated.state).toBe('healthy');
    expect(fromCreated.reason).toBe('No contact logged since you added this person 20 days ago; you meant to water every 30 days.');
    const onlyFuture = assessPerson(person({ interactions: [said('gave', -3)] }, { created: ago(20) }), TODAY);
    expect(onlyFuture.daysSince).toBe(20);
    const fromModified = assessPerson(person({}, { created: null, modified: ago(61) }), TODAY);
    expect(fromModified.daysSince).toBe(61);
    expect(fromModified.state).toBe('wilting');
    expect(fromModified.reason).toBe('No contact logged since this file appeared 61 days ago; you meant to water every 30 days.');
  });

  it('counts a date after today as 0 days', () => {
    const result = assessPerson(person({}, { created: addDays(TODAY, 3) }), TODAY);
    expect(result.daysSince).toBe(0);
    expect(result.vitality).toBe(1);
    expect(result.state).toBe('thriving');
  });

  it('uses the circle default when the person has no cadence', () => {
    const personal = assessPerson(person({ cadence: null, circle: 'personal', interactions: [said('gave', 14)] }), TODAY);
    expect(personal.cadence).toBe(14);
    expect(personal.state).toBe('thirsty');
    expect(personal.vitality).toBe(0.5);
    const both = assessPerson(person({ cadence: null, circle: 'both', interactions: [said('gave', 10)] }), TODAY);
    expect(both.cadence).toBe(21);
    expect(both.state).toBe('thriving');
    const custom = assessPerson(
      person({ cadence: null, circle: 'professional', interactions: [said('gave', 10)] }), TODAY,
      resolveHealthSettings({ cadenceByCircle: { professional: 10, personal: 14, both: 21 } }),
    );
    expect(custom.state).toBe('thirsty');
    const broken = assessPerson(person({ cadence: 0, interactions: [said('gave', 15)] }), TODAY);
    expect(broken.cadence).toBe(30);
  });

  it('treats a person plant without person fields as a professional with no contact', () => {
    const result = assessPerson(plant('people/X.md', { kind: 'person', created: ago(30) }), TODAY);
    expect(result).toMatchObject({ state: 'thirsty', cadence: 30, daysSince: 30, reciprocity: 'unknown', balance: null });
  });
});

describe('reciprocity', () => {
  const many = (direction: Direction, count: number, daysAgo = 10) =>
    Array.from({ length: count }, () => said(direction, daysAgo));

  it('is unknown with no interaction or too few', () => {
    expect(reciprocity([], TODAY)).toEqual({ gave: 0, received: 0, balance: null, reciprocity: 'unknown' });
    expect(reciprocity(many('received', 2), TODAY)).toEqual({ gave: 0, received: 2, balance: -1, reciprocity: 'unknown' });
  });

  it('finds one-way ties at exactly the threshold', () => {
    expect(reciprocity(many('received', 3), TODAY).reciprocity).toBe('only-taking');
    expect(reciprocity([...many('gave', 1), ...many('received', 9)], TODAY)).toEqual({
      gave: 1, received: 9, balance: -0.8, reciprocity: 'only-taking',
    });
    expect(reciprocity([...many('gave', 2), ...many('received', 8)], TODAY)).toMatchObject({
      balance: -0.6, reciprocity: 'balanced',
    });
    expect(reciprocity([...many('gave', 9), ...many('received', 1)], TODAY)).toMatchObject({
      balance: 0.8, reciprocity: 'only-giving',
    });
    expect(reciprocity(many('gave', 3), TODAY).reciprocity).toBe('only-giving');
  });

  it('counts mutual for both sides', () => {
    expect(reciprocity([...many('mutual', 1), ...many('received', 1)], TODAY)).toEqual({
      gave: 1, received: 2, balance: -1 / 3, reciprocity: 'balanced',
    });
    expect(reciprocity(many('mutual', 5), TODAY)).toEqual({ gave: 5, received: 5, balance: 0, reciprocity: 'balanced' });
  });

  it('looks back 365 days, both ends included, and never forward', () => {
    const window = [said('received', 0), said('received', 365), said('received', 366), said('received', -1)];
    expect(reciprocity(window, TODAY)).toMatchObject({ gave: 0, received: 2 });
    const settings = resolveHealthSettings({ reciprocityWindowDays: 30, reciprocityMinCount: 1 });
    expect(reciprocity([said('gave', 30), said('gave', 31)], TODAY, settings)).toMatchObject({ gave: 1, reciprocity: 'only-giving' });
  });

  it('names a one-way tie in the reason without changing the state', () => {
    const taking = assessPerson(person({ interactions: [...many('received', 5, 3)] }), TODAY);
    expect(taking.state).toBe('thriving');
    expect(taking.reciprocity).toBe('only-taking');
    expect(taking.balance).toBe(-1);
    expect(taking.reason).toBe(
      'Last contact 3 days ago; you meant to water every 30 days. You only take: 5 received, 0 given in the last year.',
    );
    const giving = assessPerson(person({ interactions: [...many('gave', 4, 3)] }), TODAY);
    expect(giving.reason).toBe(
      'Last contact 3 days ago; you meant to water every 30 days. You only give: 4 given, 0 received in the last year.',
    );
    const balanced = assessPerson(person({ interactions: [...many('gave', 2, 3), ...many('received', 2, 3)] }), TODAY);
    expect(balanced.reciprocity).toBe('balanced');
    expect(balanced.reason).toBe('Last contact 3 days ago; you meant to water every 30 days.');
  });
});

describe('assessSource', () => {
  const note = plant('notes/N.md');
  const someone = person();

  it('is thirsty after more than 30 days to-read, counted from added', () => {
    expect(assessSource(source({ added: ago(30) }, { created: ago(100), modified: ago(100) }), TODAY)).toEqual({
      state: 'healthy', vitality: 1, reason: 'Saved 30 days ago; still to read.', daysSince: 30,
    });
    expect(assessSource(source({ added: ago(31) }), TODAY)).toEqual({
      state: 'thirsty', vitality: 0.6, reason: 'Saved 31 days ago and still to read.', daysSince: 31,
    });
  });

  it('falls back to created, then modified, when there is no added date', () => {
    expect(assessSource(source({}, { created: ago(31), modified: ago(1) }), TODAY).state).toBe('thirsty');
    expect(assessSource(source({}, { created: null, modified: ago(31) }), TODAY).state).toBe('thirsty');
    expect(assessSource(source({}, { created: null, modified: ago(30) }), TODAY).state).toBe('healthy');
  });

  it('keeps the to-read rule even when a note links to it', () => {
    const linked = source({ added: ago(40) }, { linksIn: [note.path] });
    expect(assessSource(linked, TODAY, DEFAULT_HEALTH_SETTINGS, lookupOf(note)).state).toBe('thirsty');
  });

  it('is an unplanted seed when read and linked from no note', () => {
    const read = source({ status: 'read' });
    expect(assessSource(read, TODAY)).toEqual({
      state: 'unplanted', vitality: 0.3, reason: 'Read, but no note links to it yet: plant it in a note.',
    });
    const fromPerson = source({ status: 'applied' }, { linksIn: [someone.path] });
    expect(assessSource(fromPerson, TODAY, DEFAULT_HEALTH_SETTINGS, lookupOf(someone)).state).toBe('unplanted');
    const linksOutOnly = source({ status: 'read' }, { linksOut: [note.path] });
    expect(assessSource(linksOutOnly, TODAY, DEFAULT_HEALTH_SETTINGS, lookupOf(note)).state).toBe('unplanted');
    const unknownLink = source({ status: 'read' }, { linksIn: [p('notes/gone.md')] });
    expect(assessSource(unknownLink, TODAY, DEFAULT_HEALTH_SETTINGS, lookupOf(note)).state).toBe('unplanted');
  });

  it('is healthy when a note links to it', () => {
    const other = plant('notes/M.md');
    const used = source({ status: 'applied' }, { linksIn: [note.path, other.path, someone.path] });
    expect(assessSource(used, TODAY, DEFAULT_HEALTH_SETTINGS, lookupOf(note, other, someone))).toEqual({
      state: 'healthy', vitality: 1, reason: 'Applied and used in 2 notes.',
    });
    const read = source({ status: 'read' }, { linksIn: [note.path] });
    expect(assessSource(read, TODAY, DEFAULT_HEALTH_SETTINGS, lookupOf(note)).reason).toBe('Read and used in 1 note.');
  });

  it('is healthy while being read', () => {
    expect(assessSource(source({ status: 'reading', added: ago(400) }), TODAY).state).toBe('healthy');
  });
});

describe('assessNote', () => {
  const activeGoal = goal({ status: 'active' });
  const doneGoal = goal({ status: 'done' }, { path: p('goals/Done.md') });
  const pausedGoal = goal({ status: 'paused' }, { path: p('goals/Paused.md') });
  const lookup = lookupOf(activeGoal, doneGoal, pausedGoal, plant('notes/Other.md'));

  it('is an orphan with no links in or out (self-links do not count)', () => {
    expect(assessNote(plant('notes/N.md'), TODAY)).toEqual({
      state: 'orphan', vitality: 0.3, reason: 'Nothing links here and this note links nowhere.',
    });
    expect(assessNote(plant('notes/N.md', { linksIn: [p('notes/N.md')], linksOut: [p('notes/N.md')] }), TODAY).state).toBe('orphan');
  });

  it('is healthy with a link in either direction', () => {
    expect(assessNote(plant('notes/N.md', { linksIn: [p('notes/Other.md')], modified: ago(500) }), TODAY, DEFAULT_HEALTH_SETTINGS, lookup)).toEqual({
      state: 'healthy', vitality: 1, reason: 'Linked with 1 plant.', daysSince: 500,
    });
    expect(assessNote(plant('notes/N.md', { linksOut: [p('notes/Other.md'), p('notes/gone.md')] }), TODAY).reason).toBe(
      'Linked with 2 plants.',
    );
  });

  it('is thirsty when linked to an active goal and untouched for 90 days', () => {
    const at = (days: number, fields: Partial<HealthInput>) =>
      assessNote(plant('notes/N.md', { modified: ago(days), ...fields }), TODAY, DEFAULT_HEALTH_SETTINGS, lookup);
    expect(at(89, { linksOut: [activeGoal.path] }).state).toBe('healthy');
    expect(at(90, { linksOut: [activeGoal.path] })).toEqual({
      state: 'thirsty', vitality: 0.6, reason: 'Linked to an active goal but untouched for 90 days.', daysSince: 90,
    });
    expect(at(90, { linksIn: [activeGoal.path] }).state).toBe('thirsty');
    expect(at(200, { linksOut: [doneGoal.path] }).state).toBe('healthy');
    expect(at(200, { linksOut: [pausedGoal.path] }).state).toBe('healthy');
    expect(at(200, { linksOut: [p('notes/Other.md')] }).state).toBe('healthy');
  });
});

describe('assessGoal', () => {
  const recent = (days: number) => plant(`notes/${days}.md`, { modified: ago(days) });

  it('is thriving when done, even past due', () => {
    expect(assessGoal(goal({ status: 'done', due: ago(100) }), TODAY)).toEqual({ state: 'thriving', vitality: 1, reason: 'Done.' });
  });

  it('is wilting past due and not done; due today is not past', () => {
    expect(assessGoal(goal({ due: ago(29) }), TODAY)).toEqual({
      state: 'wilting', vitality: 0.3, reason: 'Due 2026-11-01, 29 days ago, and not done.',
    });
    expect(assessGoal(goal({ due: ago(1), status: 'paused' }), TODAY).state).toBe('wilting');
    const n = recent(0);
    expect(assessGoal(goal({ due: TODAY }, { linksIn: [n.path] }), TODAY, DEFAULT_HEALTH_SETTINGS, lookupOf(n)).state).toBe('healthy');
  });

  it('is thirsty when active and no linked plant changed within 30 days', () => {
    expect(assessGoal(goal({}), TODAY)).toEqual({ state: 'thirsty', vitality: 0.6, reason: 'Nothing is linked to this goal yet.' });
    const old = recent(30);
    const fresh = recent(29);
    expect(assessGoal(goal({}, { linksIn: [old.path] }), TODAY, DEFAULT_HEALTH_SETTINGS, lookupOf(old))).toEqual({
      state: 'thirsty', vitality: 0.6, daysSince: 30,
      reason: 'Nothing linked to this goal has changed in the last 30 days (last change 30 days ago).',
    });
    expect(assessGoal(goal({}, { linksIn: [old.path], linksOut: [fresh.path] }), TODAY, DEFAULT_HEALTH_SETTINGS, lookupOf(old, fresh))).toEqual({
      state: 'healthy', vitality: 1, daysSince: 29, reason: 'Growing: a linked plant changed 29 days ago.',
    });
  });

  it('does not count its own file, unknown links or self-links as growth', () => {
    const self = goal({}, { modified: TODAY, linksIn: [p('goals/G.md'), p('notes/gone.md')] });
    expect(assessGoal(self, TODAY, DEFAULT_HEALTH_SETTINGS, lookupOf(self)).state).toBe('thirsty');
  });

  it('is healthy when paused and not past due', () => {
    expect(assessGoal(goal({ status: 'paused', due: addDays(TODAY, 10) }), TODAY)).toEqual({
      state: 'healthy', vitality: 1, reason: 'Paused.',
    });
  });
});

describe('assessGarden and edges', () => {
  it('assesses every plant with the garden as lookup and partial settings', () => {
    const g = goal({}, { linksIn: [p('notes/N.md')] });
    const n = plant('notes/N.md', { modified: ago(10), linksOut: [g.path, p('sources/S.md')] });
    const s = source({ status: 'read' }, { linksIn: [n.path] });
    const m = person({ cadence: null, circle: 'personal', interactions: [said('gave', 10)] });
    const orphan = plant('notes/Alone.md');
    const result = assessGarden([g, n, s, m, orphan], TODAY, { cadenceByCircle: { personal: 5 } as HealthSettings['cadenceByCircle'] });
    expect([...result.keys()]).toEqual([g.path, n.path, s.path, m.path, orphan.path]);
    expect(result.get(g.path)?.state).toBe('healthy');
    expect(result.get(n.path)?.state).toBe('healthy');
    expect(result.get(s.path)?.state).toBe('healthy');
    expect(result.get(m.path)).toMatchObject({ state: 'wilting', cadence: 5, vitality: 0.25 });
    expect(result.get(orphan.path)?.state).toBe('orphan');
  });

  it('lets the last of two plants with one path win', () => {
    const result = assessGarden([plant('notes/A.md'), plant('notes/A.md', { linksIn: [p('notes/B.md')] })], TODAY);
    expect(result.size).toBe(1);
    expect(result.get(p('notes/A.md'))?.state).toBe('healthy');
  });

  it('gives an edge the lower vitality of its ends', () => {
    const a: Assessment = { state: 'healthy', vitality: 1, reason: '' };
    const b: Assessment = { state: 'thirsty', vitality: 0.6, reason: '' };
    expect(edgeVitality(a, b)).toBe(0.6);
    expect(edgeVitality(b, a)).toBe(0.6);
    expect(edgeVitality(a, a)).toBe(1);
  });

  it('is deterministic for a fixed today', () => {
    const plants: HealthInput[] = [person({ interactions: [said('gave', 45)] }), plant('notes/X.md')];
    const first = assessGarden(plants, TODAY);
    const second = assessGarden(plants, TODAY);
    expect([...first.entries()]).toEqual([...second.entries()]);
    expect(assessGarden(plants, addDays(TODAY, 45)).get(p('people/Maya.md'))?.state).toBe('wilting');
  });
});

