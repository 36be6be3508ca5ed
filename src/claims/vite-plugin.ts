/**
 * Vite plugin: validates the dataset when the app is built or served (the same check as
 * `npm run claims`: structure, readings, and every quote against its stored text), and serves
 * the export as `data/claims.json` and `data/claims.csv` — the same bytes `npm run claims --
 * --json` and `--csv` print, so the app's downloads are the export — and the stored texts as
 * `data/texts/<file>`, for the reader's "Read the source text"; and the page's split of the
 * export (`data/claims.app.json`, `data/claims.texts.json`: src/claims/app-data.ts). An invalid dataset fails the
 * build with every error (file, entry, fix). Reads nothing outside the repository. Node-only.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { APP_JSON, splitFiles, TEXTS_JSON } from './app-data.ts';
import { TEXTS_DIR, textFileOf } from './archive.ts';
import { buildExport, toCsv } from './export.ts';
import { loadDataset, REPO_ROOT } from './load.ts';
import { formatErrors } from './validate.ts';

export const CLAIMS_JSON = 'data/claims.json';
export const CLAIMS_CSV = 'data/claims.csv';

/**
 * The folder whose `data/` is built: `fallback` (the repository), or `TC_DATA_ROOT` when set —
 * the bench's synthetic datasets (`npm run bench -- --scale N`), validated the same way.
 */
export function dataRoot(fallback = REPO_ROOT): string {
  const root = process.env.TC_DATA_ROOT;
  return root ? resolve(root) : fallback;
}

export interface ExportFiles {
  json: string;
  csv: string;
  /** The page's split of the same export (src/claims/app-data.ts): APP_JSON, TEXTS_JSON. */
  app: string;
  texts: string;
  /** The stored texts' file names. */
  textFiles: string[];
}

export function exportFiles(root = dataRoot()): ExportFiles {
  const result = loadDataset({ root });
  if (!result.ok) {
    throw new Error(
      `The claims dataset has ${result.errors.length} error(s):\n${formatErrors(result.errors)}\nFix them, then run \`npm run claims\` to check.`,
    );
  }
  const data = buildExport(result.dataset);
  const textFiles = [...new Set(result.dataset.sources.map(textFileOf))];
  return {
    json: `${JSON.stringify(data, null, 2)}\n`,
    csv: toCsv(data),
    ...splitFiles(data),
    textFiles,
  };
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
      const { json, csv, app, texts, textFiles } = exportFiles();
      this.emitFile({ type: 'asset', fileName: CLAIMS_JSON, source: json });
      this.emitFile({ type: 'asset', fileName: CLAIMS_CSV, source: csv });
      this.emitFile({ type: 'asset', fileName: APP_JSON, source: app });
      this.emitFile({ type: 'asset', fileName: TEXTS_JSON, source: texts });
      for (const name of textFiles) {
        const fileName = `${TEXTS_DIR}/${name}`;
        this.emitFile({
          type: 'asset',
          fileName,
          source: readFileSync(join(dataRoot(), fileName)),
        });
      }
    },
    configureServer(server) {
      server.watcher.add(resolve(REPO_ROOT, 'data'));
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const text = new RegExp(`/${TEXTS_DIR}/([^/]+\\.txt)$`).exec(path)?.[1];
        if (text !== undefined) {
          try {
            const { textFiles } = exportFiles();
            if (!textFiles.includes(decodeURIComponent(text))) return next();
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end(readFileSync(join(REPO_ROOT, TEXTS_DIR, decodeURIComponent(text))));
          } catch (error) {
            res.statusCode = 500;
            res.end(String(error instanceof Error ? error.message : error));
          }
          return;
        }
        const served = {
          [CLAIMS_JSON]: 'json',
          [CLAIMS_CSV]: 'csv',
          [APP_JSON]: 'app',
          [TEXTS_JSON]: 'texts',
        } as const;
        const file =
          Object.entries(served).find(([name]) => path.endsWith(`/${name}`))?.[1] ?? null;
        if (!file) return next();
        try {
          const files = exportFiles();
          res.setHeader(
            'Content-Type',
            file === 'csv' ? 'text/csv; charset=utf-8' : 'application/json',
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
