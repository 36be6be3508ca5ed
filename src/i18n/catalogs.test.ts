/**
 * The catalogs: every message in every language, none unused, placeholders and plural forms
 * matching, the English reading rules the same as the rules' own text (one place for the rules).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../claims/reading.ts';
import { REPO_ROOT } from '../claims/load.ts';
import { LANGS } from './lang.ts';

type Message =
  string | { declarations: string[]; selectors: string[]; match: Record<string, string> }[];
const catalog = (lang: string): Record<string, Message> => {
  const { $schema: _schema, ...messages } = JSON.parse(
    readFileSync(join(REPO_ROOT, 'messages', `${lang}.json`), 'utf8'),
  ) as Record<string, Message>;
  return messages;
};
const catalogs = Object.fromEntries(LANGS.map((lang) => [lang, catalog(lang)]));
const base = catalogs.en!;

/** Every `.ts` and `.svelte` file of the app, generated messages and tests left out. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'paraglide' ? [] : sourceFiles(path);
    return /\.(ts|svelte)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

const placeholders = (message: Message): string[] => {
  const texts = typeof message === 'string' ? [message] : Object.values(message[0]!.match);
  return [
    ...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))),
  ].sort();
};

describe('message catalogs', () => {
  it('has the same keys in every language', () => {
    for (const lang of LANGS) {
      const keys = Object.keys(catalogs[lang]!);
      expect(
        Object.keys(base).filter((key) => !keys.includes(key)),
        `missing from messages/${lang}.json`,
      ).toEqual([]);
      expect(
        keys.filter((key) => !(key in base)),
        `in messages/${lang}.json but not in en.json`,
      ).toEqual([]);
    }
  });

  it('uses every message somewhere in src/', () => {
    const code = sourceFiles(join(REPO_ROOT, 'src'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unused = Object.keys(base).filter((key) => !new RegExp(`\\bm\\.${key}\\b`).test(code));
    expect(unused, 'messages no code uses: remove them from every catalog').toEqual([]);
  });

  it('gives every translation the placeholders of the English message', () => {
    for (const lang of LANGS) {
      for (const [key, message] of Object.entries(catalogs[lang]!)) {
        expect(placeholders(message), `${lang}: ${key}`).toEqual(placeholders(base[key]!));
        expect(typeof message === 'string' ? 'string' : 'plural', `${lang}: ${key}`).toBe(
          typeof base[key] === 'string' ? 'string' : 'plural',
        );
      }
    }
  });

  it('gives every plural the forms its language has (Ukrainian one, few, many, other)', () => {
    for (const lang of LANGS) {
      const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [key, message] of Object.entries(catalogs[lang]!)) {
        if (typeof message === 'string') continue;
        const cases = Object.keys(message[0]!.match).map((k) => k.split('=')[1]);
        expect([...cases].sort(), `${lang}: ${key}`).toEqual([...forms].sort());
      }
    }
  });

  it('writes a percentage in Ukrainian prose with a no-break space before the sign', () => {
    const prose = JSON.stringify(catalogs.uk);
    expect(prose.match(/\d[ ]?%/g) ?? [], 'write "80\u00a0%" (a no-break space)').toEqual([]);
    expect(prose).toContain('80\u00a0%');
  });

  it('keeps the English reading rules as src/claims/reading.ts words them', () => {
    for (const rule of RULES) {
      const key = rule.id.replaceAll('-', '_');
      expect(base[`rule_${key}_label`]).toBe(rule.label);
      expect(base[`rule_${key}_explanation`]).toBe(rule.explanation);
      expect(base[`rule_${key}_interval`]).toBe(rule.interval);
    }
  });
});
