/**
 * Vite plugin: the data package (data-package.ts) and the source files' JSON Schema
 * (source-schema.ts), written into the build and served by the dev server:
 *   data/package/<file>                  each file of the package, side by side
 *   data/package/territory-claims-<date>.zip   all of them in one archive
 *   schema/source.schema.json            the JSON Schema of data/sources/<id>.json
 * Built from the same exports as data/claims.json and the mapped downloads, so the package
 * holds the bytes the page shows (plus the CSVs' byte-order mark). Node-only.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildPackage } from './data-package.ts';
import { buildExport, correctionsCsv } from './export.ts';
import { loadDataset, REPO_ROOT } from './load.ts';
import { PACKAGE_DIR, SOURCE_SCHEMA_FILE, packageFileNames } from './package-files.ts';
import { sourceJsonSchemaText } from './source-schema.ts';
import { exportFiles } from './vite-plugin.ts';
import { zip } from './zip.ts';
import { mappedFiles } from '../mapped/vite-plugin.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every file the plugin serves, by path under the app's root. */
export function publishedFiles(root = REPO_ROOT): Map<string, Uint8Array | string> {
  const { json, csv } = exportFiles(root);
  const loaded = loadDataset({ root });
  if (!loaded.ok) throw new Error('The dataset does not validate; run `npm run claims`.');
  const claims = buildExport(loaded.dataset);
  const mapped = mappedFiles();
  const mappedCsv = mapped.get('data/mapped/deepstate-measurements.csv') ?? '';
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  const files = buildPackage({
    claims,
    claimsCsv: csv,
    claimsJson: json,
    correctionsCsv: correctionsCsv(claims),
    mappedCsv,
    mappedJson: mapped.get('data/mapped/deepstate-measurements.json') ?? '',
    mappedRows: Math.max(0, mappedCsv.split('\r\n').length - 2),
    licence: read('LICENSE'),
    terms: read('data/TERMS.md'),
    citation: read('CITATION.cff'),
    version: (JSON.parse(read('package.json')) as { version: string }).version,
    description: loaded.dataset.meta?.description ?? claims.title,
    sha256,
  });
  const out = new Map<string, Uint8Array | string>();
  for (const file of files) out.set(`${PACKAGE_DIR}/${file.name}`, file.bytes);
  const names = packageFileNames(claims.updated);
  out.set(
    `${PACKAGE_DIR}/${names.zip}`,
    zip(
      files.map((file) => ({
        name: `territory-claims-${claims.updated}/${file.name}`,
        data: file.bytes,
      })),
      claims.updated,
    ),
  );
  out.set(SOURCE_SCHEMA_FILE, sourceJsonSchemaText());
  return out;
}

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  md: 'text/markdown; charset=utf-8',
  cff: 'text/plain; charset=utf-8',
  zip: 'application/zip',
};

export function dataPackage(): Plugin {
  return {
    name: 'territory-claims:package',
    generateBundle() {
      for (const [fileName, source] of publishedFiles()) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const match = new RegExp(`/((?:${PACKAGE_DIR}|schema)/[^/]+)$`).exec(path);
        if (!match) return next();
        try {
          const body = publishedFiles().get(match[1] as string);
          if (body === undefined) return next();
          const ext = (match[1] as string).split('.').pop() ?? '';
          res.setHeader('Content-Type', TYPES[ext] ?? 'text/plain; charset=utf-8');
          res.end(body);
        } catch (error) {
          res.statusCode = 500;
          res.end(String(error instanceof Error ? error.message : error));
        }
      });
    },
  };
}
