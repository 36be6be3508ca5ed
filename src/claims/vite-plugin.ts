/**
 * Vite plugin: validates the dataset when the app is built or served, and serves the export
 * as `data/claims.json` and `data/claims.csv` — the same bytes `npm run claims -- --json` and
 * `--csv` print, so the app's downloads are the export. An invalid dataset fails the build with
 * every error (file, entry, fix). Node-only.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildExport, toCsv } from './export.ts';
import { loadDataset, REPO_ROOT } from './load.ts';
import { formatErrors } from './validate.ts';

export const CLAIMS_JSON = 'data/claims.json';
export const CLAIMS_CSV = 'data/claims.csv';

/** The seed texts beside the checkout, when present: quotes are then checked at build too. */
const SEEDS_DIR = resolve(REPO_ROOT, '../shared/seeds');

export function exportFiles(root = REPO_ROOT): { json: string; csv: string } {
  const result = loadDataset({ root, ...(existsSync(SEEDS_DIR) ? { seedsDir: SEEDS_DIR } : {}) });
  if (!result.ok) {
    throw new Error(
      `The claims dataset has ${result.errors.length} error(s):\n${formatErrors(result.errors)}\nFix them, then run \`npm run claims\` to check.`,
    );
  }
  const data = buildExport(result.dataset);
  return { json: `${JSON.stringify(data, null, 2)}\n`, csv: toCsv(data) };
}

export function claimsDataset(): Plugin {
  return {
    name: 'territory-claims:dataset',
    buildStart() {
      // Validate up front so a bad dataset stops the build before anything is bundled. Under
      // Vitest the dataset's own tests report problems instead of halting every test.
      if (process.env.VITEST) return;
      exportFiles();
    },
    generateBundle() {
      const { json, csv } = exportFiles();
      this.emitFile({ type: 'asset', fileName: CLAIMS_JSON, source: json });
      this.emitFile({ type: 'asset', fileName: CLAIMS_CSV, source: csv });
    },
    configureServer(server) {
      server.watcher.add(resolve(REPO_ROOT, 'data'));
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const file = path.endsWith(`/${CLAIMS_JSON}`)
          ? 'json'
          : path.endsWith(`/${CLAIMS_CSV}`)
            ? 'csv'
            : null;
        if (!file) return next();
        try {
          const files = exportFiles();
          res.setHeader(
            'Content-Type',
            file === 'json' ? 'application/json' : 'text/csv; charset=utf-8',
          );
          res.end(files[file]);
        } catch (error) {
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(String(error instanceof Error ? error.message : error));
          server.config.logger.error(String(error instanceof Error ? error.message : error));
        }
      });
    },
  };
}
