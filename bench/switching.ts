/**
 * View switching on the loaded page: latency from the click to the frame with the new colour,
 * in a run and paced, then the card, table and picker (interactions.ts) and the heap over many
 * switches (measure.ts; see bench/README.md for the methods).
 */
import type { CDPSession, Page } from 'playwright-core';
import type { BenchWindow, ToggleResult } from './inpage-api.ts';
import { heapGrowth, readHeap } from './heap.ts';
import { measureInteractions } from './interactions.ts';
import { INTERACTIVE_TIMEOUT_MS, QUIET_CAP_MS, QUIET_MS } from './launch.ts';
import type { MeasureOptions, RunResult } from './measure.ts';
import { quantile } from './stats.ts';
import { TOLERANCE } from './first-paint.ts';

const TOGGLE_TIMEOUT_MS = 3_000;
/**
 * Rest between paced switches: a reader clicking through sources (about three a second) rather
 * than holding an arrow key down. Long enough for an app to finish one switch before the next.
 */
export const PACED_REST_MS = 250;

/**
 * How many switches showed their colour in the frame the click landed in: a count that does
 * not move with the machine's load, beside the latencies, which do.
 */
const inClickFrame = (kind: string, { inClickFrame, latencies }: ToggleResult) =>
  `${kind}: ${inClickFrame} of ${latencies.length} switches shown in the click's own frame`;

/** The view-switch latency and heap tests, on the loaded page (or its controls=1 variant). */
export async function switching(
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
    result.notes.push(inClickFrame('run', toggle));
  }
  // Then paced, as a reader clicking: the app has drawn all of one switch before the next.
  if (options.pacedSwitches > 0 && !toggle.error) {
    await new Promise((resolve) => setTimeout(resolve, PACED_REST_MS));
    const paced = await timed(options.pacedSwitches, PACED_REST_MS);
    if (paced.error) result.notes.push(`paced switching: ${paced.error}`);
    else {
      ({ p50: result.pacedP50Ms, p95: result.pacedP95Ms } = summary(paced.latencies));
      result.notes.push(inClickFrame('paced', paced));
    }
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
