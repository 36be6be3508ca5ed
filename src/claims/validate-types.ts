/**
 * The validator's input and output shapes (see validate.ts), in a module of their own so that
 * the checks (validate-source.ts, validate-claim.ts, validate-dates.ts, validate-texts.ts) and
 * the driver share them without importing each other.
 */
import type { Dataset } from './schema.ts';
import type { Said } from './validate-messages.ts';

/** One file as read: its path as shown in messages (e.g. "data/sources/seed-004.json"). */
export interface InputFile {
  file: string;
  data: unknown;
}

export interface ValidationError {
  file: string;
  /** `source "seed-004"`, `claim "seed-004/donetsk-control"`, `claims[3]` or `dataset`. */
  entry: string;
  problem: string;
  fix: string;
  /** `${file}: ${entry}: ${problem}; ${fix}` */
  message: string;
  /** The problem and fix as data, for the editor to show in the reader's language. */
  said?: Said;
}

export interface ValidateOptions {
  /** `data/dataset.json`; without it the dataset's `meta` is null. */
  meta?: InputFile;
  /**
   * The stored texts by file name (see archive.ts). When given, every source's text must be
   * among them, match the source's `text.sha256` (when the entry carries a hash), and hold
   * every quote of the source. The Node tools always give them (load.ts); the editor gives the
   * pasted text.
   */
  texts?: ReadonlyMap<string, TextEntry> | Readonly<Record<string, TextEntry>>;
}

/** A stored text, with the sha256 of its bytes when read from disk. */
export interface TextEntry {
  text: string;
  sha256?: string;
}

export type ValidationResult =
  { ok: true; dataset: Dataset } | { ok: false; errors: ValidationError[] };

/** One problem a check found in an entry, before the driver adds the file and the entry. */
export interface Problem {
  problem: string;
  fix: string;
  said?: Said;
}

/** Collects problems in the order they are found: `add(problem, fix, said)`. */
export function problemList(): {
  out: Problem[];
  add: (problem: string, fix: string, say?: Said) => void;
} {
  const out: Problem[] = [];
  return { out, add: (problem, fix, say) => out.push({ problem, fix, said: say }) };
}
