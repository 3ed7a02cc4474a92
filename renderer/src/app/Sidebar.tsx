import { useMemo } from 'react';
import { SHORTCUTS } from '../commands/app-commands';
import { formatShortcut } from '../commands/keyboard';
import { commands } from '../commands/registry';
import { GardenSwitcher } from '../components/GardenSwitcher';
import { RecentNotes } from '../recent/RecentNotes';
import type { Route } from '../router/routes';
import { useGarden } from './GardenContext';
import { needsWatering } from '../graph/needs-watering';

interface NavItem {
  name: Route['name'];
  label: string;
  count?: number;
  /** What the count means, for the tooltip. */
  countTitle?: string;
  shortcut?: string;
}

function NavList({ label, items, active, showCounts }: { label: string; items: readonly NavItem[]; active: Route['name'] | null; showCounts: boolean }) {
  return (
    <nav aria-label={label}>
      <ul className="nav-list">
        {items.map((item) => (
          <li key={item.name}>
            <a
              href={`#/${item.name}`}
              className="nav-item"
              aria-current={active === item.name ? 'page' : undefined}
              title={item.shortcut ? `${item.label} (${formatShortcut(item.shortcut)})` : undefined}
            >
              <span>{item.label}</span>
              {showCounts && item.count !== undefined && (
                <span className="nav-count" title={item.countTitle}>
                  {item.count}
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Sidebar({ route }: { route: Route }) {
  const { snapshot } = useGarden();
  const counts = useMemo(() => {
    const plants = snapshot?.plants ?? [];
    const byKind = { note: 0, person: 0, source: 0, goal: 0 };
    for (const plant of plants) byKind[plant.kind] += 1;
    return { all: plants.length, thirsty: needsWatering(plants).length, seeds: snapshot?.seeds.length ?? 0, ...byKind };
  }, [snapshot]);
  const views: NavItem[] = [
    { name: 'plants', label: 'All plants', count: counts.all },
    { name: 'graph', label: 'Garden map', count: counts.thirsty, countTitle: 'Plants that need watering' },
    { name: 'people', label: 'People', count: counts.person },
    { name: 'sources', label: 'Sources', count: counts.source },
    { name: 'goals', label: 'Goals', count: counts.goal },
    { name: 'platforms', label: 'Platforms' },
    { name: 'portfolio', label: 'Export portfolio' },
  ];
  const finding: NavItem[] = [
    { name: 'search', label: 'Search', shortcut: SHORTCUTS['search.open'] },
    { name: 'tags', label: 'Tags' },
    { name: 'seeds', label: 'Seeds', count: counts.seeds, countTitle: 'Links to notes not written yet' },
    { name: 'trash', label: 'Trash' },
  ];
  const active = route.name === 'note' || route.name === 'seed' ? null : route.name;
  return (
    <aside className="sidebar">
      <GardenSwitcher />
      {snapshot && (
        <button
          type="button"
          className="button sidebar-new-note"
          onClick={() => commands.run('note.new')}
          title={`New note (${formatShortcut(SHORTCUTS['note.new'])})`}
        >
          <span aria-hidden="true" className="plus">+</span> New note
        </button>
      )}
      <NavList label="Views" items={views} active={active} showCounts={snapshot !== null} />
      <NavList label="Find" items={finding} active={active} showCounts={snapshot !== null} />
      <RecentNotes route={route} />
      {snapshot && (
        <p className="sidebar-footer muted small">
          Health as of {snapshot.today}
          <br />
          <span className="sidebar-hint">
            <kbd>{formatShortcut(SHORTCUTS['palette.open'])}</kbd> for every command
          </span>
        </p>
      )}
    </aside>
  );
}
