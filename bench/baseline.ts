/**
 * Builds the baseline page (bench/baseline/) into a folder of the served build, with Vite and
 * the project's own maplibre-gl and topojson-client, so it loads the same library, the same
 * worker and the same boundary file (`../geo/ukraine.json`) as the app.
 */
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { BaselineColours } from './colours.ts';

/** Folder of the served build the baseline goes into; its page is `${BASELINE_DIR}/`. */
export const BASELINE_DIR = 'bench-baseline';

export async function buildBaseline(servedRoot: string, colours: BaselineColours): Promise<string> {
  const outDir = join(servedRoot, BASELINE_DIR);
  await build({
    configFile: false,
    root: resolve(import.meta.dirname, 'baseline'),
    base: './',
    logLevel: 'warn',
    define: { __BASELINE_COLOURS__: JSON.stringify(colours) },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // MapLibre is one big chunk, as in the app.
      chunkSizeWarningLimit: 2000,
    },
  });
  return `${BASELINE_DIR}/index.html`;
}
