import { HealthBadges } from '../../components/HealthBadge';
import type { Column } from '../../components/PlantTable';
import { KindTableView } from '../KindTableView';

const CIRCLES = { professional: 'Professional', personal: 'Personal', both: 'Both' } as const;

const columns: Column[] = [
  { header: 'Circle', cell: (p) => (p.person ? CIRCLES[p.person.circle] : '—') },
  { header: 'State', cell: (p) => <HealthBadges health={p.health} /> },
  { header: 'Why', cell: (p) => <span className="reason">{p.health.reason}</span> },
];

export function PeopleView() {
  return (
    <KindTableView
      kind="person"
      title="People"
      intro="The people you learn from and with, and how recently you have been in touch."
      titleHeader="Name"
      columns={columns}
      empty="No people yet. A markdown file in people/ (or with type: person) adds someone."
    />
  );
}
