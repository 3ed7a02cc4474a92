import type { SaveState } from '../../editor/autosave';

/** The words for each save state; always visible, so unsaved work is never a guess. */
export function saveStateText(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return 'Saved';
    case 'dirty':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'failed':
      return `Not saved: ${state.reason}`;
    case 'conflict':
      return 'Not saved: the file changed on disk';
    case 'merging':
      return 'Merging by hand — not saved yet';
    case 'read-only':
      return 'Read-only';
    case 'stopped':
      return state.reason;
  }
}

export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry(): void }) {
  return (
    <span className={`save-state save-${state.kind}`} data-testid="save-state" role="status" aria-live="polite">
      <span className="save-dot" aria-hidden="true" />
      <span className="save-text">{saveStateText(state)}</span>
      {state.kind === 'failed' && (
        <button type="button" className="link-button" onClick={onRetry}>
          Try again
        </button>
      )}
    </span>
  );
}
