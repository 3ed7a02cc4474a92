import { HealthBadges } from '../../components/HealthBadge';
import type { Column } from '../../components/PlantTable';
import { KindTableView } from '../KindTableView';

const STATUS = { active: 'Active', done: 'Done', paused: 'Paused' } as const;

const columns: Column[] = [
  { header: 'Status', cell: (p) => (p.goal ? STATUS[p.goal.status] : '—') },
  { header: 'Due', cell: (p) => (p.goal?.due ? <time dateTime={p.goal.due}>{p.goal.due}</time> : '—') },
  { header: 'State', cell: (p) => <HealthBadges health={p.health} /> },
];

export function GoalsView() {
  return (
    <KindTableView
      kind="goal"
      title="Goals"
      intro="What you are growing towards, and whether anything has grown around it lately."
      titleHeader="Goal"
      columns={columns}
      empty="No goals yet. A markdown file in goals/ (or with type: goal) adds one."
    />
  );
}
