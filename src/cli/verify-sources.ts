/**
 * `npm run verify:sources -- DIR`: checks that every claim's quote appears verbatim (up to
 * whitespace and the style of quotes, apostrophes and dashes) in its source's seed text,
 * for every source whose `document` is a file in DIR. Prints one line per failure and a
 * summary; exits 1 on any failure (or an invalid dataset), 2 on a usage problem.
 */
import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadDataset, readSeedTexts, SOURCES_DIR, type LoadOptions } from '../claims/load.ts';
import type { Dataset } from '../claims/schema.ts';
import { containsQuote, firstWords, normaliseText } from '../claims/text.ts';
import { quietOnClosedPipe } from './pipe.ts';

export const USAGE = `usage: npm run verify:sources -- DIR
  Checks every claim's quote against the seed text its source names, for the seed texts
  found in DIR (for example ../shared/seeds).`;

export interface QuoteFailure {
  file: string;
  claimId: string;
  document: string;
  message: string;
}

export interface VerifyReport {
  /** Quotes checked. */
  checked: number;
  /** Documents found in DIR and checked. */
  documents: string[];
  /** Sources whose document is not in DIR, with that document's name. */
  skipped: { sourceId: string; document: string }[];
  failures: QuoteFailure[];
}

/** Where the quote stops matching: the longest run of its first words found in the text. */
export function divergence(text: string, quote: string): string {
  const haystack = normaliseText(text);
  const words = normaliseText(quote).split(' ');
  let matched = 0;
  while (matched < words.length && haystack.includes(words.slice(0, matched + 1).join(' '))) {
    matched += 1;
  }
  if (matched === 0) return `the text has no "${words[0] ?? ''}" where the quote starts`;
  const tail = words.slice(Math.max(0, matched - 4), matched).join(' ');
  return `the text matches up to "…${tail}", then differs at "${words[matched] ?? ''}"`;
}

/** Checks every quote whose source document is among `texts`. */
export function verifyQuotes(dataset: Dataset, texts: ReadonlyMap<string, string>): VerifyReport {
  const report: VerifyReport = { checked: 0, documents: [], skipped: [], failures: [] };
  for (const source of dataset.sources) {
    if (source.document === null) continue;
    const text = texts.get(source.document);
    if (text === undefined) {
      report.skipped.push({ sourceId: source.id, document: source.document });
      continue;
    }
    if (!report.documents.includes(source.document)) report.documents.push(source.document);
    const file = `${SOURCES_DIR}/${source.id}.json`;
    for (const claim of source.claims) {
      report.checked += 1;
      if (containsQuote(text, claim.quote)) continue;
      report.failures.push({
        file,
        claimId: claim.id,
        document: source.document,
        message: `${file}: claim "${claim.id}": quote "${firstWords(claim.quote)}" not found in ${source.document}; ${divergence(text, claim.quote)}: copy the quote exactly from the text, or fix the text if it was altered`,
      });
    }
  }
  return report;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const defaultIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Runs the command; returns the exit code. */
export function main(
  argv: readonly string[],
  io: Io = defaultIo,
  options: LoadOptions = {},
): number {
  const dir = argv.find((arg) => !arg.startsWith('-'));
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  if (dir === undefined) {
    io.err(`verify:sources: no DIR given\n${USAGE}`);
    return 2;
  }
  let texts: Map<string, string>;
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    texts = readSeedTexts(dir);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.err(`verify:sources: cannot read the folder ${dir} (${reason})\n${USAGE}`);
    return 2;
  }

  const loaded = loadDataset(options);
  if (!loaded.ok) {
    for (const error of loaded.errors) io.err(error.message);
    io.err(
      `verify:sources: the dataset is invalid (${plural(loaded.errors.length, 'error')}); fix it first (npm run claims lists the errors)`,
    );
    return 1;
  }
  const report = verifyQuotes(loaded.dataset, texts);
  if (report.documents.length === 0) {
    const wanted = [...new Set(report.skipped.map((s) => s.document))].join(', ');
    io.err(
      `verify:sources: none of the seed texts the dataset cites is in ${dir} (looked for ${wanted})\n${USAGE}`,
    );
    return 2;
  }
  for (const failure of report.failures) io.out(failure.message);
  if (report.skipped.length > 0) {
    const list = report.skipped.map((s) => `${s.sourceId} (${s.document})`).join(', ');
    io.out(
      `verify:sources: skipped ${plural(report.skipped.length, 'source')} whose document is not in ${dir}: ${list}`,
    );
  }
  io.out(
    `verify:sources: ${plural(report.checked, 'quote')} checked in ${plural(report.documents.length, 'document')}, ${report.failures.length} failed`,
  );
  return report.failures.length > 0 ? 1 : 0;
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(resolve(entry))).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  quietOnClosedPipe();
  process.exitCode = main(process.argv.slice(2));
}
