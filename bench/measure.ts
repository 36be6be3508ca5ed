/**
 * One measured load of one page in a fresh Chromium: first paint (mark, confirmed by pixels),
 * interactive, LCP, TBT, bytes before first paint and in total, view-switch latency and heap
 * growth. See bench/README.md for the methods.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import ts from 'typescript';
import { mapProjection } from '../src/render/svg-map.ts';
import { launchOptions } from '../tests/support/chromium.ts';
import { colourDistance, type Rgb } from '../tests/browser/pixels.ts';
import { SAMPLE_REGIONS, SAMPLES, type SampleRegion, type TogglePlan } from './colours.ts';
import type { BenchWindow, Collected, Point, ProbeResult } from './inpage-api.ts';
import { heapGrowth, readHeap, type HeapReading } from './heap.ts';
import { measureInteractions } from './interactions.ts';
import { decodePng, type DecodedPng } from './png.ts';
import { quantile, totalBlockingTime } from './stats.ts';

/** The emulated phone: Lighthouse's moto g power width and pixel ratio, a 915 px tall screen. */
export const VIEWPORT = { width: 412, height: 915, deviceScaleFactor: 1.75 } as const;
/** How many times slower the CPU runs by default (Lighthouse's mobile setting). */
export const CPU_THROTTLE = 4;

/**
 * Network shapes: none (localhost as it is, the default), or Lighthouse's "slow 4G" as its
 * DevTools throttling applies it (562.5 ms round trip, 1.47 Mbit/s down, 0.68 up).
 */
export const NETWORKS = {
  none: null,
  'slow-4g': { latency: 562.5, downloadKbps: 1474.56, uploadKbps: 675 },
} as const;
export type NetworkName = keyof typeof NETWORKS;
/** Per-channel difference under which a sampled colour counts as the expected one. */
export const TOLERANCE = 8;
/** Side of the square (CSS px) sampled around each point; its most common colour counts. */
const PATCH = 9;
/**
 * How long after the tc:first-paint mark the colours may take to reach the screen (paint,
 * raster, draw) before the mark counts as a lie.
 */
export const MARK_GRACE_MS = 250;
const FIRST_PAINT_TIMEOUT_MS = 120_000;
const INTERACTIVE_TIMEOUT_MS = 120_000;
/** TTI-style quiet window: no long task for this long ends the load phase. */
const QUIET_MS = 5_000;
const QUIET_CAP_MS = 30_000;
const TOGGLE_TIMEOUT_MS = 3_000;
/**
 * Rest between paced switches: a reader clicking through sources (about three a second) rather
 * than holding an arrow key down. Long enough for an app to finish one switch before the next.
 */
export const PACED_REST_MS = 250;

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

export interface Bytes {
  js: number;
  css: number;
  data: number;
  other: number;
  total: number;
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

let inPageScript: string | null = null;

/** bench/inpage.ts as a plain script, for `addInitScript`. */
function inPageSource(): string {
  if (inPageScript) return inPageScript;
  const source = readFileSync(resolve(import.meta.dirname, 'inpage.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  inPageScript = outputText.replace(/^export \{\};?\s*$/m, '');
  return inPageScript;
}

function kind(url: string): keyof Omit<Bytes, 'total'> {
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.css$/.test(path)) return 'css';
  if (/\.(?:json|csv|geojson|topojson)$/.test(path)) return 'data';
  return 'other';
}

export function sumBytes(resources: { url: string; bytes: number }[]): Bytes {
  const out: Bytes = { js: 0, css: 0, data: 0, other: 0, total: 0 };
  for (const { url, bytes } of resources) {
    if (!url.startsWith('http')) continue;
    out[kind(url)] += bytes;
    out.total += bytes;
  }
  return out;
}

export const isMapLibreFile = (url: string): boolean =>
  /\/maplibre-gl[^/]*\.(?:m?js|css)$/.test(new URL(url).pathname);

/** Most common colour in a square of side `size` (device px) centred on (x, y) of an image. */
export function patchMode(image: DecodedPng, x: number, y: number, size: number): Rgb | null {
  const counts = new Map<number, number>();
  let best = -1;
  let bestCount = 0;
  const x0 = Math.round(x - size / 2);
  const y0 = Math.round(y - size / 2);
  for (let py = y0; py < y0 + size; py++) {
    for (let px = x0; px < x0 + size; px++) {
      if (px < 0 || py < 0 || px >= image.width || py >= image.height) continue;
      const i = (py * image.width + px) * 4;
      const key = (image.data[i]! << 16) | (image.data[i + 1]! << 8) | image.data[i + 2]!;
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      if (count > bestCount) {
        best = key;
        bestCount = count;
      }
    }
  }
  return best < 0 ? null : { r: (best >> 16) & 255, g: (best >> 8) & 255, b: best & 255 };
}

function probe(page: Page): Promise<ProbeResult> {
  const lngLats = SAMPLE_REGIONS.map((region) => SAMPLES[region]);
  return page.evaluate((points) => (window as BenchWindow).__tcBench.probe(points), lngLats);
}

/** Sample points in viewport coordinates: from the map element, or d3's frame on the map area. */
function samplePoints(probe: ProbeResult): Point[] | null {
  if (probe.points) return probe.points;
  if (!probe.area || probe.area.width <= 0 || probe.area.height <= 0) return null;
  const projection = mapProjection(probe.area.width, probe.area.height);
  return SAMPLE_REGIONS.map((region) => {
    const [x, y] = projection(SAMPLES[region]) ?? [Number.NaN, Number.NaN];
    return { x: probe.area!.left + x, y: probe.area!.top + y };
  });
}

/** The regions whose sampled colour in `image` is not the expected one ("UA-09 rgb(…)"). */
function wrongColours(
  image: DecodedPng,
  points: Point[],
  scale: number,
  expected: Rgb[],
): string[] {
  const wrong: string[] = [];
  points.forEach((p, i) => {
    const colour = patchMode(
      image,
      p.x * scale,
      p.y * scale,
      Math.max(3, Math.round(PATCH * scale)),
    );
    if (colour === null || colourDistance(colour, expected[i]!) > TOLERANCE) {
      const seen = colour ? `rgb(${colour.r},${colour.g},${colour.b})` : 'nothing';
      wrong.push(`${SAMPLE_REGIONS[i]} ${seen}`);
    }
  });
  return wrong;
}

/** Screenshots the box around the points; the regions whose colour is not the expected one. */
async function checkPixels(
  cdp: CDPSession,
  points: Point[],
  scroll: { x: number; y: number },
  expected: Rgb[],
): Promise<string[]> {
  const half = PATCH / 2;
  const left = Math.max(0, Math.floor(Math.min(...points.map((p) => p.x)) - half));
  const top = Math.max(0, Math.floor(Math.min(...points.map((p) => p.y)) - half));
  const right = Math.min(VIEWPORT.width, Math.ceil(Math.max(...points.map((p) => p.x)) + half));
  const bottom = Math.min(VIEWPORT.height, Math.ceil(Math.max(...points.map((p) => p.y)) + half));
  if (right <= left || bottom <= top) return ['(sample points outside the viewport)'];
  const shot = (await cdp.send('Page.captureScreenshot', {
    format: 'png',
    clip: {
      x: left + scroll.x,
      y: top + scroll.y,
      width: right - left,
      height: bottom - top,
      scale: 1,
    },
    captureBeyondViewport: false,
    optimizeForSpeed: true,
  })) as { data: string };
  const image = decodePng(Buffer.from(shot.data, 'base64'));
  const shifted = points.map((p) => ({ x: p.x - left, y: p.y - top }));
  return wrongColours(image, shifted, image.width / (right - left), expected);
}

async function openContext(): Promise<{ context: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'territory-claims-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...launchOptions(),
    viewport: { width: VIEWPORT.width, height: VIEWPORT.height },
    deviceScaleFactor: VIEWPORT.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
    colorScheme: 'light',
    reducedMotion: 'no-preference',
  });
  return { context, profile };
}

/** A screen frame from the screencast: when it was shown (page time, ms) and its pixels. */
interface Frame {
  /** Epoch ms; page time once the page's time origin is known. */
  time: number;
  png: string;
  /** Width of the viewport in CSS px, for scaling points to the image. */
  cssWidth: number;
  wrong?: string[];
}

/**
 * Watches the screen: Chromium sends a frame whenever what is shown changes, stamped with the
 * time it was drawn. Frames are scaled to CSS pixels (PNG, lossless).
 */
async function watchScreen(cdp: CDPSession, frames: Frame[]) {
  const onFrame = (event: {
    data: string;
    sessionId: number;
    metadata: { timestamp?: number; deviceWidth: number };
  }) => {
    cdp.send('Page.screencastFrameAck', { sessionId: event.sessionId }).catch(() => {});
    const stamp = event.metadata.timestamp;
    if (stamp === undefined) return;
    frames.push({ time: stamp * 1000, png: event.data, cssWidth: event.metadata.deviceWidth });
  };
  cdp.on('Page.screencastFrame', onFrame);
  await cdp.send('Page.enable');
  await cdp.send('Page.startScreencast', {
    format: 'png',
    maxWidth: VIEWPORT.width,
    maxHeight: VIEWPORT.height,
    everyNthFrame: 1,
  });
  return async () => {
    cdp.off('Page.screencastFrame', onFrame);
    await cdp.send('Page.stopScreencast').catch(() => {});
  };
}

/** The sample points as of page time `time`: the last probe before it, else the first after. */
function pointsAt(probes: { now: number; points: Point[] }[], time: number): Point[] | null {
  let chosen: Point[] | null = probes[0]?.points ?? null;
  for (const p of probes) {
    if (p.now <= time) chosen = p.points;
    else break;
  }
  return chosen;
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
    await context.addInitScript({ content: inPageSource() });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    const cdp = await context.newCDPSession(page);
    // This session's own emulation must match Playwright's, or its screen captures reset the
    // page to a pixel ratio of 1.
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: VIEWPORT.width,
      height: VIEWPORT.height,
      deviceScaleFactor: VIEWPORT.deviceScaleFactor,
      mobile: true,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottle });
    const network = NETWORKS[options.network];
    if (network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: network.latency,
        downloadThroughput: (network.downloadKbps * 1024) / 8,
        uploadThroughput: (network.uploadKbps * 1024) / 8,
      });
    }

    // First paint: watch the screen from before navigation until a frame shows all five
    // colours (and the app's mark, if it sets one, has been seen).
    const frames: Frame[] = [];
    const stopWatching =
      options.pixelCheck === 'screencast' ? await watchScreen(cdp, frames) : null;
    await page.goto(new URL(target.path, `${options.baseUrl}/`).href, { waitUntil: 'commit' });
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);

    let pixelMs: number | null = null;
    let checked = 0;
    let checkMs = 0;
    if (stopWatching) {
      const probes: { now: number; points: Point[] }[] = [];
      const addProbe = (probed: ProbeResult | null) => {
        const points = probed && samplePoints(probed);
        if (probed && points) probes.push({ now: probed.now, points });
      };
      const deadline = performance.now() + FIRST_PAINT_TIMEOUT_MS;
      if (options.marks.firstPaint) {
        // One call that resolves when the app sets its mark, with the sample points as laid
        // out then: no polling, no forced layouts while the page loads.
        addProbe(
          await page.evaluate(
            ([points, timeout]) =>
              (window as BenchWindow).__tcBench.probeAtMark('tc:first-paint', points, timeout),
            [SAMPLE_REGIONS.map((r) => SAMPLES[r]), FIRST_PAINT_TIMEOUT_MS] as const,
          ),
        );
      }
      while (performance.now() < deadline) {
        const t0 = performance.now();
        while (pixelMs === null && checked < frames.length && probes.length) {
          const frame = frames[checked]!;
          frame.time -= timeOrigin;
          const image = decodePng(Buffer.from(frame.png, 'base64'));
          frame.wrong = wrongColours(
            image,
            pointsAt(probes, frame.time)!,
            image.width / frame.cssWidth,
            expectedList,
          );
          frame.png = '';
          checked++;
          if (frame.wrong.length === 0) pixelMs = frame.time;
        }
        checkMs += performance.now() - t0;
        if (pixelMs !== null) break;
        // No mark, or the colours are not on screen yet: look again (this forces a layout).
        await new Promise((done) => setTimeout(done, options.marks.firstPaint ? 50 : 200));
        addProbe(await probe(page));
      }
      await stopWatching();
      if (pixelMs === null) {
        const last = frames.slice(0, checked).at(-1);
        notes.push(
          'the five colours never showed within the first-paint timeout; last frame: ' +
            (last?.wrong?.join(', ') ?? 'none'),
        );
      }
      await page.evaluate(() => (window as BenchWindow).__tcBench.restoreLabels());
    }

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
    let checkedAfterLoad = false;
    if (!stopWatching) {
      const probed = await probe(page);
      const points = samplePoints(probed);
      const wrong = points
        ? await checkPixels(cdp, points, { x: probed.scrollX, y: probed.scrollY }, expectedList)
        : ['(no map)'];
      checkedAfterLoad = wrong.length === 0;
      if (!checkedAfterLoad) {
        notes.push(`the five colours were not on screen after the load: ${wrong.join(', ')}`);
      }
      await page.evaluate(() => (window as BenchWindow).__tcBench.restoreLabels());
    }
    const collected: Collected = await page.evaluate(() =>
      (window as BenchWindow).__tcBench.collect(),
    );

    // First paint: the app's mark if the screen confirms it, else the screen's time.
    const markMs = collected.firstPaintMark;
    let firstPaintMs: number | null = null;
    let firstPaintSource: RunResult['firstPaintSource'] = 'none';
    if (!stopWatching) {
      if (markMs !== null && checkedAfterLoad) {
        firstPaintMs = markMs;
        firstPaintSource = 'mark (unchecked)';
      }
    } else if (pixelMs !== null && markMs !== null) {
      if (pixelMs <= markMs + MARK_GRACE_MS) {
        firstPaintMs = markMs;
        firstPaintSource = 'mark';
      } else {
        firstPaintMs = pixelMs;
        firstPaintSource = 'pixel (mark lied)';
        const late = frames.filter((f) => f.wrong?.length && f.time > markMs);
        notes.push(
          `mark lied: tc:first-paint at ${markMs.toFixed(0)} ms, but the colours reached the screen ` +
            `only at ${pixelMs.toFixed(0)} ms` +
            (late.length
              ? ` (a frame at ${late[0]!.time.toFixed(0)} ms showed ${late[0]!.wrong!.join(', ')})`
              : ''),
        );
      }
    } else if (pixelMs !== null) {
      firstPaintMs = pixelMs;
      firstPaintSource = 'pixel (no mark)';
      if (options.marks.firstPaint)
        notes.push('the app has a tc:first-paint mark but did not set it');
    }

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
      pixelMs,
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
      frames: { received: frames.length, checked, checkMs },
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

/** The view-switch latency and heap tests, on the loaded page (or its controls=1 variant). */
async function switching(
  page: Page,
  cdp: CDPSession,
  options: MeasureOptions,
  result: RunResult,
  phase: (name: string) => void,
): Promise<void> {
  const plan = options.toggle!;
  let hasPicker = await page.evaluate(() => (window as BenchWindow).__tcBench.hasPicker());
  if (!hasPicker && options.target.controlsPath) {
    result.notes.push(`switching tested on ${options.target.controlsPath} (no picker by default)`);
    await page.goto(new URL(options.target.controlsPath, `${options.baseUrl}/`).href);
    await page.evaluate(
      ([expectMark, timeout]) =>
        (window as BenchWindow).__tcBench.waitInteractive(expectMark, timeout),
      [options.marks.interactive, INTERACTIVE_TIMEOUT_MS] as const,
    );
    await page.evaluate(([quiet, cap]) => (window as BenchWindow).__tcBench.waitQuiet(quiet, cap), [
      QUIET_MS / 2,
      QUIET_CAP_MS,
    ] as const);
    hasPicker = await page.evaluate(() => (window as BenchWindow).__tcBench.hasPicker());
  }
  if (!hasPicker) {
    result.notes.push('no source picker: switching not measured');
    return;
  }
  const timed = (count: number, restMs: number) =>
    page.evaluate((args) => (window as BenchWindow).__tcBench.toggle(args), {
      ids: [plan.a.viewId, plan.b.viewId] as [string, string],
      colours: [
        [plan.a.colour.r, plan.a.colour.g, plan.a.colour.b],
        [plan.b.colour.r, plan.b.colour.g, plan.b.colour.b],
      ] as [[number, number, number], [number, number, number]],
      lngLat: plan.lngLat,
      unit: plan.unit,
      count,
      restMs,
      tolerance: TOLERANCE,
      timeoutMs: TOGGLE_TIMEOUT_MS,
    });
  /** p50 and p95 of a series; a switch whose colour never showed counts as the whole timeout. */
  const summary = (latencies: number[]) => {
    const ranked = latencies.map((v) => (Number.isFinite(v) ? v : TOGGLE_TIMEOUT_MS));
    result.toggleTimeouts += latencies.filter((v) => !Number.isFinite(v)).length;
    return { p50: quantile(ranked, 0.5), p95: quantile(ranked, 0.95) };
  };
  // A run first: switches two frames apart, as fast as an arrow key held down repeats.
  const toggle = await timed(options.switches, 0);
  result.toggleMethod = toggle.method;
  if (toggle.error) {
    result.notes.push(`switching: ${toggle.error}`);
  } else {
    ({ p50: result.toggleP50Ms, p95: result.toggleP95Ms } = summary(toggle.latencies));
  }
  // Then paced, as a reader clicking: the app has drawn all of one switch before the next.
  if (options.pacedSwitches > 0 && !toggle.error) {
    await new Promise((resolve) => setTimeout(resolve, PACED_REST_MS));
    const paced = await timed(options.pacedSwitches, PACED_REST_MS);
    if (paced.error) result.notes.push(`paced switching: ${paced.error}`);
    else ({ p50: result.pacedP50Ms, p95: result.pacedP95Ms } = summary(paced.latencies));
  }

  phase('toggle');
  if (options.target.name === 'page') {
    const { notes, ...figures } = await measureInteractions(page);
    Object.assign(result, figures);
    result.notes.push(...notes);
    phase('interactions');
  }
  // Heap: unthrottled (the figure is memory, not time), one frame per switch.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const ids: [string, string] = [plan.a.viewId, plan.b.viewId];
  const first = Math.min(10, options.heapSwitches);
  await page.evaluate(
    ([views, count]) => (window as BenchWindow).__tcBench.switchViews(views, count),
    [ids, first] as const,
  );
  await page.evaluate(() => (window as BenchWindow).__tcBench.frames(3));
  result.heapAfter10 = await readHeap(cdp);
  await page.evaluate(
    ([views, count]) => (window as BenchWindow).__tcBench.switchViews(views, count),
    [ids, options.heapSwitches - first] as const,
  );
  await page.evaluate(() => (window as BenchWindow).__tcBench.frames(3));
  result.heapAfter1000 = await readHeap(cdp);
  const growth = heapGrowth(result.heapAfter10, result.heapAfter1000);
  result.heapGrowthPct = growth.objectsPct;
  result.heapUsedGrowthPct = growth.usedSizePct;
  phase('heap');
}
