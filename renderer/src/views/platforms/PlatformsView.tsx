/**
 * Where your PLN lives: each platform with how many people (per circle) and sources are on
 * it, its communities, and a hint from the seed post on what that platform is good for.
 */
import { useMemo } from 'react';
import { useGarden } from '../../app/GardenContext';
import { KindIcon } from '../../components/KindIcon';
import { noteHref } from '../../router/routes';
import '../../styles/network.css';
import { EmptyGarden } from '../EmptyGarden';
import { PLATFORM_DYNAMICS } from './platform-hints';
import { platformSummaries, type PlatformSummary } from './platform-summary';

function PlatformCard({ summary }: { summary: PlatformSummary }) {
  const { people } = summary;
  return (
    <li className="platform-card" data-testid="platform-card" data-platform={summary.key}>
      <h2 className="platform-name">{summary.label}</h2>
      <p className="platform-counts">
        <span data-testid="platform-people">
          <strong>{people.total}</strong> {people.total === 1 ? 'person' : 'people'}
        </span>
        {people.total > 0 && (
          <span className="muted small">
            {' '}
            ({[people.professional && `${people.professional} professional`, people.personal && `${people.personal} personal`, people.both && `${people.both} both`].filter(Boolean).join(', ')})
          </span>
        )}
        {' · '}
        <span data-testid="platform-sources">
          <strong>{summary.sources}</strong> {summary.sources === 1 ? 'source' : 'sources'}
        </span>
      </p>
      {summary.hint ? <p className="platform-hint">{summary.hint}</p> : <p className="platform-hint muted">The seed post says nothing about this one.</p>}
      {summary.communities.length > 0 && (
        <p className="small">
          <span className="muted">Communities: </span>
          {summary.communities.map((c, i) => (
            <span key={c.name}>
              {/* Names may hold commas ("Maple Grove Elementary, grade 2"): a dot between them. */}
              {i > 0 && ' · '}
              {c.name}
            </span>
          ))}
        </p>
      )}
      <ul className="mini-list platform-members">
        {summary.members.map((p) => (
          <li key={p.path}>
            <KindIcon kind={p.kind} /> <a href={noteHref(p.path)}>{p.title}</a>
          </li>
        ))}
      </ul>
    </li>
  );
}

export function PlatformsView() {
  const { snapshot } = useGarden();
  const summaries = useMemo(() => platformSummaries(snapshot?.plants ?? []), [snapshot]);
  if (!snapshot) return <EmptyGarden />;
  return (
    <section className="view network-view">
      <header className="view-header">
        <h1>
          Platforms <span className="count">{summaries.length}</span>
        </h1>
        <p className="muted">Where your PLN lives, from the platforms of your people and sources.</p>
      </header>
      <p className="platform-dynamics">{PLATFORM_DYNAMICS}</p>
      {summaries.length === 0 ? (
        <p className="empty">No platforms yet: add platforms to people (linkedin, reddit, face-to-face…) or sources.</p>
      ) : (
        <ul className="platform-cards">
          {summaries.map((s) => (
            <PlatformCard key={s.key} summary={s} />
          ))}
        </ul>
      )}
    </section>
  );
}
