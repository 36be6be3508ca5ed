/**
 * `npm run bench`: builds the app, adds a bare-MapLibre baseline page, serves it gzipped and
 * measures the page, the embed and the baseline in fresh Chromium profiles (mobile viewport,
 * CPU 4× slower), interleaved, N rounds. Prints medians and spreads, the ratios to the
 * baseline and the budgets; see bench/README.md.
 *
 *   npm run bench -- [--runs N] [--pages page,embed,baseline] [--json FILE]
 *                    [--check | --check-sizes] [--lighthouse] [--pixel-check screencast|once]
 *                    [--cpu N] [--network none|slow-4g]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { findChromium } from '../tests/support/chromium.ts';
import { buildBaseline } from './baseline.ts';
import { checkBudgets, budgetsPass, type BudgetKind, type PageFigures } from './budgets.ts';
import { baselineColours, defaultView, expectedColours, togglePlan, viewsOf } from './colours.ts';
import { lighthouseCommand, runLighthouse, type LighthouseScores } from './lighthouse.ts';
import {
  measure,
  NETWORKS,
  TOLERANCE,
  VIEWPORT,
  type PageName,
  type RunResult,
  type Target,
} from './measure.ts';
import {
  BYTE_METRICS,
  formatReport,
  INTERACTION_METRICS,
  TIME_METRICS,
  type MetricId,
  type PageSummary,
} from './report.ts';
import { precompress, serveGzipped } from './serve.ts';
import { writeSyntheticData } from './synthetic.ts';
import { median, summarize } from './stats.ts';
import { pageFile } from '../src/i18n/lang.ts';
import { quietOnClosedPipe } from '../src/cli/pipe.ts';
import { ALL_PAGES, parseArgs } from './args.ts';
import { APP_JSON, TEXTS_JSON } from '../src/claims/app-data.ts';

const ROOT = resolve(import.meta.dirname, '..');

function chromiumVersion(): string {
  try {
    return execFileSync(findChromium(), ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
  } catch {
    return 'unknown';
  }
}

/** Whether the built JavaScript sets a performance mark of this name. */
function builtAppSets(outDir: string, mark: string): boolean {
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((f) => /\.m?js$/.test(f))
    .some((f) => readFileSync(join(assets, f), 'utf8').includes(mark));
}

function metricValue(result: RunResult, id: MetricId): number | null {
  if (id.startsWith('beforeFirstPaint.') || id.startsWith('total.')) {
    const [group, key] = id.split('.') as ['beforeFirstPaint' | 'total', 'js'];
    const bytes = group === 'total' ? result.transferTotal : result.transferBeforeFirstPaint;
    return bytes ? bytes[key] : null;
  }
  return result[id as Exclude<MetricId, `${string}.${string}`>];
}

function progressLine(r: RunResult): string {
  const ms = (v: number | null, digits = 0) => (v === null ? '—' : v.toFixed(digits));
  return (
    `firstPaint ${ms(r.firstPaintMs)} ms (${r.firstPaintSource}; screen ${ms(r.pixelMs)}), ` +
    `interactive ${ms(r.interactiveMs)}, LCP ${ms(r.lcpMs)}, TBT ${ms(r.tbtMs)}, ` +
    `toggle p95 ${ms(r.toggleP95Ms, 1)} ms (paced ${ms(r.pacedP95Ms, 1)}), heap ${ms(r.heapGrowthPct, 1)} %`
  );
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  return sorted.map(([v, n]) => (sorted.length > 1 ? `${v} ×${n}` : v)).join(', ') || '—';
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const outDir = mkdtempSync(join(tmpdir(), 'territory-claims-bench-'));
  const dataDir = args.scale > 1 ? mkdtempSync(join(tmpdir(), 'territory-claims-data-')) : null;
  let server: Awaited<ReturnType<typeof serveGzipped>> | null = null;
  try {
    if (dataDir) {
      const made = writeSyntheticData(ROOT, dataDir, args.scale);
      // Read by the build's dataset plugins (src/claims/vite-plugin.ts, dataRoot).
      process.env.TC_DATA_ROOT = dataDir;
      console.log(
        `Synthetic dataset ×${args.scale} in ${dataDir}: ${made.sources} sources, ${made.claims} claims.`,
      );
    }
    console.log(`Building the app into ${outDir} …`);
    const buildStarted = performance.now();
    await build({
      root: ROOT,
      configFile: resolve(ROOT, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
    const buildSeconds = Math.round((performance.now() - buildStarted) / 100) / 10;
    const claimsBytes = readFileSync(join(outDir, 'data/claims.json'));
    const claimsJson = {
      bytes: claimsBytes.length,
      gzipBytes: gzipSync(claimsBytes, { level: 9 }).length,
    };
    // The download, and the page's split of it (src/claims/app-data.ts): what the page fetches
    // before it is interactive, and the texts it fetches later.
    const sizeOf = (file: string) => {
      const bytes = readFileSync(join(outDir, file));
      return `${file} ${(bytes.length / 1000).toFixed(1)} KB, ${(gzipSync(bytes, { level: 9 }).length / 1000).toFixed(1)} KB gzip`;
    };
    console.log(
      `Built in ${buildSeconds} s; data/claims.json ${(claimsJson.bytes / 1000).toFixed(1)} KB, ` +
        `${(claimsJson.gzipBytes / 1000).toFixed(1)} KB gzip; ${sizeOf(APP_JSON)}; ${sizeOf(TEXTS_JSON)}.`,
    );
    const dataset = JSON.parse(readFileSync(join(outDir, 'data/claims.json'), 'utf8')) as {
      claims: unknown[];
    };
    const views = viewsOf(dataset);
    const view = defaultView(views);
    const expected = expectedColours(view);
    const plan = togglePlan(views);
    const marks = {
      firstPaint: builtAppSets(outDir, 'tc:first-paint'),
      interactive: builtAppSets(outDir, 'tc:interactive'),
    };
    const embedFile = pageFile('embed', args.lang);
    const embedBuilt = existsSync(join(outDir, embedFile));

    const targets: Partial<Record<PageName, Target>> = {};
    if (args.pages.includes('page')) {
      targets.page = { name: 'page', path: pageFile('index', args.lang) };
    }
    if (args.pages.includes('embed') && embedBuilt) {
      targets.embed = { name: 'embed', path: embedFile, controlsPath: `${embedFile}?controls=1` };
    }
    if (args.pages.includes('baseline')) {
      console.log('Building the baseline page (bare MapLibre) …');
      const path = await buildBaseline(outDir, baselineColours(view));
      targets.baseline = { name: 'baseline', path };
    }
    precompress(outDir);
    server = await serveGzipped(outDir);
    console.log(
      `Serving gzipped on ${server.url}; ${chromiumVersion()}; ` +
        `${VIEWPORT.width}×${VIEWPORT.height} @${VIEWPORT.deviceScaleFactor}x, CPU ${args.cpu}× slower, ` +
        (args.network === 'none'
          ? 'no network throttling (localhost).'
          : `network ${args.network} (${JSON.stringify(NETWORKS[args.network])}).`),
    );
    console.log(
      `App marks: tc:first-paint ${marks.firstPaint ? 'yes' : 'NO (first paint by pixels alone)'}, ` +
        `tc:interactive ${marks.interactive ? 'yes' : 'NO (interactive = MapLibre loaded)'}. ` +
        `Embed: ${embedBuilt ? embedFile : `missing (no ${embedFile} in the build)`}. ` +
        `Toggle: ${plan.a.viewId} ⇄ ${plan.b.viewId}, probe ${plan.region}.`,
    );

    const order = ALL_PAGES.filter((p) => targets[p]);
    const results: Record<PageName, RunResult[]> = { page: [], embed: [], baseline: [] };
    const failures: Record<PageName, string[]> = { page: [], embed: [], baseline: [] };
    for (let round = 0; round < args.runs; round++) {
      // Interleaved, each round starting one page later, so no page always goes first.
      const rotated = order.map((_, i) => order[(i + round) % order.length]!);
      for (const name of rotated) {
        const t0 = performance.now();
        let result: RunResult;
        try {
          result = await measure({
            baseUrl: server.url,
            target: targets[name]!,
            expected,
            marks: name === 'baseline' ? { firstPaint: true, interactive: true } : marks,
            toggle: plan,
            switches: args.switches,
            pacedSwitches: args.pacedSwitches,
            heapSwitches: args.heapSwitches,
            pixelCheck: args.pixelCheck,
            cpuThrottle: args.cpu,
            network: args.network,
          });
        } catch (error) {
          const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
          failures[name].push(message);
          console.log(`  round ${round + 1}/${args.runs} ${name}: FAILED: ${message}`);
          continue;
        }
        results[name].push(result);
        console.log(
          `  round ${round + 1}/${args.runs} ${name.padEnd(8)} ${progressLine(result)} [${((performance.now() - t0) / 1000).toFixed(0)} s]`,
        );
        for (const note of result.notes) console.log(`      note: ${note}`);
      }
    }

    let lighthouse: Partial<Record<PageName, LighthouseScores[]>> = {};
    if (args.lighthouse) {
      const lhRuns = Math.min(args.runs, 3);
      console.log(`Lighthouse (${lighthouseCommand(ROOT).how}), ${lhRuns} run(s) a page …`);
      lighthouse = {};
      for (const name of ['page', 'embed'] as const) {
        const target = targets[name];
        if (!target) continue;
        const list: LighthouseScores[] = [];
        for (let i = 0; i < lhRuns; i++) {
          try {
            const scores = await runLighthouse(ROOT, `${server.url}/${target.path}`);
            list.push(scores);
            console.log(
              `  ${name}: performance ${scores.performance}, accessibility ${scores.accessibility}, ` +
                `best practices ${scores.bestPractices} (its LCP ${scores.lcpMs?.toFixed(0)} ms, ` +
                `TBT ${scores.tbtMs?.toFixed(0)} ms)`,
            );
          } catch (error) {
            console.log(`  ${name}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        lighthouse[name] = list;
      }
    }

    const summaries: Partial<Record<PageName, PageSummary>> = {};
    const figures: Partial<Record<PageName, PageFigures>> = {};
    for (const name of args.pages) {
      const list = results[name];
      const missing = !targets[name];
      const metrics = Object.fromEntries(
        [...TIME_METRICS, ...BYTE_METRICS, ...INTERACTION_METRICS].map(([id]) => [
          id,
          summarize(list.map((r) => metricValue(r, id))),
        ]),
      ) as Record<MetricId, ReturnType<typeof summarize>>;
      summaries[name] = {
        missing,
        runs: args.runs,
        failedRuns: failures[name].length,
        firstPaintSource: mostCommon(list.map((r) => r.firstPaintSource)),
        interactiveSource: mostCommon(list.map((r) => r.interactiveSource)),
        metrics,
      };
      const js = list.map((r) => r.transferBeforeFirstPaint?.js ?? null);
      const scores = lighthouse[name] ?? [];
      figures[name] = {
        missing,
        firstPaintMs: metrics.firstPaintMs,
        jsBeforeFirstPaintMax:
          list.length && js.every((v) => v !== null) ? Math.max(...(js as number[])) : null,
        maplibreEarlyRuns: list.filter((r) => r.maplibreBeforeFirstPaint.length > 0).length,
        runs: list.length,
        toggleP95Ms: metrics.toggleP95Ms,
        pacedP95Ms: metrics.pacedP95Ms,
        heapGrowthPct: metrics.heapGrowthPct,
        lighthouse: scores.length
          ? {
              performance: median(scores.map((s) => s.performance)),
              accessibility: median(scores.map((s) => s.accessibility)),
              bestPractices: median(scores.map((s) => s.bestPractices)),
            }
          : null,
      };
    }
    const budgets = checkBudgets(figures, { lighthouseRun: args.lighthouse });
    const elapsed = (performance.now() - started) / 1000;
    console.log('');
    console.log(formatReport(summaries, budgets));
    for (const name of ['page', 'embed'] as const) {
      const first = results[name][0];
      if (!first) continue;
      const js = first.filesBeforeFirstPaint.filter((f) => /\.m?js$/.test(f.file));
      console.log(
        `  ${name}: JS requested before first paint (round 1): ` +
          js.map((f) => `${f.file.split('/').pop()} ${(f.bytes / 1000).toFixed(1)}`).join(', '),
      );
    }
    console.log('');
    console.log(`Finished in ${Math.floor(elapsed / 60)} min ${Math.round(elapsed % 60)} s.`);

    if (args.json) {
      const file = resolve(process.cwd(), args.json);
      writeFileSync(
        file,
        `${JSON.stringify(
          {
            meta: {
              date: new Date().toISOString(),
              commit: gitCommit(),
              chromium: chromiumVersion(),
              viewport: VIEWPORT,
              cpuThrottle: args.cpu,
              network:
                args.network === 'none' ? 'localhost, not throttled' : NETWORKS[args.network],
              tolerance: TOLERANCE,
              runs: args.runs,
              scale: args.scale,
              buildSeconds,
              claimsJson,
              pixelCheck: args.pixelCheck,
              marks,
              embed: embedBuilt ? embedFile : 'missing',
              toggle: plan,
              elapsedSeconds: Math.round(elapsed),
            },
            summaries,
            budgets,
            lighthouse,
            runs: results,
            failures,
          },
          null,
          2,
        )}\n`,
      );
      console.log(`Wrote ${file}`);
    }

    const kinds: BudgetKind[] | null = args.check
      ? ['size', 'time', 'lighthouse']
      : args.checkSizes
        ? ['size']
        : null;
    if (kinds && !budgetsPass(budgets, kinds)) {
      console.log(`Budget check failed (${kinds.join(', ')}).`);
      return 1;
    }
    if (kinds) console.log(`Budget check passed (${kinds.join(', ')}).`);
    return 0;
  } finally {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

quietOnClosedPipe();
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
