/**
 * The shape of the dataset in `data/`: one JSON file per source (`data/sources/<id>.json`)
 * holding the source's fields and its claims, and `data/dataset.json` with the dataset's
 * title and last-updated date. Zod schemas check the structure; `validate.ts` adds the
 * checks across fields and files (known regions, real dates, intervals, unique ids, quotes).
 *
 * Pure: no DOM, no Node APIs.
 */
import * as z from 'zod';
import { RULE_IDS } from './reading.ts';
import { REGION_IDS, type RegionId } from './regions-ref.ts';
import type { Correction } from './corrections.ts';

/** control: Russian control on the ground; claim: territory Russia claims as its own;
 * demand: territory Russia demands Ukraine leave; position: a statement without a share. */
export const KINDS = ['control', 'claim', 'demand', 'position'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * Who is speaking. party-ru: the Russian state, its officials and Russian-installed officials;
 * party-ua: the Ukrainian state and its officials (and joint statements Ukraine signs);
 * third-party: governments and diplomats of other states (US, European); mapping-project:
 * open-source mapping projects (DeepState, ISW); news-agency: an agency's own reporting
 * (Reuters, AFP); media: an outlet's own reporting; analyst: analysts and observers.
 */
export const SPEAKER_CATEGORIES = [
  'party-ru',
  'party-ua',
  'third-party',
  'mapping-project',
  'news-agency',
  'media',
  'analyst',
] as const;
export type SpeakerCategory = (typeof SPEAKER_CATEGORIES)[number];

export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
/** full: the whole text as received; excerpt: the passages gathered from a page, which has more. */
export const TEXT_EXTENTS = ['full', 'excerpt'] as const;
export const DATE_QUALIFIERS = ['on-or-after', 'approx'] as const;

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
export const SOURCE_ID_PATTERN = new RegExp(`^${SLUG}$`);
export const CLAIM_ID_PATTERN = new RegExp(`^${SLUG}/${SLUG}$`);

/**
 * Characters no dataset text may hold: control characters other than a line break or a tab
 * (NUL, BEL, ESC…), the bidi embeddings, overrides and isolates that reverse or move what
 * follows them on the page (U+202A–U+202E, U+2066–U+2069), and invisible ones that hide a
 * difference (zero-width space, word joiner, byte-order mark, soft hyphen).
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what it finds
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u200B\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;
/** What is left of a text that shows nothing: whitespace and invisible format characters. */
const INVISIBLE = /^[\s\p{Cf}\p{Cc}\p{Z}\u3164\u115F\u1160\uFFA0]*$/u;

/** The first forbidden character in a text, written out as U+XXXX, or null. */
export function forbiddenCharacter(value: string): string | null {
  const found = FORBIDDEN.exec(value)?.[0];
  if (found === undefined) return null;
  return `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const text = z
  .string()
  .trim()
  .min(1)
  .refine((value) => !INVISIBLE.test(value), {
    message: 'holds only invisible characters',
    params: { fix: 'give visible text, or remove the field', code: 'invisible-only' },
    abort: true,
  })
  .refine((value) => forbiddenCharacter(value) === null, {
    error: (issue) =>
      `holds the control or invisible character ${forbiddenCharacter(String(issue.input))}, which would hide or reverse text on the page`,
    params: {
      fix: 'delete that character (retyping the text around it removes it)',
      code: 'forbidden-character',
    },
  });

/** Longest name (speaker, outlet, relay, credit, title): it heads the map and every card. */
export const MAX_NAME_LENGTH = 200;

/** A name: text of at most MAX_NAME_LENGTH characters. */
const name = text.max(MAX_NAME_LENGTH, {
  error: (issue) =>
    `is ${String(issue.input).length} characters long, more than the ${MAX_NAME_LENGTH} a name may have; shorten it (put the rest in notes or a caveat)`,
});

/**
 * Whether a browser reads the value as an http(s) address, as the app will (`new URL`): a
 * port out of range, a space or a missing host fails here, not on every page load.
 */
export function webAddressProblem(value: string): string | null {
  const issue = webAddressIssue(value);
  return issue === null ? null : WEB_ADDRESS_PROBLEMS[issue.code](issue.protocol);
}

/** What is wrong with a web address, as a code (the editor words it in the reader's language). */
export type WebAddressIssue =
  | { code: 'space' | 'unreadable' | 'no-host'; protocol?: undefined }
  | { code: 'protocol'; protocol: string };

const WEB_ADDRESS_PROBLEMS: Record<WebAddressIssue['code'], (protocol?: string) => string> = {
  space: () => 'holds a space or an invisible character',
  unreadable: () => 'is not an address a browser can read (check the host and the port, 0–65535)',
  protocol: (protocol) => `uses ${protocol ?? ''}:, not http or https`,
  'no-host': () => 'names no host',
};

export function webAddressIssue(value: string): WebAddressIssue | null {
  if (forbiddenCharacter(value) !== null || /\s/.test(value)) return { code: 'space' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { code: 'unreadable' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { code: 'protocol', protocol: url.protocol.slice(0, -1) };
  }
  if (url.hostname === '') return { code: 'no-host' };
  return null;
}

export const SpeakerSchema = z.strictObject({
  /** Who makes the claim, as the text names them ("DeepState", "Sergei Lavrov"). */
  name,
  category: z.enum(SPEAKER_CATEGORIES),
});

export const ClaimSchema = z.strictObject({
  /** `<source-id>/<slug>`, unique across the dataset and stable once published. */
  id: z.string().regex(CLAIM_ID_PATTERN),
  /** An ISO 3166-2 code ("UA-14") or a group id (donbas, crimea, annexed-four, UA). */
  region: z.enum(REGION_IDS as [RegionId, ...RegionId[]]),
  kind: z.enum(KINDS),
  /** The figure as worded, copied from the quote ("about 80%", "almost all"). */
  wording: text,
  /** Percent of the region, or null when the text gives no share. */
  low: z.number().nullable(),
  high: z.number().nullable(),
  /** Id of the reading rule that turned the wording into low–high (see reading.ts). */
  rule: z.enum(RULE_IDS),
  speaker: SpeakerSchema,
  /** Verbatim sentence(s) from the source, in the source's language. */
  quote: text,
  /** The date the figure describes: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  asOf: z.string(),
  /** What a reader must know to weigh the claim (never shown as a quote). */
  caveat: text.optional(),
  /** How the figure was taken when the text gives several ("19.25% used; 116,165 sq km…"). */
  derived: text.optional(),
  /** Why low/high differ from what the reading rule gives; only with a reason. */
  override: text.optional(),
});

export const SourceDateSchema = z.strictObject({
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY", matching `precision`. */
  value: z.string(),
  precision: z.enum(DATE_PRECISIONS),
  /** True when the text does not state the date and it was worked out. */
  inferred: z.boolean(),
  /** How the date is known or what it was inferred from. */
  basis: text,
  /** "on-or-after": the date is a lower bound; "approx": an estimate. Both need inferred. */
  qualifier: z.enum(DATE_QUALIFIERS).optional(),
  /**
   * "YYYY-MM-DD": the day the page was last updated, when it was updated after it was first
   * published (`value`); a claim's asOf may then be as late as this day.
   */
  updated: z.string().optional(),
});

/**
 * The source's text as the repository stores it, in `data/texts/` (see archive.ts): every
 * quote of the source is checked against it, and it against this hash.
 */
export const StoredTextSchema = z.strictObject({
  extent: z.enum(TEXT_EXTENTS),
  /** sha256 of the stored file's bytes, lower-case hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The day the text was gathered, "YYYY-MM-DD". */
  retrieved: z.string(),
  /** How the text was gathered (for an excerpt: which passages, from what copy of the page). */
  basis: text,
});

/** A source file's fields; its claims are checked one by one with `ClaimSchema`. */
export const SourceFieldsSchema = z.strictObject({
  /** Same as the file name without `.json`. */
  id: z.string().regex(SOURCE_ID_PATTERN),
  title: name.optional(),
  /** The publisher, or null when the text does not name one (never guessed). */
  outlet: name.nullable(),
  /** Whom the text says it relays: agencies, projects, outlets ("Reuters", "DeepState"). */
  relays: z.array(name),
  /** Credits printed with the text that are not relayed text ("Photo: Reuters"). */
  credits: z.array(name).optional(),
  date: SourceDateSchema,
  url: z
    .string()
    .refine((value) => webAddressProblem(value) === null, {
      error: (issue) =>
        `is ${JSON.stringify(issue.input)}, which ${webAddressProblem(String(issue.input))}`,
      params: { code: 'web-address' },
    })
    .nullable(),
  /** BCP 47 language code of the text and its quotes ("en", "uk", "pl"). */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/),
  /** File name of the seed text the quotes come from, or null. */
  document: text.nullable(),
  /** The stored text every quote is checked against. */
  text: StoredTextSchema,
  /** Remarks for editors about the source itself. */
  notes: text.optional(),
  claims: z.array(z.unknown()),
});

/** A whole source file, claims included. */
export const SourceSchema = SourceFieldsSchema.extend({ claims: z.array(ClaimSchema) });

export const DatasetMetaSchema = z.strictObject({
  title: text,
  /** The day the dataset was last updated, "YYYY-MM-DD"; the export's `updated`. */
  updated: z.string(),
  description: text.optional(),
});

export type Speaker = z.infer<typeof SpeakerSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type SourceDate = z.infer<typeof SourceDateSchema>;
export type StoredText = z.infer<typeof StoredTextSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type SourceInfo = Omit<Source, 'claims'>;
export type DatasetMeta = z.infer<typeof DatasetMetaSchema>;

/** A claim with its source embedded: what the app and the export work with. */
export type ResolvedClaim = Claim & { source: SourceInfo };

export interface Dataset {
  /** From `data/dataset.json`; null when the files were validated without it. */
  meta: DatasetMeta | null;
  /** In file order (sorted by file name), each with its claims. */
  sources: Source[];
  /** Every claim, in source order then file order. */
  claims: ResolvedClaim[];
  /** The corrections log (data/corrections.json), newest first; absent when not read. */
  corrections?: Correction[];
}
