import type { ReactNode } from 'react';
import type { PlantKind } from '../../../shared/types';
import { useGarden } from '../app/GardenContext';
import { PlantTable, type Column } from '../components/PlantTable';
import { EmptyGarden } from './EmptyGarden';

/** The shared frame of the People, Sources and Goals views. */
export function KindTableView({ kind, title, intro, titleHeader, columns, empty }: {
  kind: PlantKind;
  title: string;
  intro: ReactNode;
  titleHeader: string;
  columns: readonly Column[];
  empty: string;
}) {
  const { snapshot } = useGarden();
  if (!snapshot) return <EmptyGarden />;
  const plants = snapshot.plants.filter((p) => p.kind === kind);
  return (
    <section className="view">
      <header className="view-header">
        <h1>
          {title} <span className="count">{plants.length}</span>
        </h1>
        <p className="muted">{intro}</p>
      </header>
      {plants.length === 0 ? <p className="empty">{empty}</p> : <PlantTable plants={plants} titleHeader={titleHeader} columns={columns} caption={title} />}
    </section>
  );
}
