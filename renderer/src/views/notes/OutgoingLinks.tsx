import type { OutgoingLink } from '../../../../shared/api';
import { KindIcon } from '../../components/KindIcon';
import { SEED_TITLE } from '../../markdown/remark-wikilinks';
import { noteHref, seedHref } from '../../router/routes';

function unique(links: readonly OutgoingLink[]): OutgoingLink[] {
  const seen = new Set<string>();
  return links.filter((link) => {
    const key = `${link.resolved ?? `?${link.target}`}:${link.embed}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function OutgoingLinks({ outgoing }: { outgoing: readonly OutgoingLink[] }) {
  const links = unique(outgoing);
  return (
    <section className="side-section" data-testid="outgoing" aria-labelledby="outgoing-heading">
      <h2 id="outgoing-heading">
        Links from this note <span className="count">{links.length}</span>
      </h2>
      {links.length === 0 ? (
        <p className="muted small">This note links to nothing yet.</p>
      ) : (
        <ul className="link-list">
          {links.map((link) => (
            <li key={`${link.resolved ?? link.target}:${link.embed}`} className="outgoing-link">
              {link.resolved ? (
                /\.md$/i.test(link.resolved) ? (
                  <a href={noteHref(link.resolved)}>{link.target}</a>
                ) : (
                  <span title="Attachments open in a later release">{link.target}</span>
                )
              ) : (
                <a href={seedHref(link.target)} className="wikilink seed" title={SEED_TITLE}>
                  <KindIcon kind="seed" /> {link.target}
                </a>
              )}
              {link.embed && <span className="muted small"> (embedded)</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
