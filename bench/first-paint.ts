/**
 * First paint, as the reader sees it: the screen watched from before navigation until a frame
 * shows the five sample colours, checked against the app's mark (measure.ts; see
 * bench/README.md for the method).
 */
import type { CDPSession, Page } from 'playwright-core';
import { mapProjection } from '../src/render/svg-map.ts';
import { colourDistance, type Rgb } from '../tests/browser/pixels.ts';
import { SAMPLE_REGIONS, SAMPLES } from './colours.ts';
import type { BenchWindow, Point, ProbeResult } from './inpage-api.ts';
import { VIEWPORT } from './launch.ts';
import type { MeasureOptions, RunResult } from './measure.ts';
import { decodePng, type DecodedPng } from './png.ts';

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

/** What watching the load showed: when the colours were first right, and the frames seen. */
export interface FirstPaintWatch {
  /** Whether the screen was watched (`pixelCheck: 'screencast'`). */
  watched: boolean;
  /** Page time of the first screen frame in which all five colours were right. */
  pixelMs: number | null;
  frames: Frame[];
  checked: number;
  /** Node time spent decoding and checking the frames, ms. */
  checkMs: number;
}

/**
 * Opens the page and, with `pixelCheck: 'screencast'`, watches every frame from before the
 * navigation until one shows all five colours (and the app's mark, if it sets one, is seen).
 */
export async function watchFirstPaint(
  page: Page,
  cdp: CDPSession,
  options: MeasureOptions,
  expectedList: Rgb[],
  notes: string[],
): Promise<FirstPaintWatch> {
  const frames: Frame[] = [];
  const stopWatching = options.pixelCheck === 'screencast' ? await watchScreen(cdp, frames) : null;
  await page.goto(new URL(options.target.path, `${options.baseUrl}/`).href, {
    waitUntil: 'commit',
  });
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
  return { watched: stopWatching !== null, pixelMs, frames, checked, checkMs };
}

/** Without the screencast: whether the five colours are on screen once the page has loaded. */
export async function checkAfterLoad(
  page: Page,
  cdp: CDPSession,
  expectedList: Rgb[],
  notes: string[],
): Promise<boolean> {
  const probed = await probe(page);
  const points = samplePoints(probed);
  const wrong = points
    ? await checkPixels(cdp, points, { x: probed.scrollX, y: probed.scrollY }, expectedList)
    : ['(no map)'];
  const checked = wrong.length === 0;
  if (!checked) {
    notes.push(`the five colours were not on screen after the load: ${wrong.join(', ')}`);
  }
  await page.evaluate(() => (window as BenchWindow).__tcBench.restoreLabels());
  return checked;
}

/** First paint: the app's mark if the screen confirms it, else the screen's time. */
export function firstPaintOf(
  watch: FirstPaintWatch,
  markMs: number | null,
  checkedAfterLoad: boolean,
  expectMark: boolean,
  notes: string[],
): { firstPaintMs: number | null; firstPaintSource: RunResult['firstPaintSource'] } {
  const { pixelMs, frames } = watch;
  let firstPaintMs: number | null = null;
  let firstPaintSource: RunResult['firstPaintSource'] = 'none';
  if (!watch.watched) {
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
    if (expectMark) notes.push('the app has a tc:first-paint mark but did not set it');
  }
  return { firstPaintMs, firstPaintSource };
}
