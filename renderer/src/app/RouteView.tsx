import type { Route } from '../router/routes';
import { SearchView } from '../search/SearchView';
import { SeedsView } from '../seeds/SeedsView';
import { TagsView } from '../tags/TagsView';
import { TrashView } from '../trash/TrashView';
import { GoalsView } from '../views/goals/GoalsView';
import { GraphView } from '../views/graph/GraphView';
import { NoteView } from '../views/notes/NoteView';
import { SeedView } from '../views/notes/SeedView';
import { PeopleView } from '../views/people/PeopleView';
import { PlatformsView } from '../views/platforms/PlatformsView';
import { PlantsView } from '../views/plants/PlantsView';
import { PortfolioView } from '../views/portfolio/PortfolioView';
import { SourcesView } from '../views/sources/SourcesView';

export function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case 'plants':
      return <PlantsView />;
    case 'note':
      return <NoteView key={route.path} path={route.path} />;
    case 'seed':
      return <SeedView target={route.target} />;
    case 'graph':
      return <GraphView />;
    case 'people':
      return <PeopleView />;
    case 'sources':
      return <SourcesView />;
    case 'goals':
      return <GoalsView />;
    case 'platforms':
      return <PlatformsView />;
    case 'search':
      return <SearchView query={route.query} />;
    case 'tags':
      return <TagsView />;
    case 'trash':
      return <TrashView />;
    case 'seeds':
      return <SeedsView />;
    case 'portfolio':
      return <PortfolioView />;
    case 'not-found':
      return (
        <section className="view">
          <h1>Nothing here</h1>
          <p className="muted">The address “#{route.hash}” does not name a view of the garden.</p>
          <p>
            <a href="#/plants">Go to all plants</a>
          </p>
        </section>
      );
  }
}
