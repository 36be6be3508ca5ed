/**
 * Validates the dataset's files and resolves them into a `Dataset`, or lists every problem.
 * Each message names the file, the entry (source, claim id, or claims[index] when the claim
 * has no usable id) and how to fix it:
 *
 *   data/sources/seed-004.json: claim "seed-004/donetsk-control": region "UA-99" is not a
 *   known region; use an ISO 3166-2 code such as UA-14 or a group id (donbas, crimea,
 *   annexed-four, UA)
 *
 * Pure: the caller reads the files (see load.ts) and the stored texts the quotes are checked
 * against (see archive.ts). The words of the messages (fixes, field names, schema issues) are
 * in validate-messages.ts; the checks are here.
 */
import { TEXTS_DIR, textFileOf } from './archive.ts';
import { readWording, type Reading } from './reading.ts';
import {
  ClaimSchema,
  DatasetMetaSchema,
  SourceFieldsSchema,
  type Claim,
  type Dataset,
  type DatasetMeta,
  type ResolvedClaim,
  type Source,
  type SourceInfo,
} from './schema.ts';
import { partialDatePrecision } from './dates.ts';
import { containsQuote, firstWords, formatInterval, normaliseText } from './text.ts';
import {
  CLAIM_FIXES,
  CLAIM_KEYS,
  describeIssue,
  fieldFix,
  interval,
  isObject,
  META_FIXES,
  META_KEYS,
  said,
  show,
  shown,
  SOURCE_FIXES,
  SOURCE_KEYS,
  type Said,
} from './validate-messages.ts';

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

/** Whether partial date `a` is later than `b`, compared at the coarser of their precisions. */
function isLater(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}

function sameReading(claim: Claim, reading: Reading): boolean {
  return claim.low === reading.low && claim.high === reading.high && claim.rule === reading.rule;
}

function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
}

function storedText(options: ValidateOptions, name: string): TextEntry | undefined {
  const texts = options.texts;
  if (!texts) return undefined;
  if (texts instanceof Map) return texts.get(name);
  const record = texts as Readonly<Record<string, TextEntry>>;
  return Object.hasOwn(record, name) ? record[name] : undefined;
}

/** The text a source's quotes are checked against, when it is present and unchanged. */
function checkedText(options: ValidateOptions, source: SourceInfo): string | undefined {
  const entry = storedText(options, textFileOf(source));
  if (entry === undefined) return undefined;
  if (entry.sha256 !== undefined && entry.sha256 !== source.text.sha256) return undefined;
  return entry.text;
}

/** Checks across a claim's fields, once its structure is sound. */
function claimProblems(
  claim: Claim,
  source: SourceInfo,
  options: ValidateOptions,
): { problem: string; fix: string; said?: Said }[] {
  const out: { problem: string; fix: string; said?: Said }[] = [];
  const add = (problem: string, fix: string, say?: Said) => out.push({ problem, fix, said: say });
  const prefix = `${source.id}/`;
  if (!claim.id.startsWith(prefix)) {
    add(
      `claim id "${claim.id}" does not start with its source id "${prefix}"`,
      `rename it "${prefix}${claim.id.split('/')[1] ?? 'slug'}"`,
      said('claim-id-prefix', {
        id: claim.id,
        prefix,
        suggested: `${prefix}${claim.id.split('/')[1] ?? 'slug'}`,
      }),
    );
  }

  const { low, high } = claim;
  if ((low === null) !== (high === null)) {
    add(
      `low is ${show(low)} but high is ${show(high)}`,
      'give both as numbers, or both as null when the text gives no share',
      said('low-high-null', { low: shown(low), high: shown(high) }),
    );
  }
  for (const [name, value] of [
    ['low', low],
    ['high', high],
  ] as const) {
    if (value !== null && (value < 0 || value > 100 || !Number.isFinite(value))) {
      add(
        `${name} ${value} is outside 0–100`,
        'low and high are percentages of the region',
        said('share-outside', { name, value: String(value) }),
      );
    }
  }
  if (low !== null && high !== null && low > high) {
    add(
      `low ${low} is greater than high ${high}`,
      'swap them so that low ≤ high',
      said('low-above-high', { low: String(low), high: String(high) }),
    );
  }

  if (claim.kind === 'position') {
    if (low !== null || high !== null) {
      add(
        `a position has no share, but low–high is ${formatInterval(low, high)}`,
        'set low and high to null, or use kind control, claim or demand',
        said('position-share', { interval: interval(low, high) }),
      );
    }
    if (claim.rule !== 'position') {
      add(
        `a position's rule is "position", not "${claim.rule}"`,
        'set rule to "position"',
        said('position-rule', { rule: claim.rule }),
      );
    }
  } else if (claim.rule === 'position') {
    add(
      `rule "position" is only for kind "position", not "${claim.kind}"`,
      'use the reading rule of the wording (see src/claims/reading.ts), or set kind to "position"',
      said('rule-position-kind', { kind: claim.kind }),
    );
  } else if (claim.override === undefined) {
    const reading = readWording(claim.wording);
    if (reading === null) {
      add(
        `wording "${claim.wording}" matches no reading rule`,
        'give the figure as the quote words it, or add "override" with the reason for low, high and rule',
        said('wording-no-rule', { wording: claim.wording }),
      );
    } else if (!sameReading(claim, reading)) {
      add(
        `wording "${claim.wording}" reads as ${formatInterval(reading.low, reading.high)} (rule "${reading.rule}"), but the claim has ${formatInterval(low, high)} (rule "${claim.rule}")`,
        `set low ${show(reading.low)}, high ${show(reading.high)} and rule "${reading.rule}", or add "override" with the reason`,
        said('wording-reads', {
          wording: claim.wording,
          reading: interval(reading.low, reading.high),
          readingRule: reading.rule,
          claim: interval(low, high),
          rule: claim.rule,
          low: shown(reading.low),
          high: shown(reading.high),
        }),
      );
    }
  }

  if (!normaliseText(claim.quote).includes(normaliseText(claim.wording))) {
    add(
      `wording "${claim.wording}" is not in the quote`,
      'copy the figure exactly as the quote words it',
      said('wording-not-in-quote', { wording: claim.wording }),
    );
  }

  const asOfPrecision = partialDatePrecision(claim.asOf);
  if (asOfPrecision === null) {
    add(
      `asOf "${claim.asOf}" is not a real date`,
      CLAIM_FIXES.asOf ?? '',
      said('as-of-not-date', { asOf: claim.asOf }, fieldFix(CLAIM_FIXES, 'asOf')),
    );
  } else if (
    partialDatePrecision(source.date.value) !== null &&
    source.date.qualifier === undefined &&
    isLater(claim.asOf, source.date.updated ?? source.date.value)
  ) {
    add(
      `asOf "${claim.asOf}" is after the source's date "${source.date.updated ?? source.date.value}"`,
      'a figure cannot describe a day after it was published (or last updated, date.updated); correct asOf or the date',
      said('as-of-after', { asOf: claim.asOf, date: source.date.updated ?? source.date.value }),
    );
  }

  const text = checkedText(options, source);
  if (text !== undefined && !containsQuote(text, claim.quote)) {
    add(
      `quote "${firstWords(claim.quote)}" was not found in its stored text ${TEXTS_DIR}/${textFileOf(source)}`,
      'copy the sentence(s) exactly from the text (only whitespace, the style of quotes, apostrophes and dashes, and the ellipsis may differ; see data/README.md)',
      said('quote-not-found', {
        quote: firstWords(claim.quote),
        path: `${TEXTS_DIR}/${textFileOf(source)}`,
      }),
    );
  }
  return out;
}

/** Checks across a source's fields, once their structure is sound. */
function sourceProblems(
  source: SourceInfo,
  file: string,
  options: ValidateOptions,
): { problem: string; fix: string; said?: Said }[] {
  const out: { problem: string; fix: string; said?: Said }[] = [];
  const add = (problem: string, fix: string, say?: Said) => out.push({ problem, fix, said: say });
  const name = baseName(file);
  if (source.id !== name) {
    add(
      `source id "${source.id}" does not match the file name ${name}.json`,
      `set id to "${name}" or rename the file to ${source.id}.json`,
      said('source-id-file', { id: source.id, name }),
    );
  }
  const { date } = source;
  const precision = partialDatePrecision(date.value);
  if (precision === null) {
    add(
      `date.value "${date.value}" is not a real calendar date`,
      'use YYYY-MM-DD, YYYY-MM or YYYY with a month and day that exist',
      said('date-not-real', { value: date.value }),
    );
  } else if (precision !== date.precision) {
    add(
      `date.value "${date.value}" does not match date.precision "${date.precision}"`,
      'use YYYY-MM-DD for day, YYYY-MM for month, YYYY for year',
      said('date-precision', { value: date.value, precision: date.precision }),
    );
  }
  if (date.updated !== undefined) {
    if (partialDatePrecision(date.updated) !== 'day') {
      add(
        `date.updated "${date.updated}" is not a real day`,
        SOURCE_FIXES['date.updated'] ?? '',
        said('updated-not-day', { updated: date.updated }, fieldFix(SOURCE_FIXES, 'date.updated')),
      );
    } else if (precision !== null && !isLater(date.updated, date.value)) {
      add(
        `date.updated "${date.updated}" is not after date.value "${date.value}"`,
        'give the day of a later update, or remove date.updated',
        said('updated-not-after', { updated: date.updated, value: date.value }),
      );
    }
  }
  if (date.qualifier !== undefined && !date.inferred) {
    add(
      `date.qualifier "${date.qualifier}" needs date.inferred true`,
      'an approximate or on-or-after date is not stated in the text: set inferred to true',
      said('qualifier-inferred', { qualifier: date.qualifier }),
    );
  }
  if (source.url === null && source.document === null) {
    add(
      'the source has neither url nor document',
      "give the page's url, or the seed text's file name in document",
      said('no-url-document'),
    );
  }
  if (partialDatePrecision(source.text.retrieved) !== 'day') {
    add(
      `text.retrieved "${source.text.retrieved}" is not a real day`,
      SOURCE_FIXES['text.retrieved'] ?? '',
      said(
        'retrieved-not-day',
        { retrieved: source.text.retrieved },
        fieldFix(SOURCE_FIXES, 'text.retrieved'),
      ),
    );
  }
  if (source.text.extent === 'excerpt' && source.url === null) {
    add(
      'an excerpt needs the url of the page it came from',
      'give the page\'s url, or set text.extent to "full" when the whole text is stored',
      said('excerpt-url'),
    );
  }
  if (options.texts !== undefined) {
    const path = `${TEXTS_DIR}/${textFileOf(source)}`;
    const entry = storedText(options, textFileOf(source));
    if (entry === undefined) {
      add(
        `its stored text ${path} is missing`,
        `save the text the quotes were read from as ${path} and record its sha256 in text.sha256` +
          (source.document !== null ? ', or correct "document"' : ''),
        said(
          'text-missing',
          { path },
          {
            code: source.document !== null ? 'text-missing-document-fix' : 'text-missing-fix',
            values: { path },
          },
        ),
      );
    } else if (entry.sha256 !== undefined && entry.sha256 !== source.text.sha256) {
      add(
        `the stored text ${path} has sha256 ${entry.sha256}, not the ${source.text.sha256} recorded in text.sha256`,
        `restore the file (git checkout -- ${path}) if it changed by mistake; if you corrected it on purpose, set text.sha256 to "${entry.sha256}" and check the quotes again`,
        said('text-sha', { path, found: entry.sha256, recorded: source.text.sha256 }),
      );
    }
  }
  return out;
}

/**
 * Validates source files (and `data/dataset.json` when given as `options.meta`). Every
 * problem is reported, not only the first; on success the claims come resolved with their
 * source, in file order.
 */
export function validate(
  files: readonly InputFile[],
  options: ValidateOptions = {},
): ValidationResult {
  const errors: ValidationError[] = [];
  const report = (file: string, entry: string, problem: string, fix: string, say?: Said) =>
    errors.push({
      file,
      entry,
      problem,
      fix,
      message: `${file}: ${entry}: ${problem}; ${fix}`,
      ...(say ? { said: say } : {}),
    });

  const sources: Source[] = [];
  const claims: ResolvedClaim[] = [];
  const sourceFiles = new Map<string, string>();
  const claimFiles = new Map<string, string>();

  for (const { file, data } of files) {
    if (!isObject(data)) {
      report(
        file,
        'source',
        `the file holds ${show(data)}, not an object`,
        'a source file holds one JSON object with the source\'s fields and a "claims" array (see data/README.md)',
        said('not-object', { value: shown(data) }),
      );
      continue;
    }
    const sourceEntry =
      typeof data.id === 'string' && data.id !== '' ? `source "${data.id}"` : 'source';
    const parsed = SourceFieldsSchema.safeParse(data, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const {
          problem,
          fix,
          said: say,
        } = describeIssue(issue, data, {
          fixes: SOURCE_FIXES,
          keys: SOURCE_KEYS,
        });
        report(file, sourceEntry, problem, fix, say);
      }
    }
    const info: SourceInfo | null = parsed.success
      ? (() => {
          const { claims: _claims, ...rest } = parsed.data;
          return rest;
        })()
      : null;

    if (info) {
      for (const { problem, fix, said: say } of sourceProblems(info, file, options)) {
        report(file, sourceEntry, problem, fix, say);
      }
      const other = sourceFiles.get(info.id);
      if (other !== undefined) {
        report(
          file,
          sourceEntry,
          `duplicate source id, also used in ${other}`,
          'give each source its own id (and file)',
          said('duplicate-source', { other }),
        );
      } else {
        sourceFiles.set(info.id, file);
      }
    }

    const rawClaims = Array.isArray(data.claims) ? data.claims : [];
    if (Array.isArray(data.claims) && rawClaims.length === 0) {
      report(
        file,
        sourceEntry,
        'the source has no claims',
        'add a claim, or remove the file',
        said('no-claims'),
      );
    }
    const sourceClaims: Claim[] = [];
    rawClaims.forEach((raw: unknown, index: number) => {
      const id = isObject(raw) && typeof raw.id === 'string' && raw.id !== '' ? raw.id : null;
      const entry = id === null ? `claims[${index}]` : `claim "${id}"`;
      const result = ClaimSchema.safeParse(raw, { reportInput: true });
      if (!result.success) {
        for (const issue of result.error.issues) {
          const {
            problem,
            fix,
            said: say,
          } = describeIssue(issue, raw, {
            fixes: CLAIM_FIXES,
            keys: CLAIM_KEYS,
          });
          report(file, entry, problem, fix, say);
        }
      }
      if (id !== null) {
        const other = claimFiles.get(id);
        if (other !== undefined) {
          report(
            file,
            entry,
            `duplicate claim id, also used in ${other}`,
            'give each claim its own id ("<source-id>/<slug>")',
            said('duplicate-claim', { other }),
          );
        } else {
          claimFiles.set(id, file);
        }
      }
      if (!result.success || !info) return;
      for (const { problem, fix, said: say } of claimProblems(result.data, info, options)) {
        report(file, entry, problem, fix, say);
      }
      sourceClaims.push(result.data);
    });

    if (info) {
      sources.push({ ...info, claims: sourceClaims });
      for (const claim of sourceClaims) claims.push({ ...claim, source: info });
    }
  }

  let meta: DatasetMeta | null = null;
  if (options.meta) {
    const { file, data } = options.meta;
    const parsed = DatasetMetaSchema.safeParse(data, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const { problem, fix } = describeIssue(issue, data, { fixes: META_FIXES, keys: META_KEYS });
        report(file, 'dataset', problem, fix);
      }
    } else {
      meta = parsed.data;
      if (partialDatePrecision(meta.updated) !== 'day') {
        report(
          file,
          'dataset',
          `updated "${meta.updated}" is not a real day`,
          META_FIXES.updated ?? '',
        );
      } else {
        const newest = sources
          .filter((source) => partialDatePrecision(source.date.value) !== null)
          .reduce<Source | null>(
            (best, source) =>
              best === null || isLater(source.date.value, best.date.value) ? source : best,
            null,
          );
        if (newest && isLater(newest.date.value, meta.updated)) {
          report(
            file,
            'dataset',
            `updated "${meta.updated}" is earlier than the newest source date "${newest.date.value}" (source "${newest.id}")`,
            'set updated to the day you last changed the dataset',
          );
        }
      }
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, dataset: { meta, sources, claims } };
}

/** All messages, one a line. */
export function formatErrors(errors: readonly ValidationError[]): string {
  return errors.map((error) => error.message).join('\n');
}
