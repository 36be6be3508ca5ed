/**
 * The performance budgets of issue 6, checked against a run's summaries. Pure.
 *
 * Byte budgets ("size") are deterministic and are what CI checks (`--check-sizes`); the
 * others depend on this machine's clock and are checked with `--check`.
 */
import type { PageName } from './measure.ts';
import type { Summary } from './stats.ts';

export const BUDGETS = {
  /** firstPaintMs of page and embed, as a fraction of the baseline's in the same run. */
  firstPaintRatio: 0.5,
  /** Gzip bytes of JavaScript requested before the first paint. */
  jsBeforeFirstPaintBytes: 60_000,
  toggleP95Ms: 16,
  heapGrowthPct: 5,
  lighthouse: { performance: 0.95, accessibility: 1, bestPractices: 1 },
} as const;

export type BudgetKind = 'size' | 'time' | 'lighthouse';

export interface BudgetResult {
  kind: BudgetKind;
  page: PageName;
  /** What is checked, e.g. "JS before first paint ≤ 60 KB gzip". */
  label: string;
  /** The measured value, as printed. */
  value: string;
  /** true: within budget; false: over it (or not measured); null: page missing, not checked. */
  pass: boolean | null;
}

/** What the budgets need of one page's results. */
export interface PageFigures {
  missing: boolean;
  firstPaintMs: Summary | null;
  /** Largest JS-before-first-paint over the runs (bytes). */
  jsBeforeFirstPaintMax: number | null;
  /** Runs in which a MapLibre file was requested before the first paint. */
  maplibreEarlyRuns: number;
  runs: number;
  /** Switches in a run (two frames apart). */
  toggleP95Ms: Summary | null;
  /** Switches paced as a reader clicks, each finished before the next. */
  pacedP95Ms: Summary | null;
  heapGrowthPct: Summary | null;
  lighthouse: { performance: number; accessibility: number; bestPractices: number } | null;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

export function checkBudgets(
  pages: Partial<Record<PageName, PageFigures>>,
  options: { lighthouseRun: boolean },
): BudgetResult[] {
  const out: BudgetResult[] = [];
  const baseline = pages.baseline;
  for (const name of ['page', 'embed'] as const) {
    const figures = pages[name];
    if (!figures) continue;
    const missing = (kind: BudgetKind, label: string) =>
      out.push({ kind, page: name, label, value: 'missing', pass: null });

    const jsLabel = `JS before first paint ≤ ${BUDGETS.jsBeforeFirstPaintBytes / 1000} KB gzip`;
    const mlLabel = 'MapLibre not requested before first paint';
    const fpLabel = `firstPaintMs ≤ ${BUDGETS.firstPaintRatio} × baseline`;
    const toggleLabel = `toggleP95Ms ≤ ${BUDGETS.toggleP95Ms}`;
    const pacedLabel = `pacedP95Ms ≤ ${BUDGETS.toggleP95Ms} (switches 250 ms apart)`;
    const heapLabel = `heapGrowthPct ≤ ${BUDGETS.heapGrowthPct}`;
    const lh = BUDGETS.lighthouse;
    const lhLabel = `Lighthouse mobile: performance ≥ ${lh.performance}, accessibility ${lh.accessibility}, best practices ${lh.bestPractices}`;
    if (figures.missing) {
      for (const [kind, label] of [
        ['size', jsLabel],
        ['size', mlLabel],
        ['time', fpLabel],
        ['time', toggleLabel],
        ['time', pacedLabel],
        ['time', heapLabel],
        ['lighthouse', lhLabel],
      ] as const) {
        missing(kind, label);
      }
      continue;
    }

    const js = figures.jsBeforeFirstPaintMax;
    out.push({
      kind: 'size',
      page: name,
      label: jsLabel,
      value: js === null ? 'not measured (no first paint)' : kb(js),
      pass: js !== null && js <= BUDGETS.jsBeforeFirstPaintBytes,
    });
    out.push({
      kind: 'size',
      page: name,
      label: mlLabel,
      value:
        figures.maplibreEarlyRuns === 0
          ? 'after, in every run'
          : `before, in ${figures.maplibreEarlyRuns} of ${figures.runs} runs`,
      pass: figures.maplibreEarlyRuns === 0 && js !== null,
    });

    const fp = figures.firstPaintMs?.median;
    const base = baseline && !baseline.missing ? baseline.firstPaintMs?.median : undefined;
    if (fp === undefined || base === undefined) {
      out.push({
        kind: 'time',
        page: name,
        label: fpLabel,
        value: fp === undefined ? 'not measured' : 'no baseline in this run',
        pass: false,
      });
    } else {
      out.push({
        kind: 'time',
        page: name,
        label: fpLabel,
        value: `${(fp / base).toFixed(2)} × (${fp.toFixed(0)} / ${base.toFixed(0)} ms)`,
        pass: fp <= BUDGETS.firstPaintRatio * base,
      });
    }
    // A median figure against its limit: "12.3 ms", or "not measured", which fails.
    const atMost = (label: string, figure: Summary | null, limit: number, unit: string) => {
      const value = figure?.median;
      out.push({
        kind: 'time',
        page: name,
        label,
        value: value === undefined ? 'not measured' : `${value.toFixed(1)} ${unit}`,
        pass: value !== undefined && value <= limit,
      });
    };
    atMost(toggleLabel, figures.toggleP95Ms, BUDGETS.toggleP95Ms, 'ms');
    atMost(pacedLabel, figures.pacedP95Ms, BUDGETS.toggleP95Ms, 'ms');
    atMost(heapLabel, figures.heapGrowthPct, BUDGETS.heapGrowthPct, '%');
    if (options.lighthouseRun) {
      const scores = figures.lighthouse;
      out.push({
        kind: 'lighthouse',
        page: name,
        label: lhLabel,
        value: scores
          ? `${scores.performance.toFixed(2)} / ${scores.accessibility.toFixed(2)} / ${scores.bestPractices.toFixed(2)}`
          : 'not measured',
        pass:
          scores !== null &&
          scores.performance >= lh.performance &&
          scores.accessibility >= lh.accessibility &&
          scores.bestPractices >= lh.bestPractices,
      });
    }
  }
  return out;
}

/** Whether the checked budgets pass: only `kinds` count; missing pages never fail. */
export function budgetsPass(results: BudgetResult[], kinds: readonly BudgetKind[]): boolean {
  return results.filter((r) => kinds.includes(r.kind)).every((r) => r.pass !== false);
}
