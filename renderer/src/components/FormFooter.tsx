/**
 * The end of a dialog's form: what went wrong (read out as an alert), then Cancel and the
 * submit button, which says what it is doing while `busy`.
 */
interface Props {
  error: string | null;
  /** Ties the error to the field it is about (aria-describedby). */
  errorId?: string;
  onCancel(): void;
  submit: string;
  busy?: boolean;
  /** What the submit button says while busy, e.g. "Renaming…". */
  busyLabel?: string;
  disabled?: boolean;
}

export function FormFooter({ error, errorId, onCancel, submit, busy = false, busyLabel, disabled = false }: Props) {
  return (
    <>
      {error && (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={busy || disabled}>
          {busy && busyLabel ? busyLabel : submit}
        </button>
      </div>
    </>
  );
}
