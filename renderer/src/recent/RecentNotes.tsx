import { useMemo } from 'react';
import { useGarden } from '../app/GardenContext';
import { KindIcon } from '../components/KindIcon';
import { noteHref, type Route } from '../router/routes';
import { useRecentNotes } from './recent-notes';
import { recentPlants } from './recent-plants';

/** The sidebar's few most recently opened notes. */
export function RecentNotes({ route, limit = 5 }: { route: Route; limit?: number }) {
  const { info, snapshot } = useGarden();
  const paths = useRecentNotes(info?.root);
  const plants = useMemo(() => recentPlants(paths, snapshot?.plants, limit), [paths, snapshot, limit]);
  if (plants.length === 0) return null;
  return (
    <nav aria-label="Recent notes" className="sidebar-section">
      <h2 className="menu-heading sidebar-heading">Recent</h2>
      <ul className="nav-list" data-testid="recent-notes">
        {plants.map((plant) => (
          <li key={plant.path}>
            <a
              href={noteHref(plant.path)}
              className="nav-item recent-note"
              title={plant.path}
              aria-current={route.name === 'note' && route.path === plant.path ? 'page' : undefined}
            >
              <span className={`recent-note-icon kind-${plant.kind}`}>
                <KindIcon kind={plant.kind} />
              </span>
              <span className="recent-note-title">{plant.title}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
