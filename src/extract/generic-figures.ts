/**
 * Figures in a text in any of the languages of languages.ts: percentages with the
 * language's decimal mark ("19,25 %"), ranges ("83–85 %"), areas ("26,3 тис. кв. км"),
 * numbers and fractions in words, qualitative words; and the compiled word tables
 * (cues, negation, gains, sizes…) the linker reads them with. Pure: no DOM, no Node APIs.
 */
import type { FigureValue, Qualifier, WordsClass } from './figures.ts';
import {
  AREA_UNIT,
  WORDS,
  numberSeparators,
  type Language,
  type LanguageWords,
} from './languages.ts';

export type Lang = Exclude<Language, 'en'>;

export interface GFigure {
  start: number;
  end: number;
  value: FigureValue;
  alternatives: FigureValue[];
  ends: number[];
  wordStart: number;
  wordEnd: number;
}

export interface GCue {
  type: 'control' | 'inverse' | 'claim' | 'demand';
  start: number;
  end: number;
}

const F = 'giu';

export interface Compiled {
  w: LanguageWords;
  decimal: string;
  qualifier: RegExp;
  /** An approximator right after a figure ("il 70% circa della regione"). */
  aboutAfter: RegExp;
  range: RegExp;
  area: RegExp;
  areaThousands: RegExp;
  percent: RegExp;
  wordPercent: RegExp;
  fractions: [RegExp, number, number][];
  words: [RegExp, WordsClass][];
  cues: [RegExp, GCue['type']][];
  negation: RegExp;
  aspiration: RegExp;
  change: RegExp;
  size: RegExp;
  distractor: RegExp;
  clauseBreak: RegExp;
  respectively: RegExp;
  vagueOrPartly: RegExp;
  /** A vague part word on its own ("частину", "une partie"). */
  vagueWord: RegExp;
}

export const compiled = new Map<Lang, Compiled>();

const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const NUM = String.raw`\d+(?:[.,]\d+)?`;
const AREA_NUM = String.raw`\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;

export function compile(lang: Lang): Compiled {
  const done = compiled.get(lang);
  if (done) return done;
  const w = WORDS[lang];
  const qual = `${w.about}|${w.nearly}|${w.moreThan}|${w.lessThan}`;
  const Q = String.raw`(?:${B}(${qual})\s*(?:(?:il|el|le|la|l['’]|der|die|das)\s*)?)?`;
  const numberWords = w.numbers.map(([word]) => word).join('|');
  const c: Compiled = {
    w,
    decimal: numberSeparators(lang).decimal,
    qualifier: new RegExp(String.raw`^(?:${qual})$`, 'iu'),
    aboutAfter: new RegExp(String.raw`^[ \u00a0]+(?:${w.aboutAfter})(?![\p{L}])`, 'iu'),
    range: new RegExp(
      String.raw`${Q}(?:${B}(${w.between})\s+)?(${NUM})(?:${w.percent})?\s*(${w.rangeJoin})\s*(?:(?:il|el|l['’])\s+)?(${NUM})${w.percent}${E}`,
      F,
    ),
    area: new RegExp(
      String.raw`${Q}(?<![\d.,])(${AREA_NUM})(?:\s*(${w.thousand}|thousand|тис\.?|тыс\.?|tys\.?|ألف)(?:\s+(\d{3}))?)?\s*${AREA_UNIT}`,
      F,
    ),
    areaThousands: new RegExp(
      String.raw`^(?:${w.thousand}|thousand|тис\.?|тыс\.?|tys\.?|ألف)$`,
      'iu',
    ),
    percent: new RegExp(String.raw`${Q}(?<![\d.,])(${NUM})${w.percent}${E}`, F),
    wordPercent: new RegExp(
      numberWords ? String.raw`${Q}${B}(${numberWords})${w.percent}${E}` : '(?!)',
      F,
    ),
    fractions: w.fractions.map(([re, n, d]) => [
      new RegExp(String.raw`${Q}${B}(?:${re})${E}`, F),
      n,
      d,
    ]),
    words: [
      [new RegExp(String.raw`${B}(?:${w.almostAll})${E}`, F), 'almost-all'],
      [new RegExp(String.raw`${B}(?:${w.vastMajority})${E}`, F), 'vast-majority'],
      [new RegExp(String.raw`${B}(?:${w.most})${E}`, F), 'most'],
      [new RegExp(String.raw`${B}(?:${w.all})${E}`, F), 'all'],
      [new RegExp(String.raw`${B}(?:${w.vague})${E}`, F), 'vague'],
    ],
    cues: [
      [new RegExp(String.raw`${B}(?:${w.inverse})${E}`, F), 'inverse'],
      [new RegExp(String.raw`${B}(?:${w.claim})${E}`, F), 'claim'],
      [new RegExp(String.raw`${B}(?:${w.demand})${E}`, F), 'demand'],
      [new RegExp(String.raw`${B}(?:${w.control})${E}`, F), 'control'],
    ],
    negation: new RegExp(String.raw`${B}(?:${w.negation})${E}`, 'iu'),
    aspiration: new RegExp(String.raw`${B}(?:${w.aspiration})${E}`, 'iu'),
    change: new RegExp(String.raw`${B}(?:${w.change})`, 'iu'),
    size: new RegExp(String.raw`${B}(?:${w.size})`, 'iu'),
    distractor: new RegExp(String.raw`${B}(?:${w.distractor})${E}`, 'iu'),
    clauseBreak: new RegExp(String.raw`;|\s(?:${w.clauseBreak})\s`, 'giu'),
    vagueOrPartly: new RegExp(String.raw`${B}(?:${w.vague}|${w.partly})`, 'iu'),
    vagueWord: new RegExp(String.raw`(?<![\p{L}])(?:${w.vague})(?![\p{L}])`, 'iu'),
    respectively:
      /^\s*(?:відповідно|соответственно|odpowiednio|respectivement|beziehungsweise|jeweils|rispettivamente|respectivamente|respectively|على\s+التوالي)/iu,
  };
  compiled.set(lang, c);
  return c;
}

function qualifierOf(c: Compiled, words: string | undefined): Qualifier | null {
  if (!words) return null;
  const q = words.trim();
  const test = (alts: string) => new RegExp(String.raw`^(?:${alts})$`, 'iu').test(q);
  if (test(c.w.lessThan)) return 'less-than';
  if (test(c.w.moreThan)) return 'more-than';
  if (test(c.w.nearly)) return 'nearly';
  if (test(c.w.about)) return 'about';
  return null;
}

function parsePercent(token: string): number {
  return Number(token.replace(',', '.'));
}

/**
 * An area's number: a mark before exactly three digits groups thousands ("116 165",
 * "125.000", "26,3 тис." is a decimal before a thousands word); otherwise the mark is a
 * decimal one, as the language writes it (Intl.NumberFormat) or the other mark.
 */
function parseArea(token: string, thousandsWord: boolean, decimal: string): number {
  const t = token.replace(/[\s\u00a0\u202f]/g, ' ');
  const groups = /^\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+$/.test(t);
  if (groups && !thousandsWord) return Number(t.replace(/[ \u00a0\u202f.,]/g, ''));
  if (groups && thousandsWord && !/[.,]/.test(t)) return Number(t.replace(/\s/g, ''));
  // Both marks ("1.234,5", "1,234.5"): the language's decimal mark is the decimal one.
  const both = t.includes(',') && t.includes('.');
  const last =
    both && (decimal === ',' || decimal === '.')
      ? t.lastIndexOf(decimal)
      : Math.max(t.lastIndexOf(','), t.lastIndexOf('.'));
  if (last === -1) return Number(t.replace(/\s/g, ''));
  const intPart = t.slice(0, last).replace(/[\s.,]/g, '');
  return Number(`${intPart}.${t.slice(last + 1).replace(/[\s.,]/g, '')}`);
}

/** "to" words that are also "up to" qualifiers ("до", "do", "bis", "hasta", "fino al"). */
const TO_WORD = /^(?:до|do|bis|jusqu['’]à|hasta\s+el|fino\s+al)$/iu;
/** Before a "to" word: "from" and a figure ("з 94%", "od 94 proc.", "von 94 Prozent"). */
const FROM_FIGURE =
  /(?:^|[\s(])(?:з|із|с|від|от|z|ze|od|von|de|du|da|dal|del)\s+(?:\p{L}+\s+)?\d+(?:[.,]\d+)?\s*(?:%|٪|\p{L}+\.?)?\s*$/iu;

export function findGenericFigures(c: Compiled, text: string, lang: Lang): GFigure[] {
  const found: GFigure[] = [];
  const add = (start: number, end: number, value: FigureValue) => {
    if (found.some((f) => start < f.end && f.start < end)) return;
    found.push({
      start,
      end,
      value,
      alternatives: [],
      ends: [end],
      wordStart: start,
      wordEnd: end,
    });
  };
  const re = (r: RegExp) => {
    r.lastIndex = 0;
    return text.matchAll(r);
  };
  // "il 70% circa della regione", "60 % environ de l'oblast": an approximator after a figure
  // is part of its wording, and its qualifier when none stands before it.
  const approx = (end: number, qualifier: Qualifier | null): [number, Qualifier | null] => {
    const m = c.aboutAfter.exec(text.slice(end, end + 30));
    return m ? [end + m[0].length, qualifier ?? 'about'] : [end, qualifier];
  };
  for (const m of re(c.range)) {
    const [, qual, between, a, join, b] = m;
    const low = parsePercent(a ?? '');
    const high = parsePercent(b ?? '');
    if (!(low < high) || high > 100) continue;
    if (/^\p{L}/u.test(join ?? '') && !between) continue;
    // A range joined by a word ("до", "à", "bis") only after "between" ("entre", "od", "від"):
    // "с 25% до 15–17%" is two figures. A qualifier before a range does not widen it.
    void qual;
    add(m.index, m.index + m[0].length, {
      type: 'percent',
      low,
      high,
      range: true,
      qualifier: null,
    });
  }
  for (const m of re(c.area)) {
    const [, qual, digits, thousands, extra] = m;
    const tw = thousands !== undefined && c.areaThousands.test(thousands.trim());
    let amount = parseArea(digits ?? '', tw, c.decimal);
    if (tw) amount = amount * 1000 + (extra ? Number(extra) : 0);
    if (!Number.isFinite(amount) || amount <= 0) continue;
    add(m.index, m.index + m[0].length, {
      type: 'area',
      km2: amount,
      amount,
      unit: 'km2',
      qualifier: qualifierOf(c, qual),
    });
  }
  for (const m of re(c.percent)) {
    const v = parsePercent(m[2] ?? '');
    if (!(v >= 0 && v <= 100)) continue;
    // "зросла з 94% до 99%": "до" after "from X" is "to" (a figure of its own), not "up to".
    const to =
      TO_WORD.test((m[1] ?? '').trim()) &&
      FROM_FIGURE.test(text.slice(Math.max(0, m.index - 40), m.index));
    const [end, qualifier] = approx(m.index + m[0].length, to ? null : qualifierOf(c, m[1]));
    add(m.index, end, { type: 'percent', low: v, high: v, range: false, qualifier });
  }
  for (const m of re(c.wordPercent)) {
    // Each word is a pattern ("п['’]ятдесят", "сімдесят|сімдесяти", "quatre-vingts?").
    const v = c.w.numbers.find(([w]) => new RegExp(`^(?:${w})$`, 'iu').test(m[2] ?? ''))?.[1];
    if (v === undefined) continue;
    const [end, qualifier] = approx(m.index + m[0].length, qualifierOf(c, m[1]));
    add(m.index, end, { type: 'percent', low: v, high: v, range: false, qualifier });
  }
  for (const [r, num, den] of c.fractions) {
    for (const m of re(r)) {
      const [end, qualifier] = approx(m.index + m[0].length, qualifierOf(c, m[1]));
      add(m.index, end, { type: 'fraction', num, den, qualifier });
    }
  }
  for (const [r, cls] of c.words) {
    for (const m of re(r)) {
      add(m.index, m.index + m[0].length, {
        type: 'words',
        cls,
        adverb: false,
        needs: 'of-or-adjective',
      });
    }
  }
  void lang;
  found.sort((a, b) => a.start - b.start);
  return found;
}

const ALT_JOIN =
  /^[\s"”»'’]*(?:[^\d;:!?()]{0,60}?)[\s,]*(?:або\s+ж|або|или|lub|ou|oder|\(soit\)|soit|es\s+decir|cioè|ovvero|or|i\.e\.|що\s+(?:складає|становить)|что\s+составляет|co\s+stanowi|أو\s+ما\s+يعادل|أو|\()\s*(?:\(soit\)\s*)?$/iu;

function rank(v: FigureValue): number {
  return v.type === 'percent' ? 0 : v.type === 'fraction' ? 1 : v.type === 'area' ? 2 : 3;
}

/** "26,3 тис. кв. км або 98%", "116 тис 165 кв км …, що складає 19,25%": one figure. */
export function mergeAlternatives(
  figs: GFigure[],
  text: string,
  offset: number,
  mentionIn: (s: number, e: number) => boolean,
): GFigure[] {
  const out: GFigure[] = [];
  for (const f of figs) {
    const prev = out.at(-1);
    if (
      prev &&
      prev.value.type !== 'words' &&
      f.value.type !== 'words' &&
      (prev.value.type === 'area') !== (f.value.type === 'area') &&
      ALT_JOIN.test(text.slice(prev.end - offset, f.start - offset)) &&
      !mentionIn(prev.end, f.start)
    ) {
      const [primary, secondary] = rank(f.value) < rank(prev.value) ? [f, prev] : [prev, f];
      out[out.length - 1] = {
        start: prev.start,
        end: f.end,
        value: primary.value,
        alternatives: [secondary.value],
        ends: [...prev.ends, f.end],
        wordStart: primary.wordStart,
        wordEnd: primary.wordEnd,
      };
      continue;
    }
    out.push(f);
  }
  return out;
}

// ——— Linking ———
