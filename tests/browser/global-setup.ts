/**
 * Builds the app once and serves `dist/` for every browser test file. Fails loudly, with the
 * install command, when no Chromium can be found: the browser suite never skips silently.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../support/chromium.ts';
import { serve } from '../support/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The folder the served build is in. */
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  findChromium(); // throws with the install hint
  const root = resolve(import.meta.dirname, '../..');
  // A build of its own, so that concurrent runs (and `npm run build`) never share dist/.
  const outDir = mkdtempSync(join(tmpdir(), 'territory-claims-dist-'));
  await build({
    root,
    logLevel: 'warn',
    configFile: resolve(root, 'vite.config.ts'),
    build: { outDir, emptyOutDir: true },
  });
  const server = await serve({ root: outDir });
  project.provide('baseUrl', server.url);
  project.provide('distDir', outDir);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
