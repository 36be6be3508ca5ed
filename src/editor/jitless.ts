/**
 * Imported first by the editor's entry (main.ts), before any module that builds a zod schema:
 * zod decides whether to compile a schema's parser with `new Function` when the schema is
 * built, probing `Function('')` then, which under a CSP without 'unsafe-eval' is a violation
 * report. Jitless, it neither probes nor compiles. (A `z.config` call in main.ts itself runs
 * only after every import has been evaluated, i.e. after the schemas are built.)
 */
import * as z from 'zod';

z.config({ jitless: true });
