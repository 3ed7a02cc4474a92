import type { ProgressEvent } from '../../../shared/api';

const PHASES: Record<ProgressEvent['phase'], string> = {
  listing: 'Listing files',
  reading: 'Reading notes',
  linking: 'Linking plants',
  ready: 'Ready',
};

/** A visible bar while the garden is being indexed; gone once the phase is `ready`. */
export function IndexProgress({ progress }: { progress: ProgressEvent | null }) {
  if (!progress || progress.phase === 'ready') return null;
  const known = progress.total > 0;
  const percent = known ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : null;
  const label = `${PHASES[progress.phase]}…${known ? ` ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()}` : ''}`;
  return (
    <div className="index-progress" data-testid="index-progress" role="status">
      <div
        className={`progress-track${percent === null ? ' indeterminate' : ''}`}
        role="progressbar"
        aria-label="Indexing the garden"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={label}
      >
        <div className="progress-fill" style={{ width: percent === null ? undefined : `${percent}%` }} />
      </div>
      <span className="progress-label">{label}</span>
    </div>
  );
}
