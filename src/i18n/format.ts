/**
 * Dates, numbers and shares in the interface's language, through `Intl`: English "9 Nov 2025",
 * "77.5–82.5%"; Ukrainian "9 листопада 2025 р.", "77,5–82,5 %". The dataset's own English
 * labels (`dateLabel`, the export) are left as they are; the page formats from the raw values.
 * Pure: no DOM.
 */
import { formatIsoDate } from '../claims/text.ts';
import {
  claimRegionName,
  regionNameIn,
  type ClaimRegionId,
  type RegionOrGroupId,
} from '../geo/regions.ts';
import { lang, m, type Lang } from './lang.ts';

/** "21 Oct 2025" / "21 жовтня 2025 р.", "Jan 2026" / "січень 2026 р.", "2025". */
export function dateText(value: string): string {
  return formatIsoDate(value, lang());
}

/**
 * A month on a time axis, short and without its year (January's tick gives the year): "Jul",
 * "лип." — a whole "липень 2022 р." is wider than the ticks are apart.
 */
export function axisMonthText(month: string): string {
  return new Intl.DateTimeFormat(lang(), { month: 'short', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/** A source's date as a reader sees it: "c. 9 Nov 2025", "on or after 9 Nov 2025"… */
export function sourceDateText(source: {
  date: string;
  datePrecision?: 'year' | 'month' | 'day';
  dateInferred: boolean;
  dateQualifier?: 'on-or-after' | 'approx' | null;
}): string {
  const keep = source.datePrecision === 'year' ? 1 : source.datePrecision === 'month' ? 2 : 3;
  const date = dateText(source.date.split('-').slice(0, keep).join('-'));
  if (source.dateQualifier === 'on-or-after') return m.date_on_or_after({ date });
  if (source.dateInferred || source.dateQualifier === 'approx') return m.date_circa({ date });
  return date;
}

/**
 * A source's name as readers see it, in the language: its outlet, or for a text that names none
 * what the text supports: "Unnamed outlet, relaying Reuters and RIA Novosti, on or after 9 Nov
 * 2025" / "Неназване видання, що передає Reuters і RIA Novosti, не раніше 9 листопада 2025 р.".
 * In English, the export's `source.name` (`sourceName` in src/claims/export.ts).
 */
export function sourceNameText(source: {
  outlet: string | null;
  relays: readonly string[];
  date: string;
  datePrecision?: 'year' | 'month' | 'day';
  dateInferred: boolean;
  dateQualifier?: 'on-or-after' | 'approx' | null;
}): string {
  if (source.outlet !== null) return source.outlet;
  const date = sourceDateText(source);
  return source.relays.length > 0
    ? m.source_unnamed_relaying({ relays: source.relays.join(m.names_and()), date })
    : m.source_unnamed({ date });
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(language: string): Intl.NumberFormat {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    numberFormats.set(language, format);
  }
  return format;
}

/** A number in the language: "77.5" / "77,5", "125,000" / "125 000". */
export function numberText(value: number): string {
  return numberFormat(lang()).format(value);
}

/**
 * The space a language's typography puts between a number and its percent sign where `Intl`
 * puts none. Ukrainian writes "19,25 %" (ДСТУ 8302 and the usual style guides), but `Intl`'s uk
 * locale gives "19,25%": a no-break space (U+00A0), so the sign never wraps onto a line of its
 * own. U+00A0 rather than the narrow U+202F: every font the page and the images use has it
 * (resvg and older system fonts draw U+202F as a box or a full space), and screen readers read
 * both as a pause. A language with no entry keeps `Intl`'s own spacing (English "19.25%").
 */
export const PERCENT_SPACE: Readonly<Partial<Record<Lang, string>>> = { uk: '\u00a0' };

/** The language's percent sign and where it goes, read from `Intl` once per language. */
const percentForms = new Map<string, { before: string; after: string }>();
function percentForm(language: Lang): { before: string; after: string } {
  let form = percentForms.get(language);
  if (!form) {
    const parts = new Intl.NumberFormat(language, { style: 'percent' }).formatToParts(0.5);
    const at = parts.findIndex((p) => p.type === 'integer');
    const join = (list: Intl.NumberFormatPart[]) => list.map((p) => p.value).join('');
    form = { before: join(parts.slice(0, at)), after: join(parts.slice(at + 1)) };
    const space = PERCENT_SPACE[language];
    // Only where Intl writes the sign straight after the number ("50%"), never twice.
    if (space && form.after.startsWith('%')) form.after = space + form.after;
    percentForms.set(language, form);
  }
  return form;
}

/** A percentage: "19.25%" / "19,25 %" (the no-break space of PERCENT_SPACE in Ukrainian). */
export function percentText(value: number): string {
  const { before, after } = percentForm(lang());
  return `${before}${numberText(value)}${after}`;
}

/**
 * A share for screen readers and prose, the number and the sign apart: "19.25 %", "77.5–82.5 %"
 * ("19,25 %" in Ukrainian, with its no-break space, as `percentText` writes it).
 */
export function spokenShare(low: number, high: number = low): string {
  const space = PERCENT_SPACE[lang()] ?? ' ';
  const number = low === high ? numberText(low) : `${numberText(low)}–${numberText(high)}`;
  return `${number}${space}%`;
}

/** A share interval: "77.5–82.5%", "100%", or "no figure" (in the language). */
export function shareText(low: number | null, high: number | null): string {
  if (low === null || high === null) return m.no_figure();
  if (low === high) return percentText(low);
  const { before, after } = percentForm(lang());
  return `${before}${numberText(low)}–${numberText(high)}${after}`;
}

/** A unit's or group's name in the interface's language (the one region table's names). */
export function regionText(id: RegionOrGroupId, form: 'short' | 'full' = 'short'): string {
  return regionNameIn(id, lang(), form);
}

/** A claim region's name in the interface's language: "Donetsk" / "Донецька"… */
export function claimRegionText(id: ClaimRegionId, form: 'short' | 'full' = 'short'): string {
  return claimRegionName(id, lang(), form);
}

const fixedFormats = new Map<string, Intl.NumberFormat>();
/** A number with one decimal, in the language: "78.5", "100.0" / "78,5", "100,0". */
export function fixedText(value: number): string {
  const language = lang();
  let format = fixedFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    fixedFormats.set(language, format);
  }
  return format.format(value);
}

/** A measured share with one decimal: "78.5%" / "78,5 %". */
export function fixedPercentText(value: number): string {
  const { before, after } = percentForm(lang());
  return `${before}${fixedText(value)}${after}`;
}
