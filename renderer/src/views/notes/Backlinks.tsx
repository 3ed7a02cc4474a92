import type { Backlink } from '../../../../shared/api';
import type { GardenPath } from '../../../../shared/types';
import { LinkText } from '../../components/LinkText';
import { noteHref } from '../../router/routes';

interface LinkingPlant {
  from: GardenPath;
  title: string;
  mentions: Backlink[];
}

/** One entry per plant that links here, with every line where it does (as Obsidian groups them). */
export function groupBacklinks(backlinks: readonly Backlink[]): LinkingPlant[] {
  const groups = new Map<GardenPath, LinkingPlant>();
  for (const link of backlinks) {
    const group = groups.get(link.from) ?? { from: link.from, title: link.title, mentions: [] };
    group.mentions.push(link);
    groups.set(link.from, group);
  }
  return [...groups.values()];
}

export function Backlinks({ backlinks }: { backlinks: readonly Backlink[] }) {
  const plants = groupBacklinks(backlinks);
  return (
    <section className="side-section" data-testid="backlinks" aria-labelledby="backlinks-heading">
      <h2 id="backlinks-heading">
        Backlinks <span className="count">{plants.length}</span>
      </h2>
      {plants.length === 0 ? (
        <p className="muted small">No other plant links here yet.</p>
      ) : (
        <ul className="link-list">
          {plants.map((plant) => (
            <li key={plant.from} className="backlink" data-testid="backlink">
              <a href={noteHref(plant.from)}>{plant.title}</a>
              {plant.mentions.map((mention) => (
                <p key={mention.line} className="context">
                  <LinkText text={mention.context} />
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
