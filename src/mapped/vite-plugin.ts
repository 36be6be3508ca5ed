/**
 * Vite plugin: validates the committed mapped series (data/mapped/*.json) when the app is
 * built or served, and serves, for each map `<id>`:
 *   data/mapped/<id>.json                 the series as committed (the app loads it after
 *                                         its first paint, for the map line and the views)
 *   data/mapped/<id>-measurements.json    every measurement with its citation (download)
 *   data/mapped/<id>-measurements.csv     the same as CSV (download)
 * An invalid series fails the build with every error. Node-only.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { REPO_ROOT } from '../claims/load.ts';
import { buildMeasurementsExport, measurementsCsv } from './export.ts';
import { formatSeries } from './series.ts';
import { loadMappedSeries } from './load.ts';

/** The files to serve, by path under the app's root. */
export function mappedFiles(dir?: string): Map<string, string> {
  const loaded = loadMappedSeries(dir);
  if (!loaded.ok) {
    throw new Error(
      `The mapped series in data/mapped/ have ${loaded.errors.length} error(s):\n${loaded.errors.join('\n')}`,
    );
  }
  const files = new Map<string, string>();
  for (const series of loaded.series) {
    const data = buildMeasurementsExport(series);
    const id = series.map.id;
    files.set(`data/mapped/${id}.json`, formatSeries(series));
    files.set(`data/mapped/${id}-measurements.json`, `${JSON.stringify(data, null, 2)}\n`);
    files.set(`data/mapped/${id}-measurements.csv`, measurementsCsv(data));
  }
  return files;
}

export function mappedSeries(): Plugin {
  return {
    name: 'territory-claims:mapped',
    buildStart() {
      if (process.env.VITEST) return;
      mappedFiles();
    },
    generateBundle() {
      for (const [fileName, source] of mappedFiles()) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
    configureServer(server) {
      server.watcher.add(resolve(REPO_ROOT, 'data/mapped'));
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const match = /\/(data\/mapped\/[a-z0-9-]+\.(?:json|csv))$/.exec(path);
        if (!match) return next();
        try {
          const source = mappedFiles().get(match[1] as string);
          if (source === undefined) return next();
          res.setHeader(
            'Content-Type',
            path.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json',
          );
          res.end(source);
        } catch (error) {
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(String(error instanceof Error ? error.message : error));
        }
      });
    },
  };
}
