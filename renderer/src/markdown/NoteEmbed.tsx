/**
 * `![[Note]]` shown inline: the embedded note (or its section) read through the core and
 * rendered by a nested MarkdownView, at most MAX_EMBED_DEPTH deep. A note that embeds itself,
 * or a chain that comes back to a note already shown, gets a placeholder instead of looping.
 * It follows changes to the embedded file.
 */
import { useEffect, useState } from 'react';
import type { NoteDocument } from '../../../shared/api';
import { messageOf } from '../api/client';
import { useClient } from '../api/ClientContext';
import { noteHref } from '../router/routes';
import { embedSection } from './embed-section';
import { stripFrontmatter } from './frontmatter';
import { MAX_EMBED_DEPTH, useMarkdownSurroundings } from './markdown-context';
import { MarkdownView } from './MarkdownView';

type State = { status: 'loading' } | { status: 'ready'; doc: NoteDocument } | { status: 'error'; message: string };

function Placeholder({ path, label, children }: { path: string; label: string; children: string }) {
  return (
    <span className="embed-box embed-placeholder" data-testid="embed" data-embed-state="placeholder">
      <span className="embed-label">{children} </span>
      <a href={noteHref(path)} className="wikilink">
        {label}
      </a>
    </span>
  );
}

export function NoteEmbed({ path, heading, label }: { path: string; heading: string | null; label: string }) {
  const { depth, ancestors } = useMarkdownSurroundings();
  const current = ancestors[ancestors.length - 1];
  if (path === current) return <Placeholder path={path} label={label}>Embedded note refers back to itself:</Placeholder>;
  if (ancestors.includes(path)) {
    return <Placeholder path={path} label={label}>Embedded note refers back to a note that contains it (a cycle), so it is not shown again:</Placeholder>;
  }
  if (depth >= MAX_EMBED_DEPTH) {
    return <Placeholder path={path} label={label}>{`Embeds nested more than ${MAX_EMBED_DEPTH} deep are not shown; open`}</Placeholder>;
  }
  return <LoadedEmbed path={path} heading={heading} label={label} />;
}

function LoadedEmbed({ path, heading, label }: { path: string; heading: string | null; label: string }) {
  const client = useClient();
  const { depth, ancestors, onFollowSeed } = useMarkdownSurroundings();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    client.call('note.read', { path }).then(
      (doc) => live && setState({ status: 'ready', doc }),
      (error: unknown) => live && setState({ status: 'error', message: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [client, path, generation]);

  useEffect(
    () =>
      client.on('garden.changed', (change) => {
        if (change.changed.includes(path as never) || change.removed.includes(path as never)) setGeneration((g) => g + 1);
      }),
    [client, path],
  );

  if (state.status === 'loading') {
    return (
      <span className="embed-box" data-testid="embed" data-embed-state="loading">
        Loading embedded note {label}…
      </span>
    );
  }
  if (state.status === 'error') {
    return <Placeholder path={path} label={label}>{`The embedded note could not be read (${state.message})`}</Placeholder>;
  }
  const section = embedSection(stripFrontmatter(state.doc.text), heading);
  return (
    <div className="note-embed" data-testid="embed" data-embed-state="shown" data-target={path}>
      <div className="embed-head">
        <span className="embed-label">Embedded from</span>{' '}
        <a href={noteHref(path)} className="wikilink">
          {state.doc.title}
          {heading ? ` › ${heading.replace(/^\^/, '')}` : ''}
        </a>
      </div>
      {section === null ? (
        <p className="muted small">The section “{heading}” is not in {state.doc.title}.</p>
      ) : (
        <MarkdownView
          markdown={section}
          outgoing={state.doc.outgoing}
          currentPath={path}
          surroundings={{ depth: depth + 1, ancestors: [...ancestors, path], onFollowSeed }}
        />
      )}
    </div>
  );
}
