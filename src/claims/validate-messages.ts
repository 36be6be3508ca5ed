/**
 * The validator's words: for each field of a source, claim or dataset.json, how to fix it
 * (`*_FIXES`), the keys a misspelt field could have meant (`*_KEYS`), and the sentence for a
 * schema issue (`describeIssue`). The checks themselves are in validate.ts.
 *
 * Each problem and fix is also given as data (`Said`: a code and the values it quotes) so the
 * editor can show it in the reader's language from the catalogs (`validate_<code>` in
 * messages/{lang}.json); the English here and in validate.ts is what the CLIs print, and a
 * test keeps the English catalog the same (src/editor/problems.test.ts).
 */
import type * as z from 'zod';
import { RULE_IDS } from './reading.ts';
import {
  ClaimSchema,
  DatasetMetaSchema,
  KINDS,
  SourceDateSchema,
  SourceFieldsSchema,
  SPEAKER_CATEGORIES,
  SpeakerSchema,
  StoredTextSchema,
  forbiddenCharacter,
  webAddressIssue,
} from './schema.ts';

export const REGION_FIX =
  'use an ISO 3166-2 code such as UA-14 or a group id (donbas, crimea, annexed-four, UA)';
const SHARE_FIX = 'give a percentage from 0 to 100, or null when the text gives no share';
const TEXT_FIX = 'give a sentence, or remove the field';

export const CLAIM_FIXES: Record<string, string> = {
  id: 'use "<source-id>/<slug>" in lower case with hyphens, e.g. "seed-004/donetsk-control"',
  region: REGION_FIX,
  kind: `use one of ${KINDS.join(', ')}`,
  wording: 'copy the figure as the quote words it, e.g. "about 80%"',
  low: SHARE_FIX,
  high: SHARE_FIX,
  rule: `use one of the reading rules: ${RULE_IDS.join(', ')}`,
  speaker: 'give {"name": …, "category": …}',
  'speaker.name': 'name who makes the claim, as the text names them',
  'speaker.category': `use one of ${SPEAKER_CATEGORIES.join(', ')}`,
  quote: 'copy the sentence(s) verbatim from the source text',
  asOf: 'give the date the figure describes as YYYY, YYYY-MM or YYYY-MM-DD (the publication date when the text gives none)',
  caveat: TEXT_FIX,
  derived: TEXT_FIX,
  override: 'give the reason low/high differ from the reading rule, or remove the field',
};

export const SOURCE_FIXES: Record<string, string> = {
  id: 'use the file name without .json, in lower case with hyphens',
  title: TEXT_FIX,
  outlet: "give the publisher's name, or null when the text does not name one (never guess)",
  relays: 'list whom the text says it relays, e.g. ["Reuters"], or give []',
  credits: 'list credits printed with the text, e.g. ["Photo: Reuters"], or remove the field',
  date: 'give {"value", "precision", "inferred", "basis"}',
  'date.value': 'use YYYY-MM-DD, YYYY-MM or YYYY to match date.precision',
  'date.precision': 'use day, month or year',
  'date.inferred': 'use true when the text does not state the date, false when it does',
  'date.basis': 'say how the date is known, e.g. "Stated in the text"',
  'date.qualifier': 'use "on-or-after" or "approx", or remove the field',
  'date.updated': "give the day of the page's last update as YYYY-MM-DD, or remove the field",
  url: "give the page's address (https://…), or null for a seed text",
  language: 'use a language code such as en, uk or pl',
  document: "give the seed text's file name, or null",
  text: 'give {"extent", "sha256", "retrieved", "basis"} for the text stored in data/texts/ (see data/README.md)',
  'text.extent': 'use "full" for the whole text, "excerpt" for passages gathered from a page',
  'text.sha256':
    'give the sha256 of the stored file (sha256sum data/texts/<file>), in lower-case hex',
  'text.retrieved': 'give the day the text was gathered as YYYY-MM-DD',
  'text.basis':
    'say how the text was gathered, e.g. "The passages quoted, from a stored copy of the page"',
  notes: TEXT_FIX,
  claims: 'give an array of claims',
};

export const META_FIXES: Record<string, string> = {
  title: "give the dataset's title",
  updated: 'give the day the dataset was last updated as YYYY-MM-DD',
  description: TEXT_FIX,
};

function keysOf(schema: { shape: Record<string, unknown> }): string {
  return Object.keys(schema.shape).join(', ');
}

export const CLAIM_KEYS: Record<string, string> = {
  '': keysOf(ClaimSchema),
  speaker: keysOf(SpeakerSchema),
};
export const SOURCE_KEYS: Record<string, string> = {
  '': keysOf(SourceFieldsSchema),
  date: keysOf(SourceDateSchema),
  text: keysOf(StoredTextSchema),
};
export const META_KEYS: Record<string, string> = { '': keysOf(DatasetMetaSchema) };

/** The table a field's fix comes from, for its code. */
const FIX_TABLES = new Map<Record<string, string>, string>([
  [CLAIM_FIXES, 'claim'],
  [SOURCE_FIXES, 'source'],
  [META_FIXES, 'meta'],
]);

export interface Fixes {
  fixes: Record<string, string>;
  keys: Record<string, string>;
}

/** A problem's or fix's words as data: `validate_<code>` with its values (a value may be a phrase). */
export interface Phrase {
  code: string;
  values?: Record<string, string | Phrase>;
}

/** A problem and its fix as data. */
export interface Said {
  problem: Phrase;
  fix: Phrase;
}

/** A problem `code` with its values; its fix is `<code>-fix` with the same values unless given. */
export function said(
  code: string,
  values: Record<string, string | Phrase> = {},
  fix?: Phrase,
): Said {
  return { problem: { code, values }, fix: fix ?? { code: `${code}-fix`, values } };
}

/** A field's fix (`fix-claim-asOf`), with the list or shape it names (kind, rule, speaker…). */
export function fieldFix(fixes: Record<string, string>, key: string): Phrase {
  const table = FIX_TABLES.get(fixes);
  if (table === undefined || !Object.hasOwn(fixes, key)) return { code: 'see-readme' };
  const lists: Record<string, string> = {
    'claim-kind': KINDS.join(', '),
    'claim-rule': RULE_IDS.join(', '),
    'claim-speaker': '{"name": …, "category": …}',
    'claim-speaker.category': SPEAKER_CATEGORIES.join(', '),
    'source-date': '{"value", "precision", "inferred", "basis"}',
    'source-text': '{"extent", "sha256", "retrieved", "basis"}',
  };
  const list = lists[`${table}-${key}`];
  return { code: `fix-${table}-${key}`, values: list === undefined ? {} : { list } };
}

/** A value as `show` words it, as data: the value itself, or what kind of thing it is. */
export function shown(value: unknown): Phrase {
  if (value === undefined) return { code: 'nothing' };
  if (Array.isArray(value)) return { code: 'an-array' };
  if (typeof value === 'object' && value !== null) return { code: 'an-object' };
  return { code: 'value', values: { value: show(value) } };
}

/** An interval as `formatInterval` words it, as data. */
export function interval(low: number | null, high: number | null): Phrase {
  if (low === null || high === null) return { code: 'no-number' };
  return low === high
    ? { code: 'value', values: { value: String(low) } }
    : { code: 'interval', values: { low: String(low), high: String(high) } };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldName(path: readonly PropertyKey[]): string {
  let name = '';
  for (const part of path) {
    if (typeof part === 'number') name += `[${part}]`;
    else name += name === '' ? String(part) : `.${String(part)}`;
  }
  return name;
}

export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

export function describeIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
  { fixes, keys }: Fixes,
): { problem: string; fix: string; said?: Said } {
  const path = issue.path;
  const field = fieldName(path);
  const fixKey = path.filter((part) => typeof part !== 'number').join('.');
  const fix = fixes[fixKey] ?? 'see data/README.md';
  const fixSaid = fieldFix(fixes, fixKey);

  if (issue.code === 'unrecognized_keys') {
    const where = field === '' ? '' : `${field}.`;
    const names = issue.keys.map((key) => `"${where}${key}"`).join(', ');
    return {
      problem: `unknown field${issue.keys.length > 1 ? 's' : ''} ${names}`,
      fix: `remove it or correct its spelling (allowed: ${keys[fixKey] ?? ''})`,
      said: said(
        issue.keys.length > 1 ? 'unknown-fields' : 'unknown-field',
        { names },
        {
          code: 'unknown-field-fix',
          values: { allowed: keys[fixKey] ?? '' },
        },
      ),
    };
  }

  let parent: unknown = data;
  for (const part of path.slice(0, -1)) {
    parent = isObject(parent) || Array.isArray(parent) ? (parent as never)[part] : undefined;
  }
  const last = path.at(-1);
  const missing = isObject(parent) && typeof last === 'string' && !Object.hasOwn(parent, last);
  if (missing) {
    return {
      problem: `missing field "${field}"`,
      fix: `add it: ${fix}`,
      said: said('missing-field', { field }, { code: 'add-it', values: { fix: fixSaid } }),
    };
  }
  const input = isObject(parent) && typeof last === 'string' ? parent[last] : issue.input;

  if (field === 'region' && issue.code === 'invalid_value') {
    return {
      problem: `region ${show(input)} is not a known region`,
      fix,
      said: said('unknown-region', { value: shown(input) }, fixSaid),
    };
  }
  switch (issue.code) {
    case 'invalid_type':
      return {
        problem: `field "${field}" must be ${issue.expected}, not ${show(input)}`,
        fix,
        said: said(
          'wrong-type',
          { field, expected: { code: `type-${issue.expected}` }, value: shown(input) },
          fixSaid,
        ),
      };
    case 'invalid_value':
      return {
        problem: `field "${field}" is ${show(input)}, which is not allowed`,
        fix,
        said: said('not-allowed', { field, value: shown(input) }, fixSaid),
      };
    case 'invalid_format':
      return {
        problem: `field "${field}" is ${show(input)}, which is not in the right form`,
        fix,
        said: said('wrong-form', { field, value: shown(input) }, fixSaid),
      };
    case 'too_small':
      return { problem: `field "${field}" is empty`, fix, said: said('empty', { field }, fixSaid) };
    case 'custom': {
      const params = issue.params as { fix?: unknown; code?: unknown } | undefined;
      const own = params?.fix;
      return {
        problem: `field "${field}" ${issue.message}`,
        fix: typeof own === 'string' ? own : fix,
        said: refinementSaid(params?.code, field, input, fixSaid),
      };
    }
    default:
      return { problem: `field "${field}": ${issue.message}`, fix };
  }
}

/**
 * The words of a schema refinement's problem (schema.ts names it by `params.code`), as data; a
 * refinement without a code has none, and its English sentence is shown as it is.
 */
function refinementSaid(
  code: unknown,
  field: string,
  input: unknown,
  fieldFixSaid: Phrase,
): Said | undefined {
  const value = String(input);
  switch (code) {
    case 'invisible-only':
      return said('invisible-only', { field });
    case 'forbidden-character':
      return said('forbidden-character', { field, char: forbiddenCharacter(value) ?? '' });
    case 'web-address': {
      const issue = webAddressIssue(value);
      if (issue === null) return undefined;
      return said(
        'web-address',
        {
          field,
          value: JSON.stringify(input),
          reason: { code: `web-${issue.code}`, values: { protocol: issue.protocol ?? '' } },
        },
        fieldFixSaid,
      );
    }
    default:
      return undefined;
  }
}
