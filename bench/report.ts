/**
 * The printed report: two tables (timings; bytes), the ratio lines against the baseline and
 * the budget lines. Pure: strings in, strings out.
 */
import type { BudgetResult } from './budgets.ts';
import type { PageName } from './measure.ts';
import { ratio, type Summary } from './stats.ts';

/** Every figure the report prints, one Summary per page. */
export interface PageSummary {
  missing: boolean;
  runs: number;
  failedRuns: number;
  firstPaintSource: string;
  interactiveSource: string;
  metrics: Record<MetricId, Summary | null>;
}

export const TIME_METRICS = [
  ['firstPaintMs', 'firstPaint'],
  ['pixelMs', 'on screen'],
  ['interactiveMs', 'interactive'],
  ['lcpMs', 'LCP'],
  ['tbtMs', 'TBT'],
  ['toggleP50Ms', 'toggle p50'],
  ['toggleP95Ms', 'toggle p95'],
  ['pacedP50Ms', 'paced p50'],
  ['pacedP95Ms', 'paced p95'],
  ['heapGrowthPct', 'heap %'],
  ['heapUsedGrowthPct', 'heap+code %'],
] as const;

export const BYTE_METRICS = [
  ['beforeFirstPaint.js', 'JS'],
  ['beforeFirstPaint.css', 'CSS'],
  ['beforeFirstPaint.data', 'data'],
  ['beforeFirstPaint.total', 'all'],
  ['total.js', 'JS'],
  ['total.css', 'CSS'],
  ['total.data', 'data'],
  ['total.total', 'all'],
] as const;

/** After the map is drawn (bench/interactions.ts): the page's card, table and picker. */
export const INTERACTION_METRICS = [
  ['cardOpenMs', 'card open ms'],
  ['cardHeightPx', 'card px'],
  ['cardButtons', 'card buttons'],
  ['tableSortMs', 'table sort ms'],
  ['tableRows', 'table rows'],
  ['pickerFilterMs', 'picker filter ms'],
  ['pickerOptions', 'picker options'],
  ['pickerHeightPx', 'picker px'],
] as const;

export type MetricId =
  | (typeof TIME_METRICS)[number][0]
  | (typeof BYTE_METRICS)[number][0]
  | (typeof INTERACTION_METRICS)[number][0];

const PAGES: PageName[] = ['page', 'embed', 'baseline'];

function number(value: number, digits: number): string {
  return value.toLocaleString('en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** "median (min–max)", or the median alone when every run gave the same. */
export function cell(summary: Summary | null, digits = 0, scale = 1): string {
  if (!summary) return '—';
  const m = number(summary.median / scale, digits);
  const lo = number(summary.min / scale, digits);
  const hi = number(summary.max / scale, digits);
  return lo === hi ? m : `${m} (${lo}–${hi})`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function rowName(name: PageName, summary: PageSummary): string {
  const failed = summary.failedRuns ? `, ${summary.failedRuns} failed` : '';
  return `${name} (${summary.runs - summary.failedRuns} runs${failed})`;
}

export function formatReport(
  summaries: Partial<Record<PageName, PageSummary>>,
  budgets: BudgetResult[],
): string {
  const present = PAGES.filter((p) => summaries[p]);
  const out: string[] = [];

  out.push('Timings, ms; heap growth, % (median (min–max) over runs)');
  out.push(
    table(
      ['', ...TIME_METRICS.map(([, label]) => label)],
      present.map((p) => {
        const s = summaries[p]!;
        if (s.missing) return [`${p}`, ...TIME_METRICS.map(() => 'missing')];
        return [
          rowName(p, s),
          ...TIME_METRICS.map(([id]) => cell(s.metrics[id], id.startsWith('heap') ? 1 : 0)),
        ];
      }),
    ),
  );
  out.push('');
  out.push('Transfer, KB gzip as served (1 KB = 1,000 bytes)');
  out.push(
    table(
      [
        '',
        ...BYTE_METRICS.map(
          ([id, label]) => `${id.startsWith('before') ? 'pre-FP' : 'total'} ${label}`,
        ),
      ],
      present.map((p) => {
        const s = summaries[p]!;
        if (s.missing) return [`${p}`, ...BYTE_METRICS.map(() => 'missing')];
        return [rowName(p, s), ...BYTE_METRICS.map(([id]) => cell(s.metrics[id], 1, 1000))];
      }),
    ),
  );
  const interacted = present.filter((p) => summaries[p]!.metrics.cardOpenMs !== undefined);
  if (interacted.some((p) => INTERACTION_METRICS.some(([id]) => summaries[p]!.metrics[id]))) {
    out.push('');
    out.push('After the map: Donetsk card, table sort, picker filter (median (min–max))');
    out.push(
      table(
        ['', ...INTERACTION_METRICS.map(([, label]) => label)],
        interacted.map((p) => {
          const s = summaries[p]!;
          return [rowName(p, s), ...INTERACTION_METRICS.map(([id]) => cell(s.metrics[id], 0))];
        }),
      ),
    );
  }
  out.push('');
  for (const p of present) {
    const s = summaries[p]!;
    if (!s.missing) {
      out.push(
        `${p}: first paint from ${s.firstPaintSource}; interactive from ${s.interactiveSource}`,
      );
    }
  }

  const base = summaries.baseline;
  if (base && !base.missing) {
    out.push('');
    for (const p of ['page', 'embed'] as const) {
      const s = summaries[p];
      if (!s) continue;
      if (s.missing) {
        out.push(`${p}/baseline: missing`);
        continue;
      }
      const parts = (
        [
          ['firstPaint', 'firstPaintMs'],
          ['on screen', 'pixelMs'],
          ['interactive', 'interactiveMs'],
          ['LCP', 'lcpMs'],
          ['pre-FP bytes', 'beforeFirstPaint.total'],
          ['total bytes', 'total.total'],
        ] as const
      ).map(([label, id]) => {
        const r = ratio(s.metrics[id]?.median, base.metrics[id]?.median);
        return `${label} ${Number.isFinite(r) ? `${r.toFixed(2)}×` : '—'}`;
      });
      out.push(`${p}/baseline (medians): ${parts.join(', ')}`);
    }
  }

  if (budgets.length) {
    out.push('');
    out.push('Budgets');
    for (const b of budgets) {
      const mark = b.pass === null ? 'skip' : b.pass ? 'pass' : 'FAIL';
      out.push(`  ${mark.padEnd(4)}  [${b.kind}] ${b.page}: ${b.label} — ${b.value}`);
    }
  }
  return out.join('\n');
}
