/**
 * Watering someone: log one interaction — when (today unless changed), what kind, who gave,
 * a line of text, and optionally what it was about. The core writes it into the person's
 * frontmatter (`person.log`) and keeps the rest of the file as it was; every view then sees
 * the person's new health through the usual change event. Input stays put on an error.
 */
import { useId, useState, type FormEvent } from 'react';
import type { Gift, PlantSummary } from '../../../shared/api';
import { localIsoDate, parseIsoDate } from '../../../shared/dates';
import { DIRECTIONS, INTERACTION_KINDS, type Direction, type InteractionKind } from '../../../shared/types';
import { messageOf } from '../api/client';
import { useClient } from '../api/ClientContext';
import { DIRECTION_LABELS, DIRECTION_WORDS, INTERACTION_KIND_LABELS } from './labels';
import { FormFooter } from '../components/FormFooter';

interface Props {
  person: PlantSummary;
  /** Titles offered for "about" (notes, sources, goals). */
  aboutChoices: readonly string[];
  gift?: Gift | null;
  /** Runs first (the person page saves its editor), then its answer is the version to write over. */
  prepare?: () => Promise<string | undefined>;
  onDone(message: string): void;
  onCancel(): void;
}

export function LogInteractionForm({ person, aboutChoices, gift = null, prepare, onDone, onCancel }: Props) {
  const client = useClient();
  const id = useId();
  const today = localIsoDate(new Date());
  const [date, setDate] = useState<string>(today);
  const [kind, setKind] = useState<InteractionKind>('message');
  const [direction, setDirection] = useState<Direction>('gave');
  const [note, setNote] = useState('');
  const [about, setAbout] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const useGift = () => {
    if (!gift) return;
    setKind('shared-resource');
    setDirection('gave');
    setAbout(gift.title);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (parseIsoDate(date) === null) {
      setError('Give the date as YYYY-MM-DD, a day that exists on the calendar.');
      return;
    }
    if (date > today) {
      setError('That day has not come yet; log an interaction once it has happened.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const baseHash = prepare ? await prepare() : undefined;
      const interaction = { date, kind, direction, ...(note.trim() ? { note: note.trim() } : {}), ...(about.trim() ? { about: about.trim() } : {}) };
      const result = await client.call('person.log', { path: person.path, interaction, ...(baseHash ? { baseHash } : {}) });
      if (result.status === 'conflict') {
        setError(`${person.title}'s file changed before this could be written, so nothing was written. Settle the note's changes first, then water again.`);
        return;
      }
      onDone(`Watered ${person.title}: ${INTERACTION_KIND_LABELS[kind].toLowerCase()}, ${DIRECTION_WORDS[direction]}, ${date}.`);
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="water-form" noValidate onSubmit={(e) => void submit(e)} aria-label={`Log an interaction with ${person.title}`}>
      <div className="water-grid">
        <label htmlFor={`${id}-date`}>Date</label>
        <input id={`${id}-date`} type="date" value={date} max={today} required onChange={(e) => setDate(e.target.value)} data-autofocus />
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as InteractionKind)}>
          {INTERACTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {INTERACTION_KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <span id={`${id}-direction`}>Who gave</span>
        <div className="segmented" role="radiogroup" aria-labelledby={`${id}-direction`}>
          {DIRECTIONS.map((d) => (
            <button key={d} type="button" role="radio" aria-checked={direction === d} aria-pressed={direction === d} onClick={() => setDirection(d)}>
              {DIRECTION_LABELS[d]}
            </button>
          ))}
        </div>
        <label htmlFor={`${id}-note`}>What happened</label>
        <input id={`${id}-note`} type="text" value={note} maxLength={1000} placeholder="one line, e.g. Sent her my notes on decodable texts" onChange={(e) => setNote(e.target.value)} />
        <label htmlFor={`${id}-about`}>About</label>
        <div>
          <input
            id={`${id}-about`}
            type="text"
            list={`${id}-about-list`}
            value={about}
            maxLength={500}
            placeholder="optional: a note, source or goal"
            onChange={(e) => setAbout(e.target.value)}
          />
          <datalist id={`${id}-about-list`}>
            {aboutChoices.map((title) => (
              <option key={title} value={title} />
            ))}
          </datalist>
          <span className="property-hint">Written as a link, [[{about.trim() || 'Title'}]].</span>
        </div>
      </div>
      {gift && (
        <p className="water-gift">
          Something to give: <strong>{gift.title}</strong>{' '}
          <button type="button" className="button small" onClick={useGift}>
            Log as given
          </button>
        </p>
      )}
      <FormFooter error={error} onCancel={onCancel} submit="Log interaction" busy={busy} busyLabel="Watering…" />
    </form>
  );
}
