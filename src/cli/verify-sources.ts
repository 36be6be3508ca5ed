/**
 * `npm run verify:sources [-- DIR]`: checks that every claim's quote appears verbatim (up to
 * whitespace, the style of quotes, apostrophes and dashes, and the ellipsis) in its source's
 * text. With no DIR, against the texts stored in the repository (`data/texts/`), each also
 * checked against the sha256 its source records: every source must have one. With DIR,
 * against another copy (a newsroom's own archive, or `../shared/seeds`): the sources whose
 * text file is in DIR. Prints one line per failure and a summary; exits 1 on any failure (or
 * an invalid dataset), 2 on a usage problem.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TEXTS_DIR, textFileOf } from '../claims/archive.ts';
import {
  loadDataset,
  readTexts,
  REPO_ROOT,
  SOURCES_DIR,
  type LoadOptions,
} from '../claims/load.ts';
import type { Dataset } from '../claims/schema.ts';
import { containsQuote, firstWords, normaliseText } from '../claims/text.ts';
import type { TextEntry } from '../claims/validate.ts';
import { runAsCommand } from './pipe.ts';

export const USAGE = `usage: npm run verify:sources [-- DIR]
  Checks every claim's quote against its source's text: with no DIR, the texts stored in
  ${TEXTS_DIR}/ (and each against the sha256 its source records); with DIR, the copies of
  those texts found in DIR (for example ../shared/seeds).`;

export interface QuoteFailure {
  file: string;
  /** The claim, or null for a failure of the text itself (missing, changed). */
  claimId: string | null;
  /** The text's file name. */
  document: string;
  message: string;
}

export interface VerifyReport {
  /** Quotes checked. */
  checked: number;
  /** Texts found and checked. */
  documents: string[];
  /** Sources whose text is not among the texts given (only when not all are required). */
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

/**
 * Checks every quote whose source's text is among `texts`. With `archive`, every source must
 * have its text there and each text must match the sha256 its source records (the repository's
 * own archive); otherwise sources whose text is absent are skipped (another copy).
 */
export function verifyQuotes(
  dataset: Dataset,
  texts: ReadonlyMap<string, TextEntry>,
  { archive = false }: { archive?: boolean } = {},
): VerifyReport {
  const report: VerifyReport = { checked: 0, documents: [], skipped: [], failures: [] };
  for (const source of dataset.sources) {
    const name = textFileOf(source);
    const file = `${SOURCES_DIR}/${source.id}.json`;
    const entry = texts.get(name);
    if (entry === undefined) {
      if (!archive) {
        report.skipped.push({ sourceId: source.id, document: name });
        continue;
      }
      report.failures.push({
        file,
        claimId: null,
        document: name,
        message: `${file}: source "${source.id}": its text ${TEXTS_DIR}/${name} is missing; store the text its quotes were read from there`,
      });
      continue;
    }
    if (!report.documents.includes(name)) report.documents.push(name);
    if (archive && entry.sha256 !== source.text.sha256) {
      report.failures.push({
        file,
        claimId: null,
        document: name,
        message: `${file}: source "${source.id}": ${TEXTS_DIR}/${name} has sha256 ${entry.sha256 ?? '(none)'}, not the ${source.text.sha256} recorded; restore the file, or record the new hash if it was corrected on purpose`,
      });
    }
    for (const claim of source.claims) {
      report.checked += 1;
      if (containsQuote(entry.text, claim.quote)) continue;
      report.failures.push({
        file,
        claimId: claim.id,
        document: name,
        message: `${file}: claim "${claim.id}": quote "${firstWords(claim.quote)}" not found in ${name}; ${divergence(entry.text, claim.quote)}: copy the quote exactly from the text, or fix the text if it was altered`,
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
  const root = resolve(options.root ?? REPO_ROOT);
  let texts: Map<string, TextEntry>;
  try {
    const folder = dir ?? join(root, TEXTS_DIR);
    if (!statSync(folder).isDirectory()) throw new Error('not a folder');
    texts = readTexts(folder);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.err(`verify:sources: cannot read the folder ${dir ?? TEXTS_DIR} (${reason})\n${USAGE}`);
    return 2;
  }

  // The dataset's structure only: the quotes and hashes are what this command reports on.
  const loaded = loadDataset({ ...options, checkTexts: false });
  if (!loaded.ok) {
    for (const error of loaded.errors) io.err(error.message);
    io.err(
      `verify:sources: the dataset is invalid (${plural(loaded.errors.length, 'error')}); fix it first (npm run claims lists the errors)`,
    );
    return 1;
  }
  const report = verifyQuotes(loaded.dataset, texts, { archive: dir === undefined });
  if (dir !== undefined && report.documents.length === 0) {
    const wanted = [...new Set(report.skipped.map((s) => s.document))].join(', ');
    io.err(
      `verify:sources: none of the texts the dataset cites is in ${dir} (looked for ${wanted})\n${USAGE}`,
    );
    return 2;
  }
  for (const failure of report.failures) io.out(failure.message);
  if (report.skipped.length > 0) {
    const list = report.skipped.map((s) => `${s.sourceId} (${s.document})`).join(', ');
    io.out(
      `verify:sources: skipped ${plural(report.skipped.length, 'source')} whose text is not in ${dir ?? TEXTS_DIR}: ${list}`,
    );
  }
  io.out(
    `verify:sources: ${plural(report.checked, 'quote')} checked in ${plural(report.documents.length, 'text')}, ${report.failures.length} failed`,
  );
  return report.failures.length > 0 ? 1 : 0;
}

runAsCommand(import.meta.url, main);
