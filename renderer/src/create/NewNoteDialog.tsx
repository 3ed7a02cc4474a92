/**
 * New note (Mod+Alt+N, or the sidebar button): a title and a kind; the core picks a safe
 * file name and the kind's template and folder, then the note opens. A title already
 * taken is said in words and the dialog stays open with what was typed.
 */
import { useId, useState, type FormEvent } from 'react';
import { PLANT_KINDS, type PlantKind } from '../../../shared/types';
import { messageOf } from '../api/client';
import { useClient } from '../api/ClientContext';
import { KindIcon } from '../components/KindIcon';
import { KIND_LABELS } from '../components/labels';
import { Modal } from '../palette/Modal';
import { navigate } from '../router/navigate';
import { noteHref } from '../router/routes';
import { FormFooter } from '../components/FormFooter';

export function NewNoteDialog({ onClose, initialTitle = '' }: { onClose(): void; initialTitle?: string }) {
  const client = useClient();
  const [title, setTitle] = useState(initialTitle);
  const [kind, setKind] = useState<PlantKind>('note');
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const titleId = useId();
  const errorId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = title.trim();
    if (trimmed === '') {
      setError('A title is required.');
      return;
    }
    setCreating(true);
    setError(null);
    try {
      const { path } = await client.call('note.create', { title: trimmed, kind });
      onClose();
      navigate(noteHref(path));
    } catch (failure) {
      setError(messageOf(failure));
      setCreating(false);
    }
  }

  return (
    <Modal label="New note" onClose={onClose} testId="new-note-dialog" className="modal-form">
      <form className="new-note" onSubmit={(event) => void submit(event)}>
        <h2>New note</h2>
        <label htmlFor={titleId} className="field-label">
          Title
        </label>
        <input
          id={titleId}
          type="text"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          maxLength={200}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          data-autofocus
          autoComplete="off"
        />
        <fieldset className="kind-choice">
          <legend className="field-label">Kind</legend>
          {PLANT_KINDS.map((k) => (
            <label key={k} className="kind-option">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              <span className={`kind-label kind-option-face`}>
                <KindIcon kind={k} />
                <span>{KIND_LABELS[k]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <FormFooter error={error} errorId={errorId} onCancel={onClose} submit="Create" busy={creating} busyLabel="Creating…" />
      </form>
    </Modal>
  );
}
