import type { HealthState, PlantKind, Reciprocity } from '../../../shared/types';

export const HEALTH_LABELS: Record<HealthState, string> = {
  thriving: 'Thriving',
  healthy: 'Healthy',
  thirsty: 'Thirsty',
  wilting: 'Wilting',
  dormant: 'Dormant',
  orphan: 'Orphan',
  unplanted: 'Unplanted',
  seed: 'Seed',
};

export const KIND_LABELS: Record<PlantKind, string> = {
  note: 'Note',
  person: 'Person',
  source: 'Source',
  goal: 'Goal',
};

export const KIND_PLURALS: Record<PlantKind, string> = {
  note: 'Notes',
  person: 'People',
  source: 'Sources',
  goal: 'Goals',
};

export const RECIPROCITY_LABELS: Record<Reciprocity, string> = {
  'only-taking': 'Only taking',
  'only-giving': 'Only giving',
  balanced: 'Balanced',
  unknown: 'Not enough interactions',
};
