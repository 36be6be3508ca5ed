import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n/lang.ts';
import { checkProse, refused } from './prose.ts';
import { failureText } from './text.ts';

const EVAL_DIR = resolve(import.meta.dirname, '../../tests/extract-eval');
const ARTICLES = readdirSync(EVAL_DIR).filter((name) => name.endsWith('.txt'));

/** Deterministic pseudo-random bytes, decoded as a browser decodes a pasted binary file. */
function junk(length: number, seed = 7): string {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return new TextDecoder('utf-8').decode(bytes);
}

describe('checkProse', () => {
  it.each(ARTICLES)('reads the labelled article %s', (name) => {
    expect(checkProse(readFileSync(join(EVAL_DIR, name), 'utf8'))).toEqual({
      ok: true,
      message: '',
    });
  });

  it('reads a long article (the labelled ones repeated to 1 MB)', () => {
    const all = ARTICLES.map((name) => readFileSync(join(EVAL_DIR, name), 'utf8')).join('\n\n');
    expect(checkProse(all.repeat(Math.ceil(1e6 / all.length))).ok).toBe(true);
  });

  it('reads text in Cyrillic, and a short note of any kind', () => {
    const ukrainian =
      'Росія окупувала близько 80% території Донецької області, повідомив голова обласної адміністрації. ';
    expect(checkProse(ukrainian.repeat(10)).ok).toBe(true);
    expect(checkProse('12345 67890 %%%').ok).toBe(true);
  });

  it.each([
    ['binary junk', junk(200_000), /control or unreadable characters/],
    ['a base64 blob', Buffer.from(junk(30_000)).toString('base64'), /letters|without a space/],
    [
      'a table of numbers',
      Array.from({ length: 2000 }, (_, i) => `${i},${i * 3.5},${(i * 7) % 100}%`).join('\n'),
      /only \d+% of its characters are letters/,
    ],
    [
      'a hex dump',
      Buffer.from(junk(20_000))
        .toString('hex')
        .replace(/(.{32})/g, '$1 '),
      /without a space|letters/,
    ],
    [
      'minified code',
      'function(a,b){return a+b};var x=[1,2,3].map(function(y){return y*2});'.repeat(200),
      /code’s or markup’s/,
    ],
    ['raw HTML', '<div class="a"><p>Text</p><span>x</span></div>\n'.repeat(300), /markup/],
  ])('refuses %s, saying what it looks like', (_name, text, why) => {
    const check = checkProse(text);
    expect(check.ok).toBe(false);
    expect(check.message).toMatch(why);
    expect(check.message).toMatch(/^This does not read as an article’s text: .*Paste the article/);
  });
});

describe('a refusal in the reader’s language', () => {
  afterEach(() => setLang('en'));
  const cases: [string, string][] = [
    ['binary', junk(200_000)],
    ['code', '<div class="a"><p>Text</p><span>x</span></div>\n'.repeat(300)],
    ['letters', Array.from({ length: 2000 }, (_, i) => `${i},${i * 3.5}`).join('\n')],
    ['words', `${'x'.repeat(400)} `.repeat(100)],
  ];

  it.each(cases)(
    'says why (%s) in English as the check words it, and in Ukrainian',
    (reason, text) => {
      const check = checkProse(text);
      expect(check.refusal?.reason).toBe(reason);
      const reply = refused(check);
      expect(failureText(reply)).toBe(check.message);
      setLang('uk');
      const uk = failureText(reply);
      expect(uk).toMatch(/^Це не схоже на текст статті: /);
      expect(uk).toContain(`${Math.round((check.refusal?.share ?? 0) * 100)}\u00a0%`);
      expect(uk).not.toMatch(/characters|letters|words/);
    },
  );

  it('says the worker’s and the extractor’s failures in Ukrainian, their own words kept', () => {
    setLang('uk');
    expect(failureText({ message: 'x', failure: { kind: 'worker', detail: null } })).toBe(
      'Не вдалося запустити пошук цифр: не завантажився його фоновий процес (worker).',
    );
    expect(
      failureText({ message: 'x', failure: { kind: 'extractor', detail: 'out of memory' } }),
    ).toBe('Пошук цифр у цьому тексті зазнав збою: out of memory.');
    setLang('en');
    expect(failureText({ message: 'x', failure: { kind: 'worker', detail: null } })).toBe(
      'The extractor could not run: its worker failed to load.',
    );
  });
});
