/**
 * The published JSON Schema of a source file against the committed sources, with a JSON
 * Schema validator (ajv 6, draft-07, already installed with ESLint: no new dependency).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, SOURCES_DIR } from './load.ts';
import { sourceJsonSchema, sourceJsonSchemaText } from './source-schema.ts';

const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile(sourceJsonSchema());
const dir = join(REPO_ROOT, SOURCES_DIR);
const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
const read = (name: string) =>
  JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;

describe('the JSON Schema of a source file', () => {
  it.each(files)('%s validates against it', (name) => {
    expect(validate(read(name)) ? [] : validate.errors).toEqual([]);
  });

  it('rejects what the zod schema rejects: an unknown field, a bad kind, a missing quote', () => {
    const source = read(files[0]!);
    expect(validate({ ...source, publisher: 'x' })).toBe(false);
    const claims = source.claims as Record<string, unknown>[];
    expect(validate({ ...source, claims: [{ ...claims[0], kind: 'rumour' }] })).toBe(false);
    const { quote: _quote, ...noQuote } = claims[0]!;
    expect(validate({ ...source, claims: [noQuote] })).toBe(false);
  });

  it('is draft-07, titled, and the same bytes every time', () => {
    const schema = sourceJsonSchema();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.title).toBe('Territory Claims source file');
    expect(sourceJsonSchemaText()).toBe(sourceJsonSchemaText());
  });
});
