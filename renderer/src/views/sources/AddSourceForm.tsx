/**
 * Add a source by pasting its address. What the address says — kind, platform, community,
 * a title — shows as soon as it is pasted (shared/source-url.ts, offline); an address that
 * is not http(s) is refused with the reason, and nothing is lost from the form. The core
 * saves at once; in the desktop app it then fetches the page's own title and description.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { AddedSource } from '../../../../shared/api';
import { checkWebUrl, inferSource } from '../../../../shared/source-url';
import { messageOf } from '../../api/client';
import { useClient } from '../../api/ClientContext';
import { platformName } from '../platforms/platform-label';
import { noteHref } from '../../router/routes';

export function AddSourceForm({ people, onAdded }: { people: readonly string[]; onAdded(added: AddedSource): void }) {
  const client = useClient();
  const id = useId();
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [sharedBy, setSharedBy] = useState('');
  const [tags, setTags] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [last, setLast] = useState<AddedSource | null>(null);

  const preview = useMemo(() => {
    if (url.trim() === '') return null;
    const check = checkWebUrl(url);
    if (!check.ok) return { ok: false as const, reason: check.reason };
    const guess = inferSource(url);
    return guess ? { ok: true as const, guess } : null;
  }, [url]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (preview && !preview.ok) {
      setError(`That address cannot be added: ${preview.reason}.`);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const added = await client.call('source.add', {
        url,
        ...(title.trim() ? { title: title.trim() } : {}),
        ...(sharedBy.trim() ? { sharedBy: sharedBy.trim() } : {}),
        tags: tags.split(/[\s,]+/).map((t) => t.replace(/^#+/, '')).filter((t) => t !== ''),
      });
      setLast(added);
      onAdded(added);
      setUrl('');
      setTitle('');
      setTags('');
      setSharedBy('');
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="add-source panel" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-heading`} data-testid="add-source">
      <h2 id={`${id}-heading`}>Add a source by its address</h2>
      <div className="add-source-row">
        <label htmlFor={`${id}-url`} className="visually-hidden">
          Address
        </label>
        <input
          id={`${id}-url`}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          className="grow"
          placeholder="Paste an address: https://www.youtube.com/watch?v=…, a subreddit, a DOI…"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
        <button type="submit" className="button primary" disabled={busy || url.trim() === '' || (preview !== null && !preview.ok)}>
          {busy ? 'Adding…' : 'Add source'}
        </button>
      </div>
      {preview && (
        <p className={preview.ok ? 'add-source-guess muted small' : 'form-error'} data-testid="source-guess" role={preview.ok ? undefined : 'alert'}>
          {preview.ok
            ? `A ${preview.guess.kind}${preview.guess.platform ? ` on ${platformName(preview.guess.platform)}` : ''}${preview.guess.community ? ` (${preview.guess.community})` : ''} — “${title.trim() || preview.guess.titleGuess}”`
            : `Not added: ${preview.reason}.`}
        </p>
      )}
      {preview?.ok && (
        <div className="add-source-more">
          <label>
            <span className="field-label">Title</span>
            <input type="text" value={title} maxLength={300} placeholder={preview.guess.titleGuess} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <label>
            <span className="field-label">Shared by</span>
            <input type="text" list={`${id}-people`} value={sharedBy} placeholder="a person, optional" onChange={(e) => setSharedBy(e.target.value)} />
            <datalist id={`${id}-people`}>
              {people.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          </label>
          <label>
            <span className="field-label">Tags</span>
            <input type="text" value={tags} placeholder="phonics, reading" onChange={(e) => setTags(e.target.value)} />
          </label>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {last && !error && (
        <p className="muted small" role="status" data-testid="source-added">
          Added <a href={noteHref(last.path)}>{last.title}</a> to the reading list.{' '}
          {last.fetching
            ? 'Looking up the page’s own title and description; they fill in when they come.'
            : 'Its title comes from the address: this window does not look pages up on the network (the desktop app does).'}
        </p>
      )}
    </form>
  );
}
