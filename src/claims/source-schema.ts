/**
 * The JSON Schema of a source file (`data/sources/<id>.json`), generated from the zod schema
 * (`SourceSchema`, schema.ts) with zod's own `toJSONSchema`, for editors' tools (an editor
 * that validates as you type, a newsroom's import check). Draft-07, the draft most tools read.
 * It carries the structure (fields, types, enums, patterns, lengths); the checks across fields
 * and files (real dates, intervals against the reading rules, quotes in their texts) are
 * `npm run claims`'s. Deterministic: the same schema gives the same bytes.
 *
 * Pure: no DOM, no Node APIs.
 */
import * as z from 'zod';
import { SourceSchema } from './schema.ts';

export function sourceJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(SourceSchema, {
    target: 'draft-7',
    // What a file may hold (before zod trims the text).
    io: 'input',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Territory Claims source file',
    description:
      'One source and its claims: data/sources/<id>.json. Generated from src/claims/schema.ts; `npm run claims` adds the checks across fields and files (see data/README.md).',
    ...rest,
  };
}

/** The schema as the build publishes it. */
export function sourceJsonSchemaText(): string {
  return `${JSON.stringify(sourceJsonSchema(), null, 2)}\n`;
}
