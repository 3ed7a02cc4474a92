/**
 * Rename or move a plant: one field with its garden path (change the name, the folder, or
 * both). The core renames and rewrites every link to it, all or nothing; the page then
 * follows the plant to its new address.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { FormFooter } from '../../components/FormFooter';

/** What the person typed, as a garden path: trimmed, no leading `/`, `.md` added when missing. */
export function normaliseNewPath(input: string): string {
  const trimmed = input.trim().replace(/\\/g, '/').replace(/^\/+/, '');
  if (trimmed === '') return '';
  return /\.md$/i.test(trimmed) ? trimmed : `${trimmed}.md`;
}

interface Props {
  path: string;
  onRename(newPath: string): Promise<string | null>;
  onClose(): void;
}

export function RenameDialog({ path, onRename, onClose }: Props) {
  const [value, setValue] = useState(path);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    const field = input.current;
    if (!field) return;
    field.focus();
    // Select the name without folder and `.md`, as file managers do.
    const start = path.lastIndexOf('/') + 1;
    const end = path.toLowerCase().endsWith('.md') ? path.length - 3 : path.length;
    field.setSelectionRange(start, end);
  }, [path]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const newPath = normaliseNewPath(value);
    if (newPath === '') {
      setError('Type a name for the note.');
      return;
    }
    if (newPath === path) {
      onClose();
      return;
    }
    setBusy(true);
    setError(null);
    const problem = await onRename(newPath);
    setBusy(false);
    if (problem) setError(problem);
  };

  return (
    <div className="dialog-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <form
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onSubmit={(event) => void submit(event)}
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
      >
        <h2 id={`${id}-title`}>Rename or move</h2>
        <label htmlFor={`${id}-path`}>New path in the garden</label>
        <input
          ref={input}
          id={`${id}-path`}
          className="dialog-input"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          spellCheck={false}
          autoComplete="off"
        />
        <p className="muted small">Change the folder to move it. Every link to it is rewritten to the new name.</p>
        <FormFooter error={error} onCancel={onClose} submit="Rename" busy={busy} busyLabel="Renaming…" />
      </form>
    </div>
  );
}
