/**
 * `npm run extract -- FILE [--lang xx] [--outlet NAME] [--date DATE] [--url URL] [--json]
 *  [--min-confidence N]`
 *
 * Prints the candidate claims the extractor finds in an article: by default as a source
 * object in the dataset's format (data/sources/*.json) with placeholders the editor must
 * fill, ready to paste after review; with `--json` as a JSON array of candidates. Notes on
 * how each figure was read go to stderr as `#` lines. Exit codes: 0 done, 2 usage error or
 * a file that cannot be read as article text.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { toDatasetSource, isDatasetDate } from '../extract/dataset-format.ts';
import { decodeArticle } from '../extract/decode.ts';
import {
  DEFAULT_MIN_CONFIDENCE,
  MAX_TEXT_LENGTH,
  describeCandidate,
  extract,
  resolveLanguage,
} from '../extract/extract.ts';
import { LANGUAGES, LANGUAGE_NAMES, normaliseLanguage } from '../extract/languages.ts';
import { noteText } from '../extract/notes.ts';
import { runAsCommand } from './pipe.ts';

export const USAGE = `usage: npm run extract -- FILE [--lang xx] [--outlet NAME] [--date YYYY-MM-DD] [--url URL] [--json] [--min-confidence N]

Prints candidate claims found in FILE (UTF-8 text): as a source in the dataset's format
(data/sources/*.json), or with --json as a JSON array of candidates. Reads at most
${MAX_TEXT_LENGTH.toLocaleString('en')} characters (about 10 MB of text); split a larger file into articles.
  --lang xx            the text's language: ${LANGUAGES.join(', ')} (detected when not given)
  --outlet NAME        the publisher, as you know it (never guessed; null when not given)
  --date DATE          publication date: YYYY-MM-DD, YYYY-MM or YYYY
  --url URL            the page the text came from (http:// or https://)
  --json               print candidates as a JSON array instead
  --min-confidence N   keep candidates with confidence ≥ N (0–1, default ${DEFAULT_MIN_CONFIDENCE})`;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Uint8Array;
}

const defaultIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path),
};

interface Args {
  file: string;
  language: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  json: boolean;
  minConfidence: number;
}

/** Reads the arguments, or returns a message saying what is wrong. */
export function parseArgs(argv: readonly string[]): Args | { help: true } | string {
  const args: Partial<Args> & { json: boolean } = { json: false };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = () => {
      const v = argv[i + 1];
      i++;
      return v === undefined || v.startsWith('--') ? null : v;
    };
    switch (arg) {
      case '-h':
      case '--help':
        return { help: true };
      case '--json':
        args.json = true;
        break;
      case '--lang':
      case '--language':
      case '--outlet':
      case '--date':
      case '--url':
      case '--min-confidence': {
        const v = value();
        if (v === null || v.trim() === '') return `${arg} needs a value`;
        if (arg === '--outlet') args.outlet = v;
        if (arg === '--lang' || arg === '--language') {
          if (normaliseLanguage(v) === null)
            return `--lang "${v}" is not a language the extractor reads; use one of ${LANGUAGES.join(', ')}`;
          args.language = v;
        }
        if (arg === '--date') {
          if (!isDatasetDate(v)) return `--date "${v}" is not YYYY-MM-DD, YYYY-MM or YYYY`;
          args.date = v;
        }
        if (arg === '--url') {
          if (!/^https?:\/\/\S+$/.test(v)) return `--url "${v}" is not an http(s) address`;
          args.url = v;
        }
        if (arg === '--min-confidence') {
          const n = Number(v);
          if (!Number.isFinite(n) || n < 0 || n > 1)
            return `--min-confidence "${v}" is not a number from 0 to 1`;
          args.minConfidence = n;
        }
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
        files.push(arg);
    }
  }
  if (files.length === 0) return 'give the article file to read';
  if (files.length > 1) return `give one file, not ${files.length} (${files.join(', ')})`;
  return {
    file: files[0] ?? '',
    language: args.language ?? null,
    outlet: args.outlet ?? null,
    date: args.date ?? null,
    url: args.url ?? null,
    json: args.json,
    minConfidence: args.minConfidence ?? DEFAULT_MIN_CONFIDENCE,
  };
}

/** Runs the command; returns the exit code. */
export function main(argv: readonly string[], io: Io = defaultIo): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`extract: ${args}\n${USAGE}\n`);
    return 2;
  }
  if ('help' in args) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }

  let bytes: Uint8Array;
  try {
    bytes = io.readFile(args.file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'cannot be read (permission denied)'
            : `cannot be read (${(error as Error).message})`;
    io.stderr(`extract: ${args.file} ${why}; give the path of a UTF-8 text file\n`);
    return 2;
  }
  // Refuse a file far too large before decoding it (UTF-8 takes at most 4 bytes a character).
  if (bytes.length > MAX_TEXT_LENGTH * 4) {
    io.stderr(
      `extract: ${args.file} is ${(bytes.length / 1e6).toFixed(1)} MB; the extractor reads at most ${MAX_TEXT_LENGTH.toLocaleString('en')} characters (about 10 MB of text) at once; split it into articles, one file each, and extract each\n`,
    );
    return 2;
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) {
    io.stderr(`extract: ${args.file} ${decoded.problem}; ${decoded.fix}\n`);
    return 2;
  }

  if (decoded.text.length > MAX_TEXT_LENGTH) {
    io.stderr(
      `extract: ${args.file} holds ${decoded.text.length.toLocaleString('en')} characters; the extractor reads at most ${MAX_TEXT_LENGTH.toLocaleString('en')} (about 10 MB of text) at once; split it into articles, one file each, and extract each\n`,
    );
    return 2;
  }
  const language = resolveLanguage(decoded.text, args.language ?? undefined);
  const readAs = `# read as ${LANGUAGE_NAMES[language]} (${language}), ${args.language === null ? 'detected from the text; give --lang to say otherwise' : 'as --lang gave'}\n`;
  const candidates = extract(decoded.text, { minConfidence: args.minConfidence, language });
  if (args.json) {
    io.stderr(readAs);
    const english = candidates.map((c) => ({ ...c, notes: c.notes.map((n) => noteText(n)) }));
    io.stdout(`${JSON.stringify(english, null, 2)}\n`);
  } else {
    const source = toDatasetSource(candidates, {
      outlet: args.outlet,
      date: args.date,
      url: args.url,
      document: basename(args.file),
      language,
    });
    io.stderr(
      '# Review before pasting: the source id, each claim id ("TODO-source-id/…"), every speaker ' +
        '(name and category) and, without --date, the date are TODO placeholders the editor must ' +
        'fill; the outlet is only what --outlet gave (null otherwise, never guessed).\n',
    );
    io.stderr(readAs);
    source.claims.forEach((claim, i) => {
      const c = candidates[i];
      if (!c) return;
      io.stderr(`# claims[${i}] ${describeCandidate(c)}, confidence ${c.confidence}\n`);
      for (const note of c.notes) io.stderr(`#   ${noteText(note)}\n`);
      void claim;
    });
    io.stdout(`${JSON.stringify(source, null, 2)}\n`);
  }
  if (candidates.length === 0) io.stderr('# no candidate claims found\n');
  return 0;
}

runAsCommand(import.meta.url, main);
