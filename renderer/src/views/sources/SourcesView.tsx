import { HealthBadges } from '../../components/HealthBadge';
import type { Column } from '../../components/PlantTable';
import { KindTableView } from '../KindTableView';

const STATUS = { 'to-read': 'To read', reading: 'Reading', read: 'Read', applied: 'Applied' } as const;

const columns: Column[] = [
  { header: 'Status', cell: (p) => (p.source ? STATUS[p.source.status] : '—') },
  { header: 'Kind', cell: (p) => p.source?.kind ?? '—' },
  { header: 'Platform', cell: (p) => p.source?.platform ?? '—' },
  { header: 'State', cell: (p) => <HealthBadges health={p.health} /> },
];

export function SourcesView() {
  return (
    <KindTableView
      kind="source"
      title="Sources"
      intro="Articles, papers, podcasts, videos and communities: read, then used in a note."
      titleHeader="Title"
      columns={columns}
      empty="No sources yet. A markdown file in sources/ (or with type: source) adds one."
    />
  );
}
