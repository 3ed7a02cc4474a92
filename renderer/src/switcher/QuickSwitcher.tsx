/**
 * The quick switcher (Mod+O): type a few letters of a title or alias, pick with the
 * keyboard, land on the note. An empty box lists the recent notes; a title nobody has
 * written yet can be created from here.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Completion } from '../../../shared/api';
import { messageOf } from '../api/client';
import { useClient } from '../api/ClientContext';
import { useGarden } from '../app/GardenContext';
import { KindIcon } from '../components/KindIcon';
import { KIND_LABELS } from '../components/labels';
import { Modal } from '../palette/Modal';
import { Picker, type PickerItem } from '../palette/Picker';
import { PickerHints } from '../palette/CommandPalette';
import { recentPlants } from '../recent/recent-plants';
import { MAX_RECENT_NOTES, useRecentNotes } from '../recent/recent-notes';
import { navigate } from '../router/navigate';
import { noteHref } from '../router/routes';
import { switcherEntries, type SwitcherEntry } from './switcher-entries';

const LIMIT = 20;

interface Answer {
  query: string;
  completions: Completion[] | null;
  error?: string;
}

function EntryContent({ entry }: { entry: SwitcherEntry }) {
  if (entry.type === 'create') {
    return (
      <>
        <span className="picker-icon" aria-hidden="true">+</span>
        <span className="picker-title">Create note “{entry.title}”</span>
      </>
    );
  }
  return (
    <>
      <span className={`picker-icon kind-${entry.kind}`}>
        <KindIcon kind={entry.kind} />
      </span>
      <span className="picker-title">
        {entry.title}
        {entry.alias && <span className="picker-alias"> — also “{entry.alias}”</span>}
      </span>
      <span className="picker-meta">
        <span className="picker-kind">{KIND_LABELS[entry.kind]}</span>
        <span className="picker-path">{entry.path}</span>
      </span>
    </>
  );
}

export function QuickSwitcher({ onClose }: { onClose(): void }) {
  const client = useClient();
  const garden = useGarden();
  const recentPaths = useRecentNotes(garden.info?.root);
  const recent = useMemo(() => recentPlants(recentPaths, garden.snapshot?.plants, MAX_RECENT_NOTES), [recentPaths, garden.snapshot]);
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const creatingNow = useRef(false);
  const typed = query.trim();

  useEffect(() => {
    if (typed === '') return;
    let live = true;
    client.call('search.complete', { prefix: typed, limit: LIMIT }).then(
      (completions) => live && setAnswer({ query: typed, completions }),
      (error: unknown) => live && setAnswer({ query: typed, completions: null, error: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [client, typed]);

  const current = answer?.query === typed ? answer : null;
  const busy = typed !== '' && current === null;

  const items = useMemo<PickerItem[]>(() => {
    async function create(title: string) {
      if (creatingNow.current) return;
      creatingNow.current = true;
      setCreating(true);
      setFailure(null);
      try {
        const { path } = await client.call('note.create', { title });
        onClose();
        navigate(noteHref(path));
      } catch (error) {
        setFailure(messageOf(error));
        setCreating(false);
      } finally {
        creatingNow.current = false;
      }
    }
    // While an answer is on its way, keep showing the last one rather than flashing empty.
    const shown = current ?? (typed === '' ? null : answer);
    const entries = switcherEntries(typed === '' ? '' : shown?.query ?? typed, shown?.completions ?? null, recent);
    return entries.map((entry): PickerItem =>
      entry.type === 'create'
        ? { key: `create:${entry.title}`, data: { kind: 'create' }, label: `Create note “${entry.title}”`, content: <EntryContent entry={entry} />, choose: () => void create(entry.title) }
        : {
            key: entry.path,
            group: entry.recent ? 'Recent notes' : undefined,
            data: { kind: entry.kind, path: entry.path },
            label: `${entry.title}, ${KIND_LABELS[entry.kind]}, ${entry.path}`,
            content: <EntryContent entry={entry} />,
            choose: () => {
              onClose();
              navigate(noteHref(entry.path));
            },
          },
    );
  }, [answer, current, typed, recent, client, onClose]);

  let status: string | undefined;
  if (failure) status = failure;
  else if (creating) status = 'Creating the note…';
  else if (current?.error) status = current.error;
  else if (typed === '' && items.length === 0) status = 'Type a title or alias to jump to a note. Notes you open show up here.';

  return (
    <Modal label="Quick switcher" onClose={onClose} testId="quick-switcher" className="modal-picker">
      <Picker
        label="Open a note"
        placeholder="Find a note, person, source or goal…"
        query={query}
        onQuery={(next) => {
          setQuery(next);
          setFailure(null);
        }}
        items={items}
        busy={busy}
        itemTestId="switcher-item"
        status={status}
        footer={<PickerHints />}
      />
    </Modal>
  );
}
