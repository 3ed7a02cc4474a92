/**
 * Export the current view as SVG or PNG: the same SVG writer as `pln graph` and the portfolio
 * (shared/graph/svg.ts), with the view's filters and colours and the positions on screen; the
 * PNG is that SVG rasterised, so both show the legend.
 */
import { useState } from 'react';
import type { GraphData, GraphView } from '../../../../shared/graph/model';
import { renderGraphSvg } from '../../../../shared/graph/svg';
import { useNotices } from '../../app/notices';
import { downloadBlob } from '../../export/download';
import { exportName, svgToPng } from '../../graph/download';
import type { MapController } from '../../graph/map-controller';

interface Props {
  data: GraphData;
  view: GraphView;
  map: MapController | null;
  gardenName: string;
}

const WIDTH = 1400;
const HEIGHT = 900;

function theme(): 'light' | 'dark' {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function MapExport({ data, view, map, gardenName }: Props) {
  const { report } = useNotices();
  const [busy, setBusy] = useState(false);
  const svg = () => renderGraphSvg(data, view, map?.currentPositions() ?? new Float32Array(data.nodes.length * 2), { name: gardenName, width: WIDTH, height: HEIGHT, theme: theme() });
  const suffix = `map-${data.today}`;
  return (
    <span className="graph-export" role="group" aria-label="Export the current view">
      <button
        type="button"
        className="graph-button"
        data-testid="graph-export-svg"
        disabled={!map}
        onClick={() => downloadBlob(new Blob([svg()], { type: 'image/svg+xml' }), exportName(gardenName, suffix, 'svg'))}
        title="Download the current view as an SVG picture"
      >
        SVG
      </button>
      <button
        type="button"
        className="graph-button"
        data-testid="graph-export-png"
        disabled={!map || busy}
        onClick={() => {
          setBusy(true);
          svgToPng(svg(), WIDTH, HEIGHT)
            .then((png) => downloadBlob(png, exportName(gardenName, suffix, 'png')))
            .catch(report)
            .finally(() => setBusy(false));
        }}
        title="Download the current view as a PNG picture"
      >
        PNG
      </button>
    </span>
  );
}
