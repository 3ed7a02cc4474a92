/**
 * What a person's page adds to a note: the Water action and their interaction log as a
 * timeline (in the article), and their notes and the sources they shared (beside it).
 */
import { useMemo, useState } from 'react';
import type { NoteDocument, PlantSummary } from '../../../../shared/api';
import { localIsoDate } from '../../../../shared/dates';
import { useGarden } from '../../app/GardenContext';
import { daysAgoText } from '../../components/days-ago';
import { HealthBadges } from '../../components/HealthBadge';
import { KindIcon } from '../../components/KindIcon';
import { noteHref } from '../../router/routes';
import '../../styles/network.css';
import { DIRECTION_ARROWS, DIRECTION_LABELS, INTERACTION_KIND_LABELS } from '../../water/labels';
import { WaterDialog } from '../../water/WaterDialog';
import { personSurroundings, timeline } from './person-log';
import { showToast } from './toasts';

export function WateringLog({ doc, plant, readOnly, prepare }: {
  doc: NoteDocument;
  plant: PlantSummary;
  readOnly: boolean;
  /** Saves the editor first; answers the version the log is written over. */
  prepare(): Promise<string | undefined>;
}) {
  const [open, setOpen] = useState(false);
  const today = localIsoDate(new Date());
  const entries = useMemo(() => timeline(plant.person?.interactions ?? [], doc.outgoing, today), [plant, doc.outgoing, today]);
  return (
    <section className="watering-log" data-testid="watering-log" aria-labelledby="watering-log-heading">
      <header className="watering-log-head">
        <h2 id="watering-log-heading">
          Watering log <span className="count">{entries.length}</span>
        </h2>
        <HealthBadges health={plant.health} />
        <button type="button" className="button primary small" onClick={() => setOpen(true)} disabled={readOnly} title={readOnly ? 'This file is read-only' : 'Log an interaction'}>
          Water
        </button>
      </header>
      <p className="reason">{plant.health.reason}</p>
      {entries.length === 0 ? (
        <p className="muted small">Nothing logged yet. Water {plant.title} to start the clock from a real interaction.</p>
      ) : (
        <ol className="timeline">
          {entries.map(({ interaction, daysAgo, future, about }, i) => (
            <li key={`${interaction.date}-${i}`} className={`timeline-entry direction-${interaction.direction}`} data-testid="timeline-entry">
              <div className="timeline-when">
                <time dateTime={interaction.date}>{interaction.date}</time>
                <span className="muted small">{daysAgoText(daysAgo)}</span>
              </div>
              <div className="timeline-what">
                <span className="timeline-kind">{INTERACTION_KIND_LABELS[interaction.kind]}</span>{' '}
                <span className="timeline-direction" title={DIRECTION_LABELS[interaction.direction]}>
                  <span aria-hidden="true">{DIRECTION_ARROWS[interaction.direction]}</span> {DIRECTION_LABELS[interaction.direction]}
                </span>
                {future && <span className="badge badge-oneway">Not counted until then</span>}
                {interaction.note && <p className="timeline-note">{interaction.note}</p>}
                {about.length > 0 && (
                  <p className="small">
                    About{' '}
                    {about.map((a, j) => (
                      <span key={j}>
                        {j > 0 && ', '}
                        {a.path ? <a href={noteHref(a.path)}>{a.label}</a> : <span className="seed-text">{a.label}</span>}
                      </span>
                    ))}
                  </p>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {open && <WaterDialog person={plant} prepare={prepare} onClose={() => setOpen(false)} onWatered={(message) => showToast({ message })} />}
    </section>
  );
}

export function PersonSide({ path }: { path: string }) {
  const { snapshot } = useGarden();
  const around = useMemo(() => (snapshot ? personSurroundings(snapshot, path) : { linked: [], shared: [] }), [snapshot, path]);
  return (
    <>
      <section className="side-section" data-testid="person-notes" aria-labelledby="person-notes-heading">
        <h2 id="person-notes-heading">
          Their notes and links <span className="count">{around.linked.length}</span>
        </h2>
        {around.linked.length === 0 ? (
          <p className="muted small">No plant links with them yet.</p>
        ) : (
          <ul className="link-list">
            {around.linked.map((p) => (
              <li key={p.path}>
                <KindIcon kind={p.kind} /> <a href={noteHref(p.path)}>{p.title}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="side-section" data-testid="person-shared" aria-labelledby="person-shared-heading">
        <h2 id="person-shared-heading">
          Sources they shared <span className="count">{around.shared.length}</span>
        </h2>
        {around.shared.length === 0 ? (
          <p className="muted small">No source names them in shared_by.</p>
        ) : (
          <ul className="link-list">
            {around.shared.map((p) => (
              <li key={p.path}>
                <KindIcon kind="source" /> <a href={noteHref(p.path)}>{p.title}</a>{' '}
                <span className="muted small">{p.source?.status}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
