/**
 * Builds the app once and serves `dist/` for every browser test file. Fails loudly, with the
 * install command, when no Chromium can be found: the browser suite never skips silently.
 */
import { resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../support/chromium.ts';
import { serve } from '../support/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  findChromium(); // throws with the install hint
  const root = resolve(import.meta.dirname, '../..');
  await build({ root, logLevel: 'warn', configFile: resolve(root, 'vite.config.ts') });
  const server = await serve({ root: resolve(root, 'dist') });
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
  };
}
