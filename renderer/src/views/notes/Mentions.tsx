/**
 * Unlinked mentions: places where this plant's title or aliases (a person's name or handles)
 * appear without a link, each with a "Link" button that rewrites that one occurrence in the
 * mentioning file (read it, rewrite, write with its hash). A file changed meanwhile is not
 * overwritten: the person is told, and the list is read again.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Mention, NoteDocument } from '../../../../shared/api';
import type { GardenPath } from '../../../../shared/types';
import { messageOf } from '../../api/client';
import { useClient } from '../../api/ClientContext';
import { linkTargetOf } from '../../editor/link-context';
import { noteHref } from '../../router/routes';
import { linkMentionIn } from './link-mention';

type State = { status: 'loading' } | { status: 'ready'; mentions: Mention[] } | { status: 'error'; message: string };

function Context({ context, text }: { context: string; text: string }) {
  const at = text ? context.indexOf(text) : -1;
  if (at === -1) return <>{context}</>;
  return (
    <>
      {context.slice(0, at)}
      <mark className="link-mention">{text}</mark>
      {context.slice(at + text.length)}
    </>
  );
}

interface Props {
  doc: NoteDocument;
  /** Links a mention inside the open note itself, through the editor; false when it cannot. */
  linkInThisNote(mention: Mention, target: string): boolean;
}

export function Mentions({ doc, linkInThisNote }: Props) {
  const client = useClient();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);

  // Read again when the links into this note change (linking a mention adds one), not on every save.
  const backlinkKey = doc.backlinks.map((b) => `${b.from}:${b.line}`).join('|');
  const path = doc.path;
  useEffect(() => {
    let live = true;
    client.call('note.mentions', { path }).then(
      (mentions) => live && setState({ status: 'ready', mentions }),
      (error: unknown) => live && setState({ status: 'error', message: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [client, path, backlinkKey, generation]);

  const link = async (mention: Mention, key: string) => {
    const target = linkTargetOf(doc.path);
    setMessage(null);
    if (mention.from === doc.path) {
      if (!linkInThisNote(mention, target)) setMessage(`“${mention.text}” is no longer at that place in this note.`);
      refresh();
      return;
    }
    setBusy(key);
    try {
      const file = await client.call('note.read', { path: mention.from });
      if (file.readOnly) {
        setMessage(`${file.title} is read-only (it could not be read cleanly), so it was not changed.`);
        return;
      }
      const next = linkMentionIn(file.text, mention, target);
      if (next === null) {
        setMessage(`“${mention.text}” is no longer at that place in ${file.title}; the list is read again.`);
        return;
      }
      const result = await client.call('note.write', { path: mention.from, text: next, baseHash: file.hash });
      if (result.status === 'conflict') {
        setMessage(`${file.title} changed while it was being linked, so nothing was written. Try again.`);
        return;
      }
      setState((current) =>
        current.status === 'ready' ? { status: 'ready', mentions: current.mentions.filter((m) => m !== mention) } : current,
      );
      setMessage(`Linked “${mention.text}” in ${file.title}.`);
    } catch (error) {
      setMessage(`Not linked: ${messageOf(error)}`);
    } finally {
      setBusy(null);
      refresh();
    }
  };

  const groups = new Map<GardenPath, Mention[]>();
  if (state.status === 'ready') {
    for (const mention of state.mentions) groups.set(mention.from, [...(groups.get(mention.from) ?? []), mention]);
  }

  return (
    <section className="side-section" data-testid="mentions" aria-labelledby="mentions-heading">
      <h2 id="mentions-heading">
        Unlinked mentions {state.status === 'ready' && <span className="count">{state.mentions.length}</span>}
      </h2>
      {message && (
        <p className="muted small side-message" role="status">
          {message}
        </p>
      )}
      {state.status === 'loading' && <p className="muted small">Looking for mentions…</p>}
      {state.status === 'error' && <p className="muted small">{state.message}</p>}
      {state.status === 'ready' && state.mentions.length === 0 && <p className="muted small">No unlinked mentions of this plant.</p>}
      {groups.size > 0 && (
        <ul className="link-list">
          {[...groups].map(([from, mentions]) => (
            <li key={from} className="mention" data-testid="mention">
              <a href={noteHref(from)}>{mentions[0]?.title ?? from}</a>
              {mentions.map((mention) => {
                const key = `${mention.from}:${mention.line}:${mention.start}`;
                return (
                  <div key={key} className="mention-row">
                    <p className="context">
                      <Context context={mention.context} text={mention.text} />
                    </p>
                    <button
                      type="button"
                      className="button small"
                      disabled={busy !== null}
                      title={`Turn “${mention.text}” into a link to this plant`}
                      onClick={() => void link(mention, key)}
                    >
                      {busy === key ? 'Linking…' : 'Link'}
                    </button>
                  </div>
                );
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
