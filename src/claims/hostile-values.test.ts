/**
 * Hostile values in a source file: control, bidi and invisible characters in every text
 * field, text that is only invisible, and addresses a browser cannot open. Each is refused
 * with a message naming the file, the entry, the field and the fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './load.ts';
import { validate } from './validate.ts';

const FILE = 'data/sources/seed-004.json';
type Json = Record<string, unknown> & {
  claims: (Record<string, unknown> & { speaker: Record<string, unknown> })[];
};

function seed004(): Json {
  return JSON.parse(readFileSync(join(REPO_ROOT, FILE), 'utf8')) as Json;
}

function messages(mutate: (source: Json) => void): string[] {
  const source = seed004();
  mutate(source);
  const result = validate([{ file: FILE, data: source }]);
  return result.ok ? [] : result.errors.map((error) => error.message);
}

/** Where untrusted text goes: each sets one field of a copy of seed-004. */
const FIELDS: [string, (source: Json, value: string) => void][] = [
  ['title', (s, v) => (s.title = v)],
  ['outlet', (s, v) => (s.outlet = v)],
  ['relays[0]', (s, v) => (s.relays = [v])],
  ['notes', (s, v) => (s.notes = v)],
  ['date.basis', (s, v) => ((s.date as Record<string, unknown>).basis = v)],
  ['speaker.name', (s, v) => (s.claims[0]!.speaker.name = v)],
  ['quote', (s, v) => (s.claims[0]!.quote = v)],
  ['wording', (s, v) => (s.claims[0]!.wording = v)],
  ['caveat', (s, v) => (s.claims[0]!.caveat = v)],
];

const HIDDEN: [string, string][] = [
  ['U+202E', '\u202E'],
  ['U+202A', '\u202A'],
  ['U+2066', '\u2066'],
  ['U+2069', '\u2069'],
  ['U+200B', '\u200B'],
  ['U+FEFF', '\uFEFF'],
  ['U+001B', '\u001B'],
  ['U+0007', '\u0007'],
  ['U+0000', '\u0000'],
  ['U+0085', '\u0085'],
];

describe('control and invisible characters', () => {
  const cases = FIELDS.flatMap(([field, set]) =>
    HIDDEN.map(([code, char]) => [field, code, set, char] as const),
  );
  it.each(cases)('%s with %s is refused', (field, code, set, char) => {
    const found = messages((s) => set(s, `Reuters ${char}20 Nov 2026`));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`${FILE}: `);
    expect(found[0]).toContain(`field "${field.replace('[0]', '')}`);
    expect(found[0]).toContain(`character ${code}`);
    expect(found[0]).toContain('delete that character');
  });

  const invisible = ['\u200B\u200B', ' \u200D ', '\u3164', '\u2060', '\u00A0\u2007'];
  it.each(FIELDS.flatMap(([field, set]) => invisible.map((value) => [field, set, value] as const)))(
    '%s holding only invisible characters is refused',
    (field, set, value) => {
      const found = messages((s) => set(s, value));
      expect(found.length).toBeGreaterThanOrEqual(1);
      expect(found.join('\n')).toMatch(/holds only invisible characters|is empty/);
      expect(found[0]).toContain(`field "${field.replace('[0]', '')}`);
    },
  );

  it.each([
    'Line one\nline two',
    'Tab\tseparated',
    'Mixed اللغة العربية text',
    'Zero-width non-joiner: می‌خواهم',
    'x'.repeat(5000),
  ])('accepts ordinary text: %j', (value) => {
    expect(messages((s) => (s.notes = value))).toEqual([]);
  });
});

describe('addresses, read as the browser reads them', () => {
  it.each([
    ['https://menafn.com:99999/article', 'port'],
    ['https://menafn.com:65536/', 'port'],
    ['http://[::1/', 'not an address'],
    ['https://exa mple.com/', 'space'],
    ['https://example.com/\u200B', 'invisible'],
    ['ftp://example.com/file', 'not http or https'],
    ['javascript:alert(1)', 'not http or https'],
    ['data:text/html,<b>x</b>', 'not http or https'],
    ['file:///etc/passwd', 'not http or https'],
    ['//example.com/x', 'not an address'],
    ['example.com', 'not an address'],
    ['https://', 'not an address'],
    ['', 'not an address'],
  ])('%j is refused (%s)', (url, why) => {
    const found = messages((s) => (s.url = url));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`field "url" is ${JSON.stringify(url)}, which`);
    expect(found[0]).toContain(why.split(' ')[0]!);
    expect(found[0]).toContain("give the page's address (https://…)");
  });

  it.each(['https://menafn.com:443/x', 'http://example.com:8080/a?b=c#d', 'https://ex.com/é'])(
    'accepts %j',
    (url) => {
      expect(messages((s) => (s.url = url))).toEqual([]);
    },
  );
});

describe('names longer than a name can be', () => {
  it.each([
    ['speaker.name', (s: Json, v: string) => (s.claims[0]!.speaker.name = v)],
    ['outlet', (s: Json, v: string) => (s.outlet = v)],
    ['relays[0]', (s: Json, v: string) => (s.relays = [v])],
    ['title', (s: Json, v: string) => (s.title = v)],
  ] as const)('%s of 5,000 characters is refused, with its length', (field, set) => {
    const found = messages((s) => set(s, 'R'.repeat(5000)));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`field "${field}": is 5000 characters long, more than the 200`);
  });

  it('accepts a 5,000-character quote (it has spaces, and wraps)', () => {
    expect(messages((s) => (s.notes = 'word '.repeat(1000).trim()))).toEqual([]);
  });
});
