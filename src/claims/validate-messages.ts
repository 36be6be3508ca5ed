/**
 * The validator's words: for each field of a source, claim or dataset.json, how to fix it
 * (`*_FIXES`), the keys a misspelt field could have meant (`*_KEYS`), and the sentence for a
 * schema issue (`describeIssue`). The checks themselves are in validate.ts.
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

export interface Fixes {
  fixes: Record<string, string>;
  keys: Record<string, string>;
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
): { problem: string; fix: string } {
  const path = issue.path;
  const field = fieldName(path);
  const fixKey = path.filter((part) => typeof part !== 'number').join('.');
  const fix = fixes[fixKey] ?? 'see data/README.md';

  if (issue.code === 'unrecognized_keys') {
    const where = field === '' ? '' : `${field}.`;
    const names = issue.keys.map((key) => `"${where}${key}"`).join(', ');
    return {
      problem: `unknown field${issue.keys.length > 1 ? 's' : ''} ${names}`,
      fix: `remove it or correct its spelling (allowed: ${keys[fixKey] ?? ''})`,
    };
  }

  let parent: unknown = data;
  for (const part of path.slice(0, -1)) {
    parent = isObject(parent) || Array.isArray(parent) ? (parent as never)[part] : undefined;
  }
  const last = path.at(-1);
  const missing = isObject(parent) && typeof last === 'string' && !Object.hasOwn(parent, last);
  if (missing) return { problem: `missing field "${field}"`, fix: `add it: ${fix}` };
  const input = isObject(parent) && typeof last === 'string' ? parent[last] : issue.input;

  if (field === 'region' && issue.code === 'invalid_value') {
    return { problem: `region ${show(input)} is not a known region`, fix };
  }
  switch (issue.code) {
    case 'invalid_type':
      return { problem: `field "${field}" must be ${issue.expected}, not ${show(input)}`, fix };
    case 'invalid_value':
      return { problem: `field "${field}" is ${show(input)}, which is not allowed`, fix };
    case 'invalid_format':
      return { problem: `field "${field}" is ${show(input)}, which is not in the right form`, fix };
    case 'too_small':
      return { problem: `field "${field}" is empty`, fix };
    case 'custom': {
      const own = (issue.params as { fix?: unknown } | undefined)?.fix;
      return {
        problem: `field "${field}" ${issue.message}`,
        fix: typeof own === 'string' ? own : fix,
      };
    }
    default:
      return { problem: `field "${field}": ${issue.message}`, fix };
  }
}
