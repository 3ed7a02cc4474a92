/**
 * The needs-watering order moved to shared/graph (the CLI and the export read it too); this
 * keeps the renderer's existing imports (sidebar, panel) working unchanged.
 */
export { needsWatering, urgencyRank, type WateringItem } from '../../../shared/graph/needs-watering';
