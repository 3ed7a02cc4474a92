import { useMemo } from 'react';
import { GardenSwitcher } from '../components/GardenSwitcher';
import type { Route } from '../router/routes';
import { useGarden } from './GardenContext';
import { needsWatering } from '../views/graph/needs-watering';

interface NavItem {
  name: Route['name'];
  label: string;
  count?: number;
}

export function Sidebar({ route }: { route: Route }) {
  const { snapshot } = useGarden();
  const counts = useMemo(() => {
    const plants = snapshot?.plants ?? [];
    const byKind = { note: 0, person: 0, source: 0, goal: 0 };
    for (const plant of plants) byKind[plant.kind] += 1;
    return { all: plants.length, thirsty: needsWatering(plants).length, ...byKind };
  }, [snapshot]);
  const items: NavItem[] = [
    { name: 'plants', label: 'All plants', count: counts.all },
    { name: 'graph', label: 'Garden map', count: counts.thirsty },
    { name: 'people', label: 'People', count: counts.person },
    { name: 'sources', label: 'Sources', count: counts.source },
    { name: 'goals', label: 'Goals', count: counts.goal },
  ];
  const active = route.name === 'note' || route.name === 'seed' ? null : route.name;
  return (
    <aside className="sidebar">
      <GardenSwitcher />
      <nav aria-label="Views">
        <ul className="nav-list">
          {items.map((item) => (
            <li key={item.name}>
              <a href={`#/${item.name}`} className="nav-item" aria-current={active === item.name ? 'page' : undefined}>
                <span>{item.label}</span>
                {snapshot && item.count !== undefined && (
                  <span className="nav-count" title={item.name === 'graph' ? 'Plants that need watering' : undefined}>
                    {item.count}
                  </span>
                )}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {snapshot && <p className="sidebar-footer muted small">Health as of {snapshot.today}</p>}
    </aside>
  );
}
