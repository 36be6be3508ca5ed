import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatShare } from '../claims/text.ts';
import {
  axisMonthText,
  dateText,
  fixedPercentText,
  percentText,
  shareText,
  sourceDateText,
  sourceNameText,
  spokenShare,
} from './format.ts';
import { loadExport } from '../claims/load.ts';
import { buildViews } from '../views/views.ts';
import { datedLabel, viewDate } from '../app/view-model.ts';
import { shareScale } from '../render/svg-image.ts';
import { langFromQuery, preferredLang, setLang, type Lang } from './lang.ts';
import { shortValue } from '../app/present.ts';

afterEach(() => setLang('en'));

const source = (date: string, extra: Partial<Parameters<typeof sourceDateText>[0]> = {}) => ({
  date,
  datePrecision: (date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year') as
    'day' | 'month' | 'year',
  dateInferred: false,
  dateQualifier: null,
  ...extra,
});

describe('axisMonthText', () => {
  it('names a month short and without its year, in the interface language', () => {
    expect(axisMonthText('2022-07')).toBe('Jul');
    setLang('uk');
    expect(axisMonthText('2022-07')).toBe('лип.');
    expect(axisMonthText('2023-10')).toBe('жовт.');
  });
});

describe('formats in the interface language', () => {
  it.each<[Lang, string, string]>([
    ['en', '2025-11-09', '9 Nov 2025'],
    ['en', '2025-09-01', '1 Sep 2025'],
    ['en', '2026-01', 'Jan 2026'],
    ['en', '2025', '2025'],
    ['uk', '2025-11-09', '9 листопада 2025 р.'],
    ['uk', '2026-01', 'січень 2026 р.'],
    ['uk', '2025', '2025'],
  ])('%s: %s → %s', (lang, value, expected) => {
    setLang(lang);
    expect(dateText(value)).toBe(expected);
  });

  it('writes English source dates as the export does', () => {
    for (const [date, extra] of [
      ['2025-11-09', { dateQualifier: 'on-or-after' }],
      ['2025-11-09', { dateInferred: true }],
      ['2026-01', {}],
      ['2025', { dateQualifier: 'approx' }],
    ] as const) {
      const s = source(date, extra);
      expect(sourceDateText(s)).toBe(
        formatDate({
          value: date,
          precision: s.datePrecision,
          inferred: s.dateInferred,
          qualifier: s.dateQualifier ?? undefined,
        }),
      );
    }
  });

  it('writes Ukrainian source dates with their qualifier', () => {
    setLang('uk');
    expect(sourceDateText(source('2025-11-09', { dateQualifier: 'on-or-after' }))).toBe(
      'не раніше 9 листопада 2025 р.',
    );
    expect(sourceDateText(source('2025-11-09', { dateInferred: true }))).toBe(
      'бл. 9 листопада 2025 р.',
    );
  });

  it('writes shares with the language decimal separator', () => {
    expect(shareText(77.5, 82.5)).toBe(formatShare(77.5, 82.5));
    expect(shareText(null, null)).toBe(formatShare(null, null));
    expect(percentText(19.25)).toBe('19.25%');
    setLang('uk');
    // Ukrainian typography: a no-break space before the sign, which Intl's uk locale leaves out.
    expect(new Intl.NumberFormat('uk', { style: 'percent' }).format(0.1925)).toBe('19%');
    expect(percentText(19.25)).toBe('19,25\u00a0%');
    expect(shareText(77.5, 82.5)).toBe('77,5–82,5\u00a0%');
    expect(spokenShare(19.25)).toBe('19,25\u00a0%');
    expect(spokenShare(67.2, 85)).toBe('67,2–85\u00a0%');
    expect(fixedPercentText(78.5)).toBe('78,5\u00a0%');
    expect(shareText(null, null)).toBe('немає цифри');
  });

  it('leaves English percentages as they were', () => {
    expect(percentText(19.25)).toBe('19.25%');
    expect(shareText(77.5, 82.5)).toBe('77.5–82.5%');
    expect(spokenShare(19.25)).toBe('19.25 %');
    expect(spokenShare(67.2, 85)).toBe('67.2–85 %');
    expect(fixedPercentText(78.5)).toBe('78.5%');
  });

  it('ticks the image legend in the language', () => {
    expect(shareScale().ticks.map((tick) => tick.label)).toEqual([
      '0%',
      '25%',
      '50%',
      '75%',
      '100%',
    ]);
    setLang('uk');
    expect(shareScale().ticks.map((tick) => tick.label)).toEqual(
      ['0', '25', '50', '75', '100'].map((n) => `${n}\u00a0%`),
    );
  });

  it('translates the short values of the map labels', () => {
    const claim = {
      low: 90,
      high: 100,
      rule: 'almost-all',
      wording: 'almost all',
      kind: 'control',
      override: null,
    } as const;
    expect(shortValue(claim)).toBe('almost all');
    setLang('uk');
    expect(shortValue(claim)).toBe('майже повністю');
    expect(
      shortValue({ ...claim, low: 77.5, high: 82.5, rule: 'about', wording: 'about 80%' }),
    ).toBe('~80\u00a0%');
  });
});

describe('choosing the language', () => {
  it.each([
    ['', null, null],
    ['?lang=uk', 'uk', null],
    ['?view=latest&lang=UK', 'uk', null],
    ['?lang=en', 'en', null],
    ['?lang=de', null, 'de'],
    ['?lang=', null, ''],
  ])('%s', (search, lang, bad) => {
    expect(langFromQuery(search)).toEqual({ lang, bad });
  });

  it('offers the first preferred language with a catalog', () => {
    expect(preferredLang(['uk-UA', 'en'])).toBe('uk');
    expect(preferredLang(['de', 'en-GB'])).toBe('en');
    expect(preferredLang(['de', 'pl'])).toBeNull();
  });
});

describe('source names and view labels in the language', () => {
  const exported = loadExport();

  it('names every source in English as the export does', () => {
    for (const source of exported.sources) expect(sourceNameText(source)).toBe(source.name);
  });

  it('names an unnamed outlet in Ukrainian, with its relays and date', () => {
    const unnamed = exported.sources.find((s) => s.outlet === null && s.relays.length > 0)!;
    setLang('uk');
    expect(sourceNameText(unnamed)).toBe(
      `Неназване видання, що передає ${unnamed.relays.join(' і ')}, ${sourceDateText(unnamed)}`,
    );
  });

  it.each<Lang>(['en', 'uk'])(
    "%s: every view's screen-reader name says each word once (no doubled date)",
    (lang) => {
      setLang(lang);
      const views = buildViews(exported.claims);
      const names = views.map((view) =>
        view.kind === 'source' ? datedLabel(view.label, viewDate(view)) : view.label,
      );
      expect(names.some((name) => /Unnamed outlet|Неназване видання/.test(name))).toBe(true);
      for (const name of names) {
        const words = (name.toLowerCase().match(/\p{L}{3,}|\d+/gu) ?? []).filter(
          (word) => !['and', 'via'].includes(word),
        );
        const doubled = words.filter((word, i) => words.indexOf(word) !== i);
        expect(doubled, name).toEqual([]);
        if (lang === 'uk')
          expect(name, 'English interface words in uk').not.toMatch(
            /\b(via|Unnamed|relaying|on or after)\b/,
          );
      }
    },
  );
});
