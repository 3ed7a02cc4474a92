import { useEffect, useRef } from 'react';
import { useClient } from '../api/ClientContext';
import { IndexProgress } from '../components/IndexProgress';
import { NoticeArea } from '../components/NoticeArea';
import type { Route } from '../router/routes';
import { useRoute } from '../router/useRoute';
import type { GardenSnapshot } from '../../../shared/api';
import { GardenProvider } from './GardenContext';
import { NoticesProvider, useNoticeState } from './notices';
import { RouteView } from './RouteView';
import { Sidebar } from './Sidebar';
import { useDocumentTitle } from './useDocumentTitle';
import { useGardenState } from './useGardenState';

const VIEW_TITLES: Partial<Record<Route['name'], string>> = {
  plants: 'All plants',
  graph: 'Garden map',
  people: 'People',
  sources: 'Sources',
  goals: 'Goals',
};

function viewTitle(route: Route, snapshot: GardenSnapshot | null): string | undefined {
  if (route.name === 'note') return snapshot?.plants.find((p) => p.path === route.path)?.title ?? route.path;
  if (route.name === 'seed') return route.target;
  return VIEW_TITLES[route.name];
}

/** The shell: garden switcher and views on the left, the current view, progress and notices. */
export function App() {
  const client = useClient();
  const notices = useNoticeState();
  const garden = useGardenState(client, notices);
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  useDocumentTitle([viewTitle(route, garden.snapshot), garden.info?.name]);

  // A new view starts at its top, as a new page would.
  useEffect(() => {
    main.current?.scrollTo?.({ top: 0 });
  }, [route]);

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
      </GardenProvider>
    </NoticesProvider>
  );
}
