/**
 * The validator's problems as data: the English catalog says exactly what the validator (and
 * the CLIs) print, and the Ukrainian catalog gives every problem and fix in Ukrainian.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../claims/load.ts';
import { validate, type ValidationError } from '../claims/validate.ts';
import { CLAIM_FIXES, META_FIXES, SOURCE_FIXES, fieldFix } from '../claims/validate-messages.ts';
import { setLang } from '../i18n/lang.ts';
import { checkSource, type EditorSource } from './entries.ts';
import { phraseText, problemText, saidText, type Problem } from './problems.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const FILE = 'data/sources/seed-004.json';
const base = JSON.parse(readFileSync(join(REPO_ROOT, FILE), 'utf8')) as Json;
const TEXT = readFileSync(join(REPO_ROOT, 'data/texts/004_333ef43267682ee5.txt'), 'utf8');

/** The problems of seed-004 changed by `change`, as the editor holds them. */
function problems(change: (source: Json) => void, file = FILE): Problem[] {
  const source = structuredClone(base) as Json;
  change(source);
  const result = validate([{ file, data: source }], {
    texts: { '004_333ef43267682ee5.txt': { text: TEXT, sha256: base.text.sha256 } },
  });
  return result.ok ? [] : result.errors.map((e: ValidationError) => ({ ...e }));
}

/** Sources broken in every way a reader of the editor (or a hand edit) can break one. */
const BROKEN: [string, (source: Json) => void, string?][] = [
  ['a bad category', (s) => (s.claims[0].speaker.category = 'TODO')],
  ['an unknown region', (s) => (s.claims[1].region = 'UA-99')],
  [
    'a missing quote and an unknown field',
    (s) => {
      delete s.claims[3].quote;
      s.claims[3].colour = 'red';
    },
  ],
  ['an id, a share outside', (s) => Object.assign(s.claims[0], { id: 'other/x', low: 120 })],
  ['low above high', (s) => Object.assign(s.claims[0], { low: 30, high: 10 })],
  ['null and a number', (s) => Object.assign(s.claims[0], { low: null, high: 19.5 })],
  ['a position with a share', (s) => Object.assign(s.claims[0], { kind: 'position' })],
  ['rule position', (s) => Object.assign(s.claims[0], { rule: 'position' })],
  ['a wording read otherwise', (s) => Object.assign(s.claims[0], { low: 10, high: 11 })],
  ['a wording no rule reads', (s) => (s.claims[0].wording = 'sixty-odd')],
  ['asOf not a date', (s) => (s.claims[0].asOf = '2025-13-40')],
  [
    'asOf later',
    (s) => {
      s.claims[0].asOf = '2030-01-01';
      delete s.date.qualifier;
    },
  ],
  ['a quote not in the text', (s) => (s.claims[0].quote = 'Nothing like this is in the text.')],
  [
    'source fields',
    (s) => {
      s.outlet = 5;
      s.relays = 'Reuters';
      s.language = 42;
      s.extra = 1;
      s.more = 2;
    },
  ],
  ['an id not the file name', (s) => (s.id = 'other'), 'data/sources/mismatch.json'],
  ['no real date', (s) => (s.date = { ...s.date, value: '2025-02-30' })],
  ['precision', (s) => (s.date = { ...s.date, precision: 'month' })],
  ['updated not a day', (s) => (s.date = { ...s.date, updated: 'soon' })],
  ['updated before', (s) => (s.date = { ...s.date, updated: '2025-01-01' })],
  ['qualifier stated', (s) => (s.date = { ...s.date, inferred: false })],
  ['no url, no document', (s) => Object.assign(s, { url: null, document: null })],
  ['retrieved', (s) => (s.text = { ...s.text, retrieved: 'soon' })],
  ['an excerpt', (s) => (s.text = { ...s.text, extent: 'excerpt' })],
  ['no claims', (s) => (s.claims = [])],
  ['duplicate claim', (s) => s.claims.push(structuredClone(s.claims[0]))],
  ['missing text', (s) => (s.document = 'other.txt')],
  ['a changed text', (s) => (s.text = { ...s.text, sha256: '0'.repeat(64) })],
  ['a wrong form', (s) => (s.claims[0].id = 'Not An Id')],
  ['only invisible characters', (s) => (s.claims[0].caveat = '\u200b\u200b')],
  ['a bidi control', (s) => (s.outlet = 'Moneycontrol\u202e')],
  ['an address with a space', (s) => (s.url = 'https://example.org/a b')],
  ['an address a browser cannot read', (s) => (s.url = 'https://example.org:99999/')],
  ['an address of another scheme', (s) => (s.url = 'ftp://example.org/file')],
];
const all = BROKEN.flatMap(([, change, file]) => problems(change, file));

afterEach(() => setLang('en'));

describe('validator problems as data', () => {
  it('covers many kinds of problem, each with its words as data', () => {
    const codes = new Set(all.map((p) => p.said?.problem.code));
    expect(codes.size).toBeGreaterThanOrEqual(33);
    expect(all.filter((p) => p.said === undefined)).toEqual([]);
  });

  it('renders every problem from the English catalog exactly as the validator words it', () => {
    for (const p of all) expect(saidText(p, 'en')).toBe(p.message);
  });

  it('gives every field fix in English as validate-messages.ts words it', () => {
    for (const fixes of [CLAIM_FIXES, SOURCE_FIXES, META_FIXES]) {
      for (const [key, fix] of Object.entries(fixes)) {
        expect(phraseText(fieldFix(fixes, key), 'en'), key).toBe(fix);
        expect(phraseText(fieldFix(fixes, key), 'uk'), key).not.toBe(fix);
      }
    }
  });

  it('renders every problem in Ukrainian, and the English editor shows the message unchanged', () => {
    for (const p of all) {
      setLang('uk');
      const uk = problemText(p);
      expect(uk, p.message).toBe(saidText(p, 'uk'));
      expect(uk).not.toBe(p.message);
      expect(uk.startsWith(`${p.file}: `)).toBe(true);
      setLang('en');
      expect(problemText(p)).toBe(p.message);
    }
  });

  it('writes a bad category and a missing field in Ukrainian, values verbatim', () => {
    setLang('uk');
    const texts = all.map(problemText);
    expect(texts).toContain(
      'data/sources/seed-004.json: твердження «seed-004/ukraine-control»: поле «speaker.category» має значення "TODO", а воно не дозволене; оберіть одне з: party-ru, party-ua, third-party, mapping-project, news-agency, media, analyst',
    );
    expect(texts).toContain(
      'data/sources/seed-004.json: твердження «seed-004/donetsk-control»: бракує поля «quote»; додайте його: скопіюйте речення дослівно з тексту джерела',
    );
    expect(texts).toContain(
      'data/sources/seed-004.json: джерело «seed-004»: у джерела немає тверджень; додайте твердження або вилучіть файл',
    );
  });

  it('writes the editor’s placeholder problems in Ukrainian', () => {
    const source = structuredClone(base) as Json;
    source.claims[0].speaker.name = 'TODO';
    const found = checkSource(source as EditorSource, TEXT);
    expect(found.map((p) => p.message)).toEqual([
      'data/sources/seed-004.json: claim "seed-004/ukraine-control": field "speaker.name" still holds the placeholder "TODO"; name who makes the claim, as the text names them',
    ]);
    setLang('uk');
    expect(found.map(problemText)).toEqual([
      'data/sources/seed-004.json: твердження «seed-004/ukraine-control»: у полі «speaker.name» досі заповнювач «TODO»; назвіть того, хто робить твердження, так, як його називає текст',
    ]);
  });

  it('words a schema refinement’s problem in Ukrainian, its values verbatim', () => {
    const p = problems((s) => (s.claims[0].wording = ' ')).find((x) =>
      x.message.includes('invisible'),
    );
    expect(p?.message).toBe(
      'data/sources/seed-004.json: claim "seed-004/ukraine-control": field "wording" holds only invisible characters; give visible text, or remove the field',
    );
    setLang('uk');
    expect(p && problemText(p)).toBe(
      'data/sources/seed-004.json: твердження «seed-004/ukraine-control»: поле «wording» містить лише невидимі символи; дайте видимий текст або приберіть поле',
    );
    const url = problems((s) => (s.url = 'ftp://example.org/file'))[0];
    expect(url && problemText(url)).toMatch(
      /^data\/sources\/seed-004\.json: .*поле «url» має значення "ftp:\/\/example\.org\/file", а ця адреса використовує ftp:, а не http чи https; /,
    );
  });

  it('falls back to the English message when a phrase has no message', () => {
    const p: Problem = {
      message: 'x.json: source: field "url" is odd; fix it',
      file: 'x.json',
      entry: 'source',
      said: { problem: { code: 'no-such-code' }, fix: { code: 'see-readme' } },
    };
    setLang('uk');
    expect(problemText(p)).toBe(p.message);
  });
});
