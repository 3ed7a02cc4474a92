/**
 * What the map's shapes, colours and lines mean: always on the map, drawn with the very
 * shapes and colours the painter uses.
 */
import type { LegendColour, NodeShape } from '../../../../shared/graph/model';
import { raysPath, shapePath } from '../../../../shared/graph/shapes';

const SHAPES: [NodeShape, string][] = [
  ['sun', 'You'],
  ['circle', 'Person'],
  ['leaf', 'Note'],
  ['diamond', 'Source'],
  ['star', 'Goal'],
  ['hexagon', 'Platform'],
  ['hollow', 'Seed (not planted)'],
];

function ShapeSwatch({ shape }: { shape: NodeShape }) {
  const r = shape === 'sun' ? 3.6 : 4.6;
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      {shape === 'sun' && <path d={raysPath(7, 7, r)} style={{ stroke: 'var(--graph-you)', strokeWidth: 1.2 }} />}
      <path
        d={shapePath(shape, 7, 7, r)}
        className="legend-shape"
        style={
          shape === 'sun'
            ? { fill: 'var(--graph-you)' }
            : shape === 'hollow'
              ? { fill: 'var(--graph-bg)', stroke: 'var(--graph-seed)', strokeWidth: 1.5 }
              : undefined
        }
      />
    </svg>
  );
}

function ColourSwatch({ token }: { token: string }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <circle cx="7" cy="7" r="5" className="legend-shape" style={{ fill: `var(--${token})` }} />
    </svg>
  );
}

function LineSwatch({ dash, colour = 'graph-edge-healthy', width = 2, arrow = false }: { dash?: string; colour?: string; width?: number; arrow?: boolean }) {
  return (
    <svg width="26" height="12" viewBox="0 0 26 12" aria-hidden="true" focusable="false">
      <line x1="1" y1="6" x2={arrow ? 18 : 25} y2="6" className="legend-stroke" style={{ stroke: `var(--${colour})`, strokeWidth: width, strokeDasharray: dash }} />
      {arrow && <path d="M25 6 17 2 17 10Z" style={{ fill: 'var(--graph-oneway)' }} />}
    </svg>
  );
}

export function GraphLegend({ colours, colourTitle }: { colours: readonly LegendColour[]; colourTitle: string }) {
  return (
    <aside className="graph-legend" aria-label="Legend" data-testid="graph-legend">
      <section>
        <h3>Shape: kind</h3>
        <ul>
          {SHAPES.map(([shape, label]) => (
            <li key={shape}>
              <ShapeSwatch shape={shape} />
              {label}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>Colour: {colourTitle}</h3>
        <ul>
          {colours.map((c) => (
            <li key={`${c.token}-${c.label}`}>
              <ColourSwatch token={c.token} />
              {c.label}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>Lines and marks</h3>
        <ul>
          <li>
            <LineSwatch width={3.2} colour="graph-edge-thriving" />
            Strong tie to you
          </li>
          <li>
            <LineSwatch width={1} colour="graph-edge-healthy" />
            Faint tie
          </li>
          <li>
            <LineSwatch dash="5 3.5" colour="graph-edge-wilting" />
            Thirsty or worse
          </li>
          <li>
            <LineSwatch dash="1.2 2.6" colour="graph-edge-seed" />
            Link to a seed
          </li>
          <li>
            <LineSwatch arrow colour="graph-edge-healthy" />
            One-way tie: arrow at who only receives
          </li>
          <li>
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
              <circle cx="7" cy="7" r="3.5" className="legend-shape" />
              <circle cx="7" cy="7" r="6" className="legend-stroke" style={{ stroke: 'var(--graph-oneway)' }} />
            </svg>
            Ring: a one-way person
          </li>
          <li>
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
              <circle cx="7" cy="7" r="5" className="legend-shape" style={{ strokeWidth: 2.2 }} />
            </svg>
            Heavy outline: thriving
          </li>
          <li>
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
              <circle cx="7" cy="7" r="5" className="legend-shape" style={{ strokeDasharray: '3 2', strokeWidth: 1.6 }} />
            </svg>
            Dashed outline: thirsty, wilting
          </li>
          <li>
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
              <circle cx="7" cy="7" r="5" className="legend-shape" style={{ strokeDasharray: '1 2', strokeWidth: 1.6 }} />
            </svg>
            Dotted outline: dormant
          </li>
        </ul>
      </section>
    </aside>
  );
}
