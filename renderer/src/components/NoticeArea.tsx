import type { Notice } from '../app/notices';

/** Errors and warnings, each in words and each dismissible. */
export function NoticeArea({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss(id: number): void }) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" aria-live="polite">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`banner banner-${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid={notice.kind === 'error' ? 'error-banner' : 'warning-banner'}
        >
          <span className="banner-icon" aria-hidden="true">{notice.kind === 'error' ? '!' : 'i'}</span>
          <p className="banner-text">{notice.message}</p>
          <button type="button" className="icon-button" onClick={() => onDismiss(notice.id)} aria-label="Dismiss">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
