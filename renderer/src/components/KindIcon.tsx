import type { PlantKind } from '../../../shared/types';
import { KIND_LABELS } from './labels';

/**
 * The shape of each kind (PRODUCT.md, visual language): note a leaf, person a circle,
 * source a diamond, goal a star, seed a hollow dot. Always beside its text label.
 */
function Shape({ kind }: { kind: PlantKind | 'seed' }) {
  switch (kind) {
    case 'person':
      return <circle cx="8" cy="8" r="6" />;
    case 'source':
      return <path d="M8 1.5 14.5 8 8 14.5 1.5 8Z" />;
    case 'goal':
      return <path d="M8 1.2l1.9 4.3 4.7.4-3.6 3.1 1.1 4.6L8 11.2l-4.1 2.4 1.1-4.6L1.4 5.9l4.7-.4Z" />;
    case 'seed':
      return <circle cx="8" cy="8" r="5" fill="none" stroke="currentColor" strokeWidth="1.6" />;
    case 'note':
      return <path d="M2.5 13.5C2.5 6.5 6.5 2.5 13.5 2.5 13.5 9.5 9.5 13.5 2.5 13.5Z" />;
  }
}

export function KindIcon({ kind }: { kind: PlantKind | 'seed' }) {
  return (
    <svg className={`kind-icon kind-${kind}`} viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <Shape kind={kind} />
    </svg>
  );
}

export function KindLabel({ kind }: { kind: PlantKind }) {
  return (
    <span className="kind-label">
      <KindIcon kind={kind} />
      <span>{KIND_LABELS[kind]}</span>
    </span>
  );
}
