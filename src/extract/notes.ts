/**
 * The extractor's notes on how it read a candidate, as data: a kind of its own (one message of
 * the catalogs, `note_*` in messages/{lang}.json) and its values. The text's own words (a
 * wording, a phrase, a name) are values kept verbatim, in the text's language; numbers and
 * region ids are kept raw so each language formats them. `noteText` renders a note: in English
 * (the default) for the CLI, the evaluation and the dataset's `override`, in the reader's
 * language for the editor (given a `NoteFormat` for it).
 *
 * Pure: no DOM, no Node APIs (the catalog's messages are plain functions).
 */
import type { RuleId } from '../claims/reading.ts';
import { m } from '../i18n/paraglide/messages.js';
import { officialAreaKm2, regionName, type RegionOrGroupId } from '../geo/regions.ts';
import type { FigureValue, WordsClass } from './figures.ts';
import { formatNumber, formatThousands } from './numbers.ts';

/** An area as the text gives it: its amount in its unit, and in km². */
export interface NoteArea {
  amount: number;
  unit: 'km2' | 'mi2';
  km2: number;
}

/** Another way the text gives the same figure. */
export type NoteFigure =
  | { type: 'area'; area: NoteArea; region: RegionOrGroupId; share: number | null }
  | { type: 'percent'; low: number; high: number }
  | { type: 'fraction'; num: number; den: number }
  | { type: 'words'; cls: WordsClass };

export type Note =
  /** The text's wording read in the dataset's words ("eighty percent" as "80%"). */
  | { kind: 'read-as'; raw: string; words: string }
  /** Qualitative words read by a rule's canonical words. */
  | { kind: 'read-by-rule'; raw: string; rule: RuleId; words: string }
  | { kind: 'rounded-area' }
  /** An area converted into a share of the region's official area. */
  | { kind: 'converted-area'; area: NoteArea; region: RegionOrGroupId; share: number }
  /** "the region" read as a place named earlier in the sentence or the text. */
  | { kind: 'anaphor'; phrase: string; region: RegionOrGroupId; where: 'sentence' | 'text' }
  /** As `anaphor`, with the note that says where the place came from. */
  | { kind: 'anaphor-context'; phrase: string; region: RegionOrGroupId; because: Note | null }
  | { kind: 'clause-context'; region: RegionOrGroupId }
  | { kind: 'sentence-context'; region: RegionOrGroupId }
  /** The region of the text before (the multilingual extractor), named as `named`. */
  | {
      kind: 'region-from-context';
      region: RegionOrGroupId;
      named: string;
      sentence: { start: number; end: number } | null;
    }
  | { kind: 'country-sized-area' }
  | { kind: 'this-sentence-before' }
  | { kind: 'lead-cue' }
  | { kind: 'respectively' }
  | { kind: 'demand-rest' }
  /** What Ukraine holds read as its complement ("under Ukrainian control" / "Ukraine holds"). */
  | { kind: 'complement'; wording: string; held: boolean }
  | { kind: 'same-figure'; figure: NoteFigure }
  /** A wording read as a region named with no figure. */
  | { kind: 'named-no-figure'; wording: string }
  /**
   * A place named with no figure: in a list of what is held (or claimed), as held, claimed,
   * or partly held.
   */
  | { kind: 'named'; name: string; as: NamedAs };

export type NamedAs = 'included' | 'included-claimed' | 'held' | 'claimed' | 'partly';

export type NoteKind = Note['kind'];

/** Constructors, one per kind, used at every site that writes a note. */
export const note = {
  readAs: (raw: string, words: string): Note => ({ kind: 'read-as', raw: raw.trim(), words }),
  readByRule: (raw: string, rule: RuleId, words: string): Note => ({
    kind: 'read-by-rule',
    raw: raw.trim(),
    rule,
    words,
  }),
  roundedArea: (): Note => ({ kind: 'rounded-area' }),
  convertedArea: (
    value: Extract<FigureValue, { type: 'area' }>,
    region: RegionOrGroupId,
    share: number,
  ): Note => ({ kind: 'converted-area', area: noteArea(value), region, share }),
  anaphor: (phrase: string, region: RegionOrGroupId, where: 'sentence' | 'text'): Note => ({
    kind: 'anaphor',
    phrase,
    region,
    where,
  }),
  anaphorContext: (phrase: string, region: RegionOrGroupId, because: Note | null): Note => ({
    kind: 'anaphor-context',
    phrase,
    region,
    because,
  }),
  clauseContext: (region: RegionOrGroupId): Note => ({ kind: 'clause-context', region }),
  sentenceContext: (region: RegionOrGroupId): Note => ({ kind: 'sentence-context', region }),
  regionFromContext: (
    region: RegionOrGroupId,
    named: string,
    sentence: { start: number; end: number } | undefined,
  ): Note => ({
    kind: 'region-from-context',
    region,
    named,
    sentence: sentence ? { start: sentence.start, end: sentence.end } : null,
  }),
  countrySizedArea: (): Note => ({ kind: 'country-sized-area' }),
  thisSentenceBefore: (): Note => ({ kind: 'this-sentence-before' }),
  leadCue: (): Note => ({ kind: 'lead-cue' }),
  respectively: (): Note => ({ kind: 'respectively' }),
  demandRest: (): Note => ({ kind: 'demand-rest' }),
  complement: (wording: string, held: boolean): Note => ({
    kind: 'complement',
    wording: wording.trim(),
    held,
  }),
  sameFigure: (value: FigureValue, region: RegionOrGroupId, share: number | null): Note => ({
    kind: 'same-figure',
    figure:
      value.type === 'area'
        ? { type: 'area', area: noteArea(value), region, share }
        : value.type === 'percent'
          ? { type: 'percent', low: value.low, high: value.high }
          : value.type === 'fraction'
            ? { type: 'fraction', num: value.num, den: value.den }
            : { type: 'words', cls: value.cls },
  }),
  namedNoFigure: (wording: string): Note => ({ kind: 'named-no-figure', wording }),
  named: (name: string, as: NamedAs): Note => ({
    kind: 'named',
    name,
    as,
  }),
};

function noteArea(value: Extract<FigureValue, { type: 'area' }>): NoteArea {
  return { amount: value.amount, unit: value.unit, km2: value.km2 };
}

/** A figure read from an area (converted into a share). */
export function isConverted(notes: readonly Note[]): boolean {
  return notes.some((n) => n.kind === 'converted-area');
}

/** How a language writes a note's numbers and names. */
export interface NoteFormat {
  /** The catalog's language. */
  locale: 'en' | 'uk';
  /** A share or a small number: "19.24" / "19,24". */
  number: (value: number) => string;
  /** An area: "116,165" / "116 165". */
  thousands: (value: number) => string;
  /** A share with its sign: "19.24%" / "19,24 %". */
  percent: (value: number) => string;
  /** A range of shares: "77.5–82.5%" / "77,5–82,5 %". */
  percentRange: (low: number, high: number) => string;
  /** A region's or group's name. */
  region: (id: RegionOrGroupId) => string;
  /** A reading rule (or a words class, which is one). */
  rule: (id: RuleId) => string;
}

/** The English of the CLI, the evaluation and the dataset's `override`. */
export const ENGLISH_NOTES: NoteFormat = {
  locale: 'en',
  number: formatNumber,
  thousands: formatThousands,
  percent: (value) => `${formatNumber(value)}%`,
  percentRange: (low, high) => `${formatNumber(low)}–${formatNumber(high)}%`,
  region: (id) => regionName(id),
  rule: (id) => id,
};

function areaText(area: NoteArea, f: NoteFormat): string {
  const options = { locale: f.locale };
  return area.unit === 'mi2'
    ? m.note_area_mi2(
        { amount: f.thousands(area.amount), km2: f.thousands(Math.round(area.km2)) },
        options,
      )
    : m.note_area_km2({ amount: f.thousands(area.amount) }, options);
}

function figureText(figure: NoteFigure, f: NoteFormat): string {
  switch (figure.type) {
    case 'area':
      return figure.share === null
        ? areaText(figure.area, f)
        : m.note_figure_area_share(
            {
              area: areaText(figure.area, f),
              share: f.percent(figure.share),
              region: f.region(figure.region),
              regionArea: f.thousands(officialAreaKm2(figure.region)),
            },
            { locale: f.locale },
          );
    case 'percent':
      return figure.low === figure.high
        ? f.percent(figure.low)
        : f.percentRange(figure.low, figure.high);
    case 'fraction':
      return `${figure.num}/${figure.den}`;
    case 'words':
      return m.note_figure_words({ rule: f.rule(figure.cls) }, { locale: f.locale });
  }
}

/** A note in a language: English by default, as the CLI prints it. */
export function noteText(n: Note, f: NoteFormat = ENGLISH_NOTES): string {
  const options = { locale: f.locale };
  switch (n.kind) {
    case 'read-as':
      return m.note_read_as({ raw: n.raw, words: n.words }, options);
    case 'read-by-rule':
      return m.note_read_by_rule({ raw: n.raw, rule: f.rule(n.rule), words: n.words }, options);
    case 'rounded-area':
      return m.note_rounded_area({}, options);
    case 'converted-area':
      return m.note_converted_area(
        {
          area: areaText(n.area, f),
          region: f.region(n.region),
          regionArea: f.thousands(officialAreaKm2(n.region)),
          share: f.percent(n.share),
        },
        options,
      );
    case 'anaphor':
      return n.where === 'sentence'
        ? m.note_anaphor_sentence({ phrase: n.phrase, region: f.region(n.region) }, options)
        : m.note_anaphor_text({ phrase: n.phrase, region: f.region(n.region) }, options);
    case 'anaphor-context':
      return m.note_anaphor_context(
        {
          phrase: n.phrase,
          region: f.region(n.region),
          because: n.because === null ? '' : noteText(n.because, f),
        },
        options,
      );
    case 'clause-context':
      return m.note_clause_context({ region: f.region(n.region) }, options);
    case 'sentence-context':
      return m.note_sentence_context({ region: f.region(n.region) }, options);
    case 'region-from-context':
      return n.sentence === null
        ? m.note_region_from_context({ region: f.region(n.region), named: n.named }, options)
        : m.note_region_from_context_at(
            {
              region: f.region(n.region),
              named: n.named,
              start: String(n.sentence.start),
              end: String(n.sentence.end),
            },
            options,
          );
    case 'country-sized-area':
      return m.note_country_sized_area({}, options);
    case 'this-sentence-before':
      return m.note_this_sentence_before({}, options);
    case 'lead-cue':
      return m.note_lead_cue({}, options);
    case 'respectively':
      return m.note_respectively({}, options);
    case 'demand-rest':
      return m.note_demand_rest({}, options);
    case 'complement':
      return n.held
        ? m.note_complement_held({ wording: n.wording }, options)
        : m.note_complement({ wording: n.wording }, options);
    case 'same-figure':
      return m.note_same_figure({ figure: figureText(n.figure, f) }, options);
    case 'named-no-figure':
      return m.note_named_no_figure({ wording: n.wording }, options);
    case 'named':
      switch (n.as) {
        case 'included':
          return m.note_named_included({ name: n.name }, options);
        case 'included-claimed':
          return m.note_named_included_claimed({ name: n.name }, options);
        case 'held':
          return m.note_named_held({ name: n.name }, options);
        case 'claimed':
          return m.note_named_claimed({ name: n.name }, options);
        case 'partly':
          return m.note_named_partly({ name: n.name }, options);
      }
  }
}
