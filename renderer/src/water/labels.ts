import type { Direction, InteractionKind } from '../../../shared/types';

export const INTERACTION_KIND_LABELS: Record<InteractionKind, string> = {
  message: 'Message',
  meeting: 'Meeting',
  call: 'Call',
  comment: 'Comment',
  feedback: 'Feedback',
  question: 'Question',
  answer: 'Answer',
  'shared-resource': 'Shared a resource',
  collaboration: 'Collaboration',
  event: 'Event',
  other: 'Other',
};

/** From the gardener's side: "I gave", "I received", "Both". */
export const DIRECTION_LABELS: Record<Direction, string> = { gave: 'I gave', received: 'I received', mutual: 'Both ways' };

/** An arrow that carries the direction without colour. */
export const DIRECTION_ARROWS: Record<Direction, string> = { gave: '→', received: '←', mutual: '↔' };

/** In a sentence: "Watered Priya: message, you gave, 2026-12-01." */
export const DIRECTION_WORDS: Record<Direction, string> = { gave: 'you gave', received: 'you received', mutual: 'both ways' };
