/**
 * `npm run claims`: validates the dataset in data/ and prints it.
 *   npm run claims              a short table, one line per claim
 *   npm run claims -- --json    the whole resolved export as JSON
 *   npm run claims -- --csv     the export as RFC 4180 CSV, one row per claim with its citation
 *   --root DIR                  read DIR/data instead of this repository's data/
 * On an invalid dataset it prints every error and exits 1; on bad arguments it exits 2.
 */
import { buildExport, formatShare, toCsv, type ClaimsExport } from '../claims/export.ts';
import { loadDataset } from '../claims/load.ts';
import { formatIsoDate } from '../claims/text.ts';
import { processIo, runAsCommand, type Io } from './pipe.ts';

export const USAGE = `usage: npm run claims -- [--json | --csv] [--root DIR]
  (no flag)   a short table of the claims
  --json      the resolved export as JSON
  --csv       the resolved export as CSV, with a citation column
  --root DIR  read the dataset from DIR/data instead of this repository's data/`;

export type { Io } from './pipe.ts';

function cut(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

/** The human table: region, kind, share, wording, speaker, date and claim id. */
export function formatTable(data: ClaimsExport): string {
  const rows = data.claims.map((claim) => [
    claim.region,
    claim.kind,
    formatShare(claim.low, claim.high),
    cut(claim.wording, 30),
    cut(claim.speaker, 30),
    claim.source.dateLabel,
    claim.id,
  ]);
  const header = ['region', 'kind', 'share', 'wording', 'speaker', 'date', 'claim'];
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ');
  const kinds = Object.entries(data.counts.byKind)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  return [
    `${data.title}: ${data.counts.claims} claims (${kinds}) from ${data.counts.sources} sources; updated ${formatIsoDate(data.updated)}`,
    '',
    line(header),
    ...rows.map(line),
    '',
    'Quotes, citations and caveats: npm run claims -- --json (or --csv).',
    '',
  ].join('\n');
}

/** Runs the command; returns the exit code. */
export function main(argv: readonly string[], io: Io = processIo): number {
  let format: 'table' | 'json' | 'csv' = 'table';
  let root: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      io.out(`${USAGE}\n`);
      return 0;
    } else if ((arg === '--json' || arg === '--csv') && format === 'table') {
      format = arg === '--json' ? 'json' : 'csv';
    } else if (arg === '--root' && argv[i + 1] !== undefined) {
      root = argv[i + 1];
      i += 1;
    } else {
      io.err(`claims: unexpected argument ${JSON.stringify(arg)}\n${USAGE}`);
      return 2;
    }
  }

  const loaded = loadDataset(root === undefined ? {} : { root });
  if (!loaded.ok) {
    for (const error of loaded.errors) io.err(error.message);
    const n = loaded.errors.length;
    io.err(
      `claims: the dataset has ${n} error${n === 1 ? '' : 's'}; fix them and run again (see data/README.md)`,
    );
    return 1;
  }
  const data = buildExport(loaded.dataset);
  if (format === 'json') io.out(`${JSON.stringify(data, null, 2)}\n`);
  else if (format === 'csv') io.out(toCsv(data));
  else io.out(formatTable(data));
  return 0;
}

runAsCommand(import.meta.url, main);
