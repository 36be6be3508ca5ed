/**
 * The editors' page's model: the extractor's candidates as an editor reviews them (accepted,
 * corrected or rejected), turned into a source of the dataset (`data/sources/<id>.json`,
 * see src/claims/schema.ts) with `toDatasetSource`, and checked with the dataset's own
 * validator before it is copied. What the editor has not filled in stays a `TODO`
 * placeholder, which `checkSource` reports.
 *
 * Pure: no DOM, no Svelte. Imports zod through the validator: for the editors' page only,
 * never for the readers' page.
 */
import { TEXTS_DIR, textFileOf } from '../claims/archive.ts';
import { readWording } from '../claims/reading.ts';
import { formatInterval } from '../claims/text.ts';
import type { Kind, SpeakerCategory, StoredText } from '../claims/schema.ts';
import { validate } from '../claims/validate.ts';
import type { Problem } from './problems.ts';
import {
  TODO,
  toDatasetSource,
  type DraftClaim,
  type DraftSource,
} from '../extract/dataset-format.ts';
import type { Candidate } from '../extract/extract.ts';
import type { RegionOrGroupId } from '../geo/regions.ts';

export type Decision = 'pending' | 'accepted' | 'rejected';

/** One candidate as the editor reviews it: the extractor's reading, and the corrections. */
export interface Review {
  candidate: Candidate;
  decision: Decision;
  region: RegionOrGroupId;
  kind: Kind;
  /** Percent of the region; null when the words give no share. */
  low: number | null;
  high: number | null;
  /** Who makes the claim; empty: the source's default speaker. */
  speakerName: string;
  /** Empty: the source's default category. */
  speakerCategory: SpeakerCategory | '';
  /** Why a corrected interval differs from what the reading rule gives (the `override`). */
  reason: string;
}

/** The source's fields as the editor types them; empty strings are "not given". */
export interface SourceMeta {
  /** The source id and file name: `who-via-whom-yyyy-mm-dd`. */
  id: string;
  /** The publisher; empty means null (the text does not name one). Never guessed. */
  outlet: string;
  /** Whom the text relays, comma-separated ("Reuters, RIA Novosti"). */
  relays: string;
  /** Publication date: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  /** True when the text does not state the date. */
  dateInferred: boolean;
  /** How the date is known; empty gives a note to check it. */
  dateBasis: string;
  url: string;
  /** The seed text's file name, when the text is one. */
  document: string;
  /** Language code of the text and its quotes. */
  language: string;
  /** The speaker for every claim whose own speaker is left empty. */
  speakerName: string;
  speakerCategory: SpeakerCategory | '';
}

export const EMPTY_META: SourceMeta = {
  id: '',
  outlet: '',
  relays: '',
  date: '',
  dateInferred: false,
  dateBasis: '',
  url: '',
  document: '',
  // Empty: the extractor detects the text's language and fills the field in (editor.svelte.ts).
  language: '',
  speakerName: '',
  speakerCategory: '',
};

export const DEFAULT_DATE_BASIS = "Entered in the editors' page; check it against the text.";
const SOURCE_PLACEHOLDER = `${TODO}-source-id`;

/** A candidate as first shown: undecided, with the extractor's reading. */
export function reviewOf(candidate: Candidate): Review {
  return {
    candidate,
    decision: 'pending',
    region: candidate.region,
    kind: candidate.kind,
    low: candidate.low,
    high: candidate.high,
    speakerName: '',
    speakerCategory: '',
    reason: '',
  };
}

/** Whether the editor changed the interval the extractor read. */
export function intervalChanged(review: Review): boolean {
  return review.low !== review.candidate.low || review.high !== review.candidate.high;
}

/** Whether the editor changed anything the extractor read. */
export function isCorrected(review: Review): boolean {
  return (
    intervalChanged(review) ||
    review.region !== review.candidate.region ||
    review.kind !== review.candidate.kind
  );
}

/**
 * Whether a corrected review needs a reason: its interval is not what the reading rule gives
 * for the wording (a position needs none: it has no share).
 */
export function needsReason(review: Review): boolean {
  if (review.kind === 'position' || !intervalChanged(review)) return false;
  const reading = readWording(review.candidate.wording);
  return reading === null || reading.low !== review.low || reading.high !== review.high;
}

/** Low, high, rule and override of a reviewed claim. */
function applyReading(claim: DraftClaim, review: Review): void {
  if (review.kind === 'position') {
    claim.low = null;
    claim.high = null;
    claim.rule = 'position';
    delete claim.override;
    return;
  }
  if (!intervalChanged(review)) return;
  claim.low = review.low;
  claim.high = review.high;
  const reading = readWording(claim.wording);
  if (reading !== null && reading.low === review.low && reading.high === review.high) {
    claim.rule = reading.rule;
    delete claim.override;
    return;
  }
  const was = formatInterval(review.candidate.low, review.candidate.high);
  claim.override =
    review.reason.trim() ||
    `${TODO}: say why ${formatInterval(review.low, review.high)} (the extractor read ${was})`;
}

/** The pasted text as the dataset stores it: its sha256 and the day it was pasted. */
export interface PastedText {
  /** sha256 of the text's UTF-8 bytes, lower-case hex; empty until it is computed. */
  sha256: string;
  /** YYYY-MM-DD. */
  retrieved: string;
}

/** A source entry as the editor builds it: the extractor's draft and its stored text. */
export type EditorSource = DraftSource & { text: StoredText | { [key: string]: string } };

/** Where the editor's pasted text is to be saved: `data/texts/<file>`. */
export function textPathOf(source: { id: string; document: string | null }): string {
  return `${TEXTS_DIR}/${textFileOf(source)}`;
}

/**
 * The accepted candidates, with the editor's corrections, as one source of the dataset: the
 * object to save as `data/sources/<id>.json`, its `text` recording the pasted text (to save as
 * `data/texts/<file>`, see `textPathOf`). Rejected and undecided candidates are left out.
 */
export function buildSource(
  reviews: readonly Review[],
  meta: SourceMeta,
  pasted: PastedText = { sha256: '', retrieved: '' },
): EditorSource {
  const accepted = reviews.filter((review) => review.decision === 'accepted');
  const date = meta.date.trim();
  const url = meta.url.trim();
  const source = toDatasetSource(
    accepted.map((review) => ({
      ...review.candidate,
      region: review.region,
      // toDatasetSource names claims by kind; a position is a kind the extractor never gives.
      kind: review.kind as Candidate['kind'],
    })),
    {
      outlet: meta.outlet.trim() || null,
      date: date || null,
      url: url || null,
      document: meta.document.trim() || null,
      language: meta.language.trim() || 'en',
    },
  );
  const id = meta.id.trim() || SOURCE_PLACEHOLDER;
  source.id = id;
  source.relays = meta.relays
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (date) {
    source.date.inferred = meta.dateInferred;
    source.date.basis = meta.dateBasis.trim() || DEFAULT_DATE_BASIS;
  }
  source.claims.forEach((claim, i) => {
    const review = accepted[i];
    if (!review) return;
    claim.id = `${id}/${claim.id.slice(claim.id.indexOf('/') + 1)}`;
    claim.speaker = {
      name: review.speakerName.trim() || meta.speakerName.trim() || TODO,
      category: review.speakerCategory || meta.speakerCategory || TODO,
    };
    applyReading(claim, review);
  });
  const { claims, ...fields } = source;
  const text = {
    extent: 'full',
    sha256: pasted.sha256 || TODO,
    retrieved: pasted.retrieved || TODO,
    basis: `The text as pasted into the editor; saved as ${textPathOf(source)}. Say "excerpt" in extent (and where it came from here) when it is not the whole text.`,
  };
  return { ...fields, text, claims };
}

/** The source as the dataset's files hold it: two-space JSON with a final newline. */
export function sourceJson(source: EditorSource): string {
  return `${JSON.stringify(source, null, 2)}\n`;
}

/** The fix for a placeholder still in a field (`validate_todo_*` in the catalogs). */
const TODO_FIXES: Record<string, string> = {
  'speaker.name': 'name who makes the claim, as the text names them',
  'speaker.category': 'choose the speaker’s category',
  'date.value': 'give the publication date as YYYY-MM-DD, YYYY-MM or YYYY',
  'date.basis': 'say how the date is known, e.g. "Stated in the text"',
  'text.sha256': 'paste a text and extract: its sha256 is filled in',
  'text.retrieved': 'give the day the text was gathered as YYYY-MM-DD',
  asOf: 'give the date the figure describes (the publication date when the text gives none)',
  override: 'give the reason the interval differs from the reading rule',
};

/** String fields still holding a TODO placeholder, as [entry, field, value]. */
function placeholders(source: EditorSource): [string, string, string][] {
  const found: [string, string, string][] = [];
  const walk = (entry: string, value: unknown, path: string) => {
    if (typeof value === 'string') {
      if (value.startsWith(TODO)) found.push([entry, path, value]);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(entry, item, `${path}[${i}]`));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (path === '' && key === 'claims') continue;
        walk(entry, item, path === '' ? key : `${path}.${key}`);
      }
    }
  };
  walk(`source "${source.id}"`, source, '');
  for (const claim of source.claims) walk(`claim "${claim.id}"`, claim, '');
  return found;
}

/**
 * Every problem with a source before it is copied: the dataset validator's messages (quotes
 * are checked against `text`, the pasted text the source is saved with), then any TODO
 * placeholder the validator accepts as text (a speaker's name, a date's basis, an override's
 * reason). Empty when the source is ready for `data/sources/`.
 */
export function checkSource(source: EditorSource, text?: string): Problem[] {
  const file = `data/sources/${source.id}.json`;
  const texts = text !== undefined ? { [textFileOf(source)]: { text } } : undefined;
  const result = validate([{ file, data: source }], texts ? { texts } : {});
  const problems: Problem[] = result.ok
    ? []
    : result.errors.map(({ message, entry, said }) => ({
        message,
        file,
        entry,
        ...(said ? { said } : {}),
      }));
  for (const [entry, field, value] of placeholders(source)) {
    const saidAlready = problems.some(
      ({ message }) =>
        message.startsWith(`${file}: ${entry}:`) &&
        (message.includes(`field "${field}"`) || message.includes(`${field} "${value}"`)),
    );
    if (saidAlready) continue;
    const fix = TODO_FIXES[field] ?? 'fill it in';
    problems.push({
      message: `${file}: ${entry}: field "${field}" still holds the placeholder "${value}"; ${fix}`,
      file,
      entry,
      said: {
        problem: { code: 'placeholder', values: { field, value } },
        fix: { code: field in TODO_FIXES ? `todo-${field}` : 'todo-other' },
      },
    });
  }
  return problems;
}
