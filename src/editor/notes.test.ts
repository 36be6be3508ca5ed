/**
 * The extractor's notes rendered in each language: English as the CLI prints it (the sentences
 * the extractor wrote before notes were data), Ukrainian from the catalog, with the text's own
 * words kept verbatim and numbers and region names in Ukrainian.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FigureValue } from '../extract/figures.ts';
import { note, noteText, type Note, type NoteKind } from '../extract/notes.ts';
import { setLang } from '../i18n/lang.ts';
import { readerNote } from './notes.ts';

const nbsp = '\u00a0';
const km2 = (amount: number): Extract<FigureValue, { type: 'area' }> => ({
  type: 'area',
  amount,
  unit: 'km2',
  km2: amount,
  qualifier: null,
});
const mi2: Extract<FigureValue, { type: 'area' }> = {
  type: 'area',
  amount: 34_750,
  unit: 'mi2',
  km2: 90_002.1,
  qualifier: null,
};

/** Every kind of note, with what it reads in English and in Ukrainian. */
const CASES: Record<NoteKind, [Note, string, string][]> = {
  'read-as': [
    [
      note.readAs(' вісімдесят відсотків ', '80%'),
      'read "вісімдесят відсотків" as "80%"',
      '«вісімдесят відсотків» прочитано як «80%»',
    ],
  ],
  'read-by-rule': [
    [
      note.readByRule('майже вся', 'almost-all', 'almost all'),
      'read "майже вся" by the "almost-all" rule, as "almost all"',
      '«майже вся» прочитано за правилом «Майже вся», як «almost all»',
    ],
  ],
  'rounded-area': [
    [
      note.roundedArea(),
      'a rounded area: its share read as 2.5 points either side',
      'площу подано округлено, тож частку прочитано з допуском 2,5 пункту в обидва боки',
    ],
  ],
  'converted-area': [
    [
      note.convertedArea(km2(17_804), 'UA-14', 67.14),
      "converted 17,804 km² with Donetsk's official area 26,517 km² (67.14%)",
      `17${nbsp}804 км² переведено в частку за офіційною площею (Донецька область — 26${nbsp}517 км²): 67,14${nbsp}%`,
    ],
  ],
  anaphor: [
    [
      note.anaphor('the territory', 'UA-65', 'sentence'),
      'read "the territory" as Kherson, named earlier in the sentence',
      '«the territory» прочитано як Херсонська область: цю назву вжито раніше в реченні',
    ],
    [
      note.anaphor('the country', 'UA', 'text'),
      'read "the country" as Ukraine, named earlier in the text',
      '«the country» прочитано як Україна: цю назву вжито раніше в тексті',
    ],
  ],
  'anaphor-context': [
    [
      note.anaphorContext(
        'області',
        'UA-09',
        note.regionFromContext('UA-09', 'Луганщини', { start: 0, end: 57 }),
      ),
      'read "області" as Luhansk: region read from context: Luhansk, named in "Луганщини" (sentence at 0–57)',
      '«області» прочитано як Луганська область: регіон узято з контексту: Луганська область (у тексті — «Луганщини», речення на позиціях 0–57)',
    ],
  ],
  'clause-context': [
    [
      note.clauseContext('UA-09'),
      'the clause names no region: took Luhansk, named earlier in the sentence',
      'у цій частині речення регіон не названо: узято той, що названий раніше в реченні, — Луганська область',
    ],
  ],
  'sentence-context': [
    [
      note.sentenceContext('UA-40'),
      'the sentence names no region: took Sevastopol, named earlier in the text',
      'у реченні регіон не названо: узято той, що названий раніше в тексті, — м. Севастополь',
    ],
  ],
  'region-from-context': [
    [
      note.regionFromContext('crimea', 'Криму', undefined),
      'region read from context: Crimea and Sevastopol, named in "Криму"',
      'регіон узято з контексту: Автономна Республіка Крим і м. Севастополь (у тексті — «Криму»)',
    ],
  ],
  'country-sized-area': [
    [
      note.countrySizedArea(),
      'no region named and the area is larger than any oblast: read as a share of Ukraine',
      'регіон не названо, а площа більша за будь-яку область, тож її прочитано як частку всієї України',
    ],
  ],
  'this-sentence-before': [
    [
      note.thisSentenceBefore(),
      '"this" stands for the sentence before: read with its control word',
      '«це» відсилає до попереднього речення: прочитано з його словом про контроль',
    ],
  ],
  'lead-cue': [
    [
      note.leadCue(),
      'no control word in the sentence: read with the one before it',
      'у реченні немає слова про контроль: прочитано з тим, що в попередньому',
    ],
  ],
  respectively: [
    [
      note.respectively(),
      'paired with its region by "respectively"',
      'пов’язано зі своїм регіоном за словом «відповідно»',
    ],
  ],
  'demand-rest': [
    [
      note.demandRest(),
      'a demand for the rest of the region: read as all of it',
      'вимога віддати решту регіону: прочитано як увесь регіон',
    ],
  ],
  complement: [
    [
      note.complement(' 32.8% ', false),
      'read as the complement of "32.8%" under Ukrainian control',
      'прочитано як решту регіону: «32.8%» — під контролем України',
    ],
    [
      note.complement('около 30%', true),
      'read as the complement of "около 30%", which the text says Ukraine holds',
      'прочитано як решту регіону: за текстом, «около 30%» утримує Україна',
    ],
  ],
  'same-figure': [
    [
      note.sameFigure(mi2, 'UA', 14.91),
      "the text gives the same figure as 34,750 sq mi (90,002 km²) (14.91% of Ukraine's official area 603,628 km²)",
      `текст подає ту саму цифру ще й як 34${nbsp}750 кв. миль (90${nbsp}002 км²) (14,91${nbsp}% офіційної площі: Україна — 603${nbsp}628 км²)`,
    ],
    [
      note.sameFigure(km2(17_804), 'UA-14', null),
      'the text gives the same figure as 17,804 km²',
      `текст подає ту саму цифру ще й як 17${nbsp}804 км²`,
    ],
    [
      note.sameFigure(
        { type: 'percent', low: 77.5, high: 82.5, range: true, qualifier: null },
        'UA-14',
        null,
      ),
      'the text gives the same figure as 77.5–82.5%',
      `текст подає ту саму цифру ще й як 77,5–82,5${nbsp}%`,
    ],
    [
      note.sameFigure({ type: 'fraction', num: 1, den: 5, qualifier: null }, 'UA', null),
      'the text gives the same figure as 1/5',
      'текст подає ту саму цифру ще й як 1/5',
    ],
    [
      note.sameFigure({ type: 'words', cls: 'almost-all', adverb: false, needs: 'of' }, 'UA', null),
      'the text gives the same figure as almost-all',
      'текст подає ту саму цифру ще й як «Майже вся»',
    ],
  ],
  'named-no-figure': [
    [
      note.namedNoFigure('including'),
      'read "including" as a region named with no figure: all of it',
      '«including» прочитано як назву регіону без цифри: увесь регіон',
    ],
  ],
  named: [
    [
      note.named('Луганська область', 'included'),
      '"Луганська область" named as included in what is held, with no figure: all of it',
      '«Луганська область» — у переліку утримуваного, цифри немає: увесь регіон',
    ],
    [
      note.named('Крим', 'held'),
      '"Крим" named as held with no figure: all of it',
      '«Крим»: за текстом, утримується, цифри немає: увесь регіон',
    ],
    [
      note.named('Херсонщину', 'claimed'),
      '"Херсонщину" named as claimed with no figure: all of it',
      '«Херсонщину» — у переліку того, на що Росія претендує, цифри немає: увесь регіон',
    ],
    [
      note.named('Запоріжжя', 'partly'),
      '"Запоріжжя" named as partly held, with no figure',
      '«Запоріжжя»: за текстом, утримується частково, цифри немає',
    ],
  ],
};
const rows = Object.values(CASES).flat();

/** The text's own words a note carries, which every language shows as the text has them. */
function verbatim(n: Note): string[] {
  switch (n.kind) {
    case 'read-as':
    case 'read-by-rule':
      return [n.raw];
    case 'anaphor':
    case 'anaphor-context':
      return [n.phrase];
    case 'region-from-context':
      return [n.named];
    case 'complement':
      return [n.wording];
    case 'named-no-figure':
      return [n.wording];
    case 'named':
      return [n.name];
    default:
      return [];
  }
}

afterEach(() => setLang('en'));

describe('extractor notes', () => {
  it.each(rows)('%j reads in English as the CLI prints it', (n, english) => {
    expect(noteText(n)).toBe(english);
    setLang('en');
    expect(readerNote(n)).toBe(english);
  });

  it.each(rows)('%j reads in Ukrainian from the catalog', (n, _english, ukrainian) => {
    setLang('uk');
    expect(readerNote(n)).toBe(ukrainian);
  });

  it('keeps the text’s own words verbatim in both languages', () => {
    for (const [n, english, ukrainian] of rows) {
      for (const words of verbatim(n)) {
        expect(english).toContain(`"${words}"`);
        expect(ukrainian).toContain(`«${words}»`);
      }
    }
  });

  it('has a case for every kind, and none of them English in Ukrainian', () => {
    const kinds = new Set(rows.map(([n]) => n.kind));
    expect([...kinds].sort()).toEqual(Object.keys(CASES).sort());
    for (const [n, english, ukrainian] of rows) {
      expect(ukrainian, n.kind).not.toBe(english);
      // English words left in the Ukrainian are only the values the note carries.
      let rest = ukrainian;
      for (const words of verbatim(n)) rest = rest.replace(words, '');
      rest = rest.replace('«almost all»', '');
      expect(rest, n.kind).not.toMatch(/\b(?:read|named|region|the|as|of|with|figure)\b/);
    }
  });

  it('survives a structured clone, as the worker sends it', () => {
    const [n, english] = CASES['anaphor-context'][0]!;
    expect(noteText(structuredClone(n))).toBe(english);
  });
});
