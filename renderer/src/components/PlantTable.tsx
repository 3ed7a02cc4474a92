import type { ReactNode } from 'react';
import type { PlantSummary } from '../../../shared/api';
import { noteHref } from '../router/routes';

export interface Column {
  header: string;
  cell(plant: PlantSummary): ReactNode;
}

/** A plain table of plants: the first column is the title, linked to the plant. */
export function PlantTable({ plants, titleHeader, columns, caption }: {
  plants: readonly PlantSummary[];
  titleHeader: string;
  columns: readonly Column[];
  caption: string;
}) {
  const sorted = [...plants].sort((a, b) => a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }));
  return (
    <table className="plant-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{titleHeader}</th>
          {columns.map((column) => (
            <th key={column.header} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((plant) => (
          <tr key={plant.path} data-testid="table-row">
            <th scope="row">
              <a href={noteHref(plant.path)}>{plant.title}</a>
            </th>
            {columns.map((column) => (
              <td key={column.header}>{column.cell(plant)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
