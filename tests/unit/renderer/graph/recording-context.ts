/**
 * A stand-in for CanvasRenderingContext2D that records what is drawn: each fill and stroke
 * with its style, dash and the sub-paths (shapes) in it, and each text. Enough to check
 * what the painter draws without a browser.
 */
export interface DrawCall {
  op: 'fill' | 'stroke' | 'fillRect' | 'fillText' | 'strokeText' | 'drawImage';
  style: string;
  dash: number[];
  alpha: number;
  /** Sub-paths: one per moveTo. */
  shapes: number;
  /** Points of the path (moveTo, lineTo, arc centres). */
  points: [number, number][];
  arcs: number;
  text?: string;
}

export class RecordingContext {
  calls: DrawCall[] = [];
  fillStyle = '#000';
  strokeStyle = '#000';
  lineWidth = 1;
  globalAlpha = 1;
  font = '';
  textBaseline = 'alphabetic';
  lineJoin = 'miter';
  lineCap = 'butt';
  private dash: number[] = [];
  private points: [number, number][] = [];
  private shapes = 0;
  private arcs = 0;
  readonly canvas: { width: number; height: number };

  constructor(width = 800, height = 600) {
    this.canvas = { width, height };
  }

  setTransform(): void {}
  setLineDash(dash: number[]): void {
    this.dash = [...dash];
  }
  beginPath(): void {
    this.points = [];
    this.shapes = 0;
    this.arcs = 0;
  }
  moveTo(x: number, y: number): void {
    this.shapes += 1;
    this.points.push([x, y]);
  }
  lineTo(x: number, y: number): void {
    this.points.push([x, y]);
  }
  quadraticCurveTo(_cx: number, _cy: number, x: number, y: number): void {
    this.points.push([x, y]);
  }
  arc(x: number, y: number): void {
    if (this.shapes === 0) this.shapes = 1;
    this.arcs += 1;
    this.points.push([x, y]);
  }
  closePath(): void {}
  private record(op: DrawCall['op'], style: string, extra: Partial<DrawCall> = {}): void {
    this.calls.push({ op, style, dash: [...this.dash], alpha: this.globalAlpha, shapes: this.shapes, points: [...this.points], arcs: this.arcs, ...extra });
  }
  fill(): void {
    this.record('fill', this.fillStyle);
  }
  stroke(): void {
    this.record('stroke', this.strokeStyle);
  }
  fillRect(x: number, y: number): void {
    this.record('fillRect', this.fillStyle, { points: [[x, y]], shapes: 1 });
  }
  fillText(text: string, x: number, y: number): void {
    this.record('fillText', this.fillStyle, { text, points: [[x, y]] });
  }
  strokeText(text: string, x: number, y: number): void {
    this.record('strokeText', this.strokeStyle, { text, points: [[x, y]] });
  }
  clearRect(): void {}
  drawImage(): void {
    this.record('drawImage', '');
  }
  getImageData(): { data: Uint8ClampedArray } {
    return { data: new Uint8ClampedArray(4) };
  }

  /** The texts one reads: not a label's halo, drawn in the background colour ('BG' in the tests' palette). */
  texts(): string[] {
    return this.calls.filter((c) => c.op === 'fillText' && c.style !== 'BG').map((c) => c.text ?? '');
  }

  /** How many times each text was drawn as halo (in the background colour). */
  halos(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const c of this.calls) if (c.op === 'fillText' && c.style === 'BG') counts.set(c.text ?? '', (counts.get(c.text ?? '') ?? 0) + 1);
    return counts;
  }
}
