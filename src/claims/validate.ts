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
 * against (see archive.ts). This module is the driver: it parses each file with the schemas,
 * runs the checks and gathers their problems. The checks are by area: a source's fields
 * (validate-source.ts), a claim's fields (validate-claim.ts), dates (validate-dates.ts), the
 * stored texts and quotes (validate-texts.ts); the words of the messages (fixes, field names,
 * schema issues) are in validate-messages.ts, the shapes in validate-types.ts.
 */
import {
  ClaimSchema,
  DatasetMetaSchema,
  SourceFieldsSchema,
  type Claim,
  type DatasetMeta,
  type ResolvedClaim,
  type Source,
  type SourceInfo,
} from './schema.ts';
import { claimProblems } from './validate-claim.ts';
import { metaDateProblems } from './validate-dates.ts';
import {
  CLAIM_KEYS,
  CLAIM_FIXES,
  describeIssue,
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
import { sourceProblems } from './validate-source.ts';
import type {
  InputFile,
  ValidateOptions,
  ValidationError,
  ValidationResult,
} from './validate-types.ts';

export type {
  InputFile,
  TextEntry,
  ValidateOptions,
  ValidationError,
  ValidationResult,
} from './validate-types.ts';

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
      for (const { problem, fix } of metaDateProblems(meta, sources)) {
        report(file, 'dataset', problem, fix);
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
