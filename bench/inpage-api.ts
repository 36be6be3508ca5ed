/**
 * The shape of what bench/inpage.ts installs in every benchmarked page as `window.__tcBench`,
 * shared by the page side and the Node side (bench/measure.ts).
 */

export interface Point {
  x: number;
  y: number;
}

/** What one first-paint poll learns from the page, before its screenshot. */
export interface ProbeResult {
  /** performance.now() when the probe ran. */
  now: number;
  /** Start time of the `tc:first-paint` mark, if set. */
  firstPaintMark: number | null;
  /** The map area's box in viewport coordinates, if it is in the page yet. */
  area: { left: number; top: number; width: number; height: number } | null;
  /** Sample points in viewport coordinates, projected by the map element that said so. */
  points: Point[] | null;
  /** Which element projected the points (null: none yet; the caller projects with d3). */
  projectedBy: 'maplibre' | 'svg' | null;
  scrollX: number;
  scrollY: number;
  /** The label overlay is hidden (it is, from the start until the first-paint check ends). */
  labelsHidden: boolean;
}

export interface Collected {
  fcp: number | null;
  lcp: number | null;
  lcpElement: string | null;
  longTasks: { start: number; duration: number }[];
  firstPaintMark: number | null;
  interactiveMark: number | null;
  /** When `[data-testid="maplibre-map"]` got data-loaded="true". */
  mapLoadedAt: number | null;
  /** The document and every resource: URL, request start, gzip body bytes as served. */
  resources: { url: string; start: number; bytes: number }[];
}

export interface ToggleArgs {
  /** View ids to alternate between; the first is shown at the start. */
  ids: [string, string];
  /** Colours the probe shows in each view. */
  colours: [[number, number, number], [number, number, number]];
  /** Probe: a point inside the region that changes, and the unit it is in. */
  lngLat: [number, number];
  unit: string;
  count: number;
  /**
   * Rest between switches, ms, after the two frames every switch gets: 0 for a run (an arrow
   * key held down), or long enough for the app to have finished with one switch (its text,
   * legend and labels drawn) before the next.
   */
  restMs: number;
  tolerance: number;
  /** Give up on one switch after this long. */
  timeoutMs: number;
}

export interface ToggleResult {
  /** Per switch: input event timestamp to the frame showing the new colour (NaN: timed out). */
  latencies: number[];
  /** How many switches showed their colour in the frame the click landed in (not a later one). */
  inClickFrame: number;
  /** How the probe was read. */
  method: 'webgl-readPixels' | 'svg-fill' | 'none';
  /** Set when the test could not run, saying why. */
  error?: string;
}

export interface InPage {
  probe(lngLats: [number, number][]): ProbeResult;
  /** Resolves with a probe as soon as the mark `name` is set (null after `timeoutMs`). */
  probeAtMark(
    name: string,
    lngLats: [number, number][],
    timeoutMs: number,
  ): Promise<ProbeResult | null>;
  /** Shows the label overlay, hidden while the first paint was checked. */
  restoreLabels(): void;
  waitInteractive(expectMark: boolean, timeoutMs: number): Promise<number | null>;
  /** Resolves when no long task has run for `quietMs` (or after `capMs`), with the time. */
  waitQuiet(quietMs: number, capMs: number): Promise<number>;
  collect(): Collected;
  hasPicker(): boolean;
  toggle(args: ToggleArgs): Promise<ToggleResult>;
  /** Switches `count` times between two views, a frame every tenth; resolves with how many ran. */
  switchViews(ids: [string, string], count: number): Promise<number>;
  frames(count: number): Promise<void>;
}

export type BenchWindow = Window & typeof globalThis & { __tcBench: InPage };
