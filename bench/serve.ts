/**
 * Serves the benchmark's build folder gzipped, as a static host would: every compressible file
 * is compressed once, up front (level 9), and sirv sends the `.gz` sibling to clients that
 * accept gzip. Compressing up front keeps gzip's CPU time off this 2-core machine while the
 * browser is being timed.
 */
import { createServer, type Server } from 'node:http';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|svg|csv|txt|map)$/;

export interface Served {
  /** Base URL on `localhost`, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** Writes `file.gz` beside every compressible file under `root`; returns how many. */
export function precompress(root: string): number {
  let count = 0;
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    if (statSync(path).isDirectory()) {
      count += precompress(path);
    } else if (COMPRESSIBLE.test(name)) {
      writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
      count++;
    }
  }
  return count;
}

/** Serves `root` (already precompressed) on a free port. */
export async function serveGzipped(root: string): Promise<Served> {
  const files = sirv(root, { dev: false, etag: true, gzip: true, extensions: ['html'] });
  const server: Server = createServer((req, res) => {
    files(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
