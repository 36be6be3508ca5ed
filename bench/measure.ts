/**
 * One measured load of one page in a fresh Chromium: first paint (mark, confirmed by pixels),
 * interactive, LCP, TBT, bytes before first paint and in total, view-switch latency and heap
 * growth. See bench/README.md for the methods.
 */
import { rmSync } from 'node:fs';
import { totalBlockingTime } from './stats.ts';
import type { Rgb } from '../tests/browser/pixels.ts';
import { SAMPLE_REGIONS, type SampleRegion, type TogglePlan } from './colours.ts';
import type { BenchWindow, Collected } from './inpage-api.ts';
import type { HeapReading } from './heap.ts';
import { checkAfterLoad, firstPaintOf, watchFirstPaint } from './first-paint.ts';
import {
  INTERACTIVE_TIMEOUT_MS,
  openContext,
  openPage,
  QUIET_CAP_MS,
  QUIET_MS,
  type NetworkName,
} from './launch.ts';
import { isMapLibreFile, sumBytes, type Bytes } from './transfer.ts';
import { switching } from './switching.ts';

export { CPU_THROTTLE, NETWORKS, VIEWPORT, type NetworkName } from './launch.ts';
export { MARK_GRACE_MS, patchMode, TOLERANCE } from './first-paint.ts';
export { isMapLibreFile, sumBytes, type Bytes } from './transfer.ts';
export { PACED_REST_MS } from './switching.ts';

export type PageName = 'page' | 'embed' | 'baseline';

export interface Target {
  name: PageName;
  /** Path under the served root. */
  path: string;
  /** Path to load for the switching tests when `path` shows no source picker. */
  controlsPath?: string;
}

export interface MeasureOptions {
  baseUrl: string;
  target: Target;
  /** Colours the five sample points must show at first paint. */
  expected: Record<SampleRegion, Rgb>;
  /** Whether the built app sets the marks (else the bench falls back, and says so). */
  marks: { firstPaint: boolean; interactive: boolean };
  toggle: TogglePlan | null;
  switches: number;
  /** Switches timed with a rest between them (0: none). */
  pacedSwitches: number;
  heapSwitches: number;
  /**
   * screencast: watch every frame Chromium draws during the load; once: trust the mark and
   * check the pixels once after the load (to see what watching costs).
   */
  pixelCheck: 'screencast' | 'once';
  cpuThrottle: number;
  network: NetworkName;
}

export interface RunResult {
  page: PageName;
  firstPaintMs: number | null;
  /** How firstPaintMs was found: the app's mark confirmed by pixels, or pixels alone. */
  firstPaintSource: 'mark' | 'pixel (no mark)' | 'pixel (mark lied)' | 'mark (unchecked)' | 'none';
  markMs: number | null;
  /** Page time of the first screen frame in which all five colours were right. */
  pixelMs: number | null;
  interactiveMs: number | null;
  interactiveSource: 'mark' | 'map loaded (no mark)' | 'none';
  fcpMs: number | null;
  lcpMs: number | null;
  lcpElement: string | null;
  tbtMs: number | null;
  transferBeforeFirstPaint: Bytes | null;
  transferTotal: Bytes;
  /** MapLibre files (library, worker, CSS) requested before the first paint. */
  maplibreBeforeFirstPaint: string[];
  /** Files requested before the first paint: path, request start (ms), gzip bytes. */
  filesBeforeFirstPaint: { file: string; start: number; bytes: number }[];
  /** Long tasks that started before the first paint: their count and total duration, ms. */
  longTasksBeforeFirstPaint: { count: number; totalMs: number };
  toggleP50Ms: number | null;
  toggleP95Ms: number | null;
  toggleMethod: string | null;
  toggleTimeouts: number;
  /** The same, switches PACED_REST_MS apart: each is over (text drawn) before the next. */
  pacedP50Ms: number | null;
  pacedP95Ms: number | null;
  /** The card, the table and the picker, after the switches (bench/interactions.ts). */
  cardOpenMs: number | null;
  cardHeightPx: number | null;
  cardButtons: number | null;
  tableSortMs: number | null;
  tableRows: number | null;
  pickerFilterMs: number | null;
  pickerOptions: number | null;
  pickerHeightPx: number | null;
  heapAfter10: HeapReading | null;
  heapAfter1000: HeapReading | null;
  /** Growth of the heap snapshot without compiled code, % (the budgeted figure). */
  heapGrowthPct: number | null;
  /** Growth of Runtime.getHeapUsage's usedSize, compiled code included, %. */
  heapUsedGrowthPct: number | null;
  /** The screen frames watched for the first paint. */
  frames: {
    received: number;
    checked: number;
    /** Node time spent decoding and checking them, ms. */
    checkMs: number;
  };
  /** Wall-clock seconds each phase took, for keeping the benchmark's own time in check. */
  phases: Record<string, number>;
  notes: string[];
  consoleErrors: string[];
}

export async function measure(options: MeasureOptions): Promise<RunResult> {
  const { target, expected } = options;
  const expectedList = SAMPLE_REGIONS.map((region) => expected[region]);
  const notes: string[] = [];
  const consoleErrors: string[] = [];
  const phases: Record<string, number> = {};
  let phaseStart = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    phases[name] = Math.round((now - phaseStart) / 100) / 10;
    phaseStart = now;
  };
  const { context, profile } = await openContext();
  try {
    phase('launch');
    const { page, cdp } = await openPage(context, options, consoleErrors);

    const watch = await watchFirstPaint(page, cdp, options, expectedList, notes);
    phase('firstPaint');
    const interactiveAt = await page.evaluate(
      ([expectMark, timeout]) =>
        (window as BenchWindow).__tcBench.waitInteractive(expectMark, timeout),
      [options.marks.interactive, INTERACTIVE_TIMEOUT_MS] as const,
    );
    await page.evaluate(([quiet, cap]) => (window as BenchWindow).__tcBench.waitQuiet(quiet, cap), [
      QUIET_MS,
      QUIET_CAP_MS,
    ] as const);
    phase('interactive+quiet');
    const checkedAfterLoad = watch.watched
      ? false
      : await checkAfterLoad(page, cdp, expectedList, notes);
    const collected: Collected = await page.evaluate(() =>
      (window as BenchWindow).__tcBench.collect(),
    );

    // First paint: the app's mark if the screen confirms it, else the screen's time.
    const markMs = collected.firstPaintMark;
    const { firstPaintMs, firstPaintSource } = firstPaintOf(
      watch,
      markMs,
      checkedAfterLoad,
      options.marks.firstPaint,
      notes,
    );

    const interactiveMs = interactiveAt;
    const interactiveSource: RunResult['interactiveSource'] =
      interactiveAt === null
        ? 'none'
        : collected.interactiveMark !== null
          ? 'mark'
          : 'map loaded (no mark)';
    const quietEnd = Math.max(
      interactiveMs ?? 0,
      ...collected.longTasks.map((t) => t.start + t.duration),
    );
    // From FCP, as Lighthouse; a page with no FCP entry (the baseline's WebGL canvas gets
    // none here) from its first paint.
    const tbtFrom = collected.fcp ?? firstPaintMs;
    const tbtMs =
      tbtFrom !== null ? totalBlockingTime(collected.longTasks, tbtFrom, quietEnd) : null;

    // What the first paint needed: requests started before the mark (program order, so the
    // same in every run), or before the screen showed the colours when there is no mark.
    const split = markMs ?? firstPaintMs;
    const before = split !== null ? collected.resources.filter((r) => r.start < split) : null;
    const result: RunResult = {
      page: target.name,
      firstPaintMs,
      firstPaintSource,
      markMs,
      pixelMs: watch.pixelMs,
      interactiveMs,
      interactiveSource,
      fcpMs: collected.fcp,
      lcpMs: collected.lcp,
      lcpElement: collected.lcpElement,
      tbtMs,
      transferBeforeFirstPaint: before ? sumBytes(before) : null,
      transferTotal: sumBytes(collected.resources),
      maplibreBeforeFirstPaint: before
        ? before.filter((r) => isMapLibreFile(r.url)).map((r) => new URL(r.url).pathname)
        : [],
      filesBeforeFirstPaint: before
        ? before.map((r) => ({
            file: new URL(r.url).pathname,
            start: Math.round(r.start),
            bytes: r.bytes,
          }))
        : [],
      longTasksBeforeFirstPaint: (() => {
        const early = collected.longTasks.filter((t) => t.start < (firstPaintMs ?? 0));
        return { count: early.length, totalMs: early.reduce((sum, t) => sum + t.duration, 0) };
      })(),
      toggleP50Ms: null,
      toggleP95Ms: null,
      toggleMethod: null,
      toggleTimeouts: 0,
      pacedP50Ms: null,
      pacedP95Ms: null,
      cardOpenMs: null,
      cardHeightPx: null,
      cardButtons: null,
      tableSortMs: null,
      tableRows: null,
      pickerFilterMs: null,
      pickerOptions: null,
      pickerHeightPx: null,
      heapAfter10: null,
      heapAfter1000: null,
      heapGrowthPct: null,
      heapUsedGrowthPct: null,
      frames: { received: watch.frames.length, checked: watch.checked, checkMs: watch.checkMs },
      phases,
      notes,
      consoleErrors,
    };

    if (options.toggle && target.name !== 'baseline') {
      await switching(page, cdp, options, result, phase);
    }
    return result;
  } finally {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
}
