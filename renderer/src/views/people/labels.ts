import type { Circle } from '../../../../shared/types';

export const CIRCLE_LABELS: Record<Circle, string> = { professional: 'Professional', personal: 'Personal', both: 'Both' };
