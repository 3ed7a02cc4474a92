import { useRef } from 'react';
import { useClient } from '../api/ClientContext';
import { ShellCommands } from '../commands/ShellCommands';
import { IndexProgress } from '../components/IndexProgress';
import { NoticeArea } from '../components/NoticeArea';
import { routeHref, type Route } from '../router/routes';
import { useRecordVisit } from '../recent/useRecordVisit';
import { useRoute } from '../router/useRoute';
import '../styles/navigation.css';
import type { GardenSnapshot } from '../../../shared/api';
import { GardenProvider } from './GardenContext';
import { NoticesProvider, useNoticeState } from './notices';
import { RouteView } from './RouteView';
import { Sidebar } from './Sidebar';
import { useDocumentTitle } from './useDocumentTitle';
import { useScrollToTopOn } from './useScrollToTopOn';
import { useGardenState } from './useGardenState';

const VIEW_TITLES: Partial<Record<Route['name'], string>> = {
  plants: 'All plants',
  graph: 'Garden map',
  people: 'People',
  sources: 'Sources',
  goals: 'Goals',
  platforms: 'Platforms',
  tags: 'Tags',
  trash: 'Trash',
  seeds: 'Seeds',
};

function viewTitle(route: Route, snapshot: GardenSnapshot | null): string | undefined {
  if (route.name === 'note') return snapshot?.plants.find((p) => p.path === route.path)?.title ?? route.path;
  if (route.name === 'seed') return route.target;
  if (route.name === 'search') return route.query.trim() ? `Search: ${route.query.trim()}` : 'Search';
  return VIEW_TITLES[route.name];
}

/**
 * The shell: garden switcher and views on the left, the current view, progress and
 * notices; the app's commands, their shortcuts and dialogs (ShellCommands).
 */
export function App() {
  const client = useClient();
  const notices = useNoticeState();
  const garden = useGardenState(client, notices);
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  useDocumentTitle([viewTitle(route, garden.snapshot), garden.info?.name]);
  useRecordVisit(route, garden.info?.root);

  // A new view starts at its top, as a new page would; a search refining its query is
  // the same view and stays where it is.
  const place = route.name === 'search' ? 'search' : routeHref(route);
  useScrollToTopOn(main, place);

  return (
    <NoticesProvider value={notices}>
      <GardenProvider value={garden}>
        <div className="app">
          <Sidebar route={route} />
          <main className="content" ref={main}>
            <div className="content-top">
              <IndexProgress progress={garden.progress} />
              <NoticeArea notices={notices.notices} onDismiss={notices.dismiss} />
            </div>
            <RouteView route={route} />
          </main>
        </div>
        <ShellCommands />
      </GardenProvider>
    </NoticesProvider>
  );
}
