/**
 * `npm run extract:eval -- DIR`
 *
 * Measures the extractor on a folder of labelled articles: for each `NAME.txt` it reads
 * `NAME.expected.json` (format in src/extract/README.md), runs `extract` once with no
 * threshold and keeps what the default threshold keeps (the rest only says which misses it
 * dropped), matches candidates to expected claims (same region and kind, overlapping
 * intervals, one to one) and prints TP/FP/FN per article with the misses and false
 * positives, then precision, recall and F1, and the misses and false positives by reason.
 * Exit codes: 0 done, 2 usage error, missing or empty DIR, or an expected file that is
 * missing or malformed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeArticle } from '../extract/decode.ts';
import {
  ExpectedFileError,
  formatReport,
  parseExpected,
  scoreArticle,
  type ArticleScore,
} from '../extract/evaluate.ts';
import { DEFAULT_MIN_CONFIDENCE, extract, resolveLanguage } from '../extract/extract.ts';
import { runAsCommand } from './pipe.ts';

export const USAGE = `usage: npm run extract:eval -- DIR

DIR holds labelled articles (in DIR or its subfolders, such as dev/ and held-out/):
NAME.txt (the text) and NAME.expected.json ({"source": "URL or citation",
"language": "uk" (optional), "split": "held-out" (optional),
"claims": [{"region", "kind", "low", "high"}]}). Prints TP/FP/FN per article, then
precision and recall in all, per language and per split.`;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const defaultIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Scores every article in `dir`; throws an Error whose message says what to fix. */
export function evaluateDir(dir: string): ArticleScore[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a directory; give a folder`);
    // Articles in DIR and in its subfolders one level down (a set split into dev/ and held-out/).
    names = readdirSync(dir)
      .flatMap((n) =>
        n.endsWith('.txt')
          ? [n]
          : statSync(join(dir, n)).isDirectory()
            ? readdirSync(join(dir, n))
                .filter((m) => m.endsWith('.txt'))
                .map((m) => join(n, m))
            : [],
      )
      .sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new Error(`${dir} does not exist; give a folder of labelled articles`);
    throw error;
  }
  if (names.length === 0) {
    throw new Error(
      `${dir} holds no NAME.txt articles; add each text as NAME.txt with its labels in NAME.expected.json`,
    );
  }
  const scores: ArticleScore[] = [];
  for (const name of names) {
    const base = name.slice(0, -'.txt'.length);
    const expectedPath = join(dir, `${base}.expected.json`);
    let expectedText: string;
    try {
      expectedText = readFileSync(expectedPath, 'utf8');
    } catch {
      throw new ExpectedFileError(
        `${expectedPath}: missing; label ${name} in it as {"source": "…", "claims": […]}`,
      );
    }
    const expected = parseExpected(expectedText, expectedPath);
    const decoded = decodeArticle(readFileSync(join(dir, name)));
    if (!decoded.ok) throw new Error(`${join(dir, name)} ${decoded.problem}; ${decoded.fix}`);
    const language = expected.language ?? resolveLanguage(decoded.text);
    const all = extract(decoded.text, { language, minConfidence: 0 });
    const kept = all.filter((c) => c.confidence >= DEFAULT_MIN_CONFIDENCE);
    const dropped = all.filter((c) => c.confidence < DEFAULT_MIN_CONFIDENCE);
    const score = scoreArticle(base, kept, expected.claims, dropped);
    score.language = language;
    if (expected.split !== undefined) score.split = expected.split;
    scores.push(score);
  }
  return scores;
}

/** Runs the command; returns the exit code. */
export function main(argv: readonly string[], io: Io = defaultIo): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const unknown = argv.find((a) => a.startsWith('-'));
  if (unknown) {
    io.stderr(`extract:eval: unknown option ${unknown}\n${USAGE}\n`);
    return 2;
  }
  if (argv.length !== 1) {
    io.stderr(`extract:eval: give one folder, not ${argv.length}\n${USAGE}\n`);
    return 2;
  }
  try {
    io.stdout(`${formatReport(evaluateDir(argv[0] ?? ''))}\n`);
    return 0;
  } catch (error) {
    io.stderr(`extract:eval: ${(error as Error).message}\n`);
    return 2;
  }
}

runAsCommand(import.meta.url, main);
