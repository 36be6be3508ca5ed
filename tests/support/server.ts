/**
 * A small static server for `dist/`, used by the browser tests and the benchmark. It can add
 * response headers (a Content-Security-Policy, for example) and gzip responses on the fly.
 */
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

export interface ServeOptions {
  /** Folder to serve. */
  root: string;
  /** Port to listen on; 0 picks a free one. */
  port?: number;
  /** Headers added to every response. */
  headers?: Record<string, string>;
  /** Gzip compressible responses when the client accepts it. */
  compress?: boolean;
}

export interface Served {
  /** Base URL on `localhost`, ending without a slash. */
  url: string;
  port: number;
  close(): Promise<void>;
}

const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|svg|csv|txt|map)$/;

export async function serve({
  root,
  port = 0,
  headers = {},
  compress = false,
}: ServeOptions): Promise<Served> {
  const files = sirv(root, { dev: false, etag: true, extensions: ['html'] });
  const server: Server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const wantsGzip =
      compress &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) &&
      (COMPRESSIBLE.test(path) || path.endsWith('/'));
    if (!wantsGzip) {
      files(req, res, () => {
        res.statusCode = 404;
        res.end('Not found');
      });
      return;
    }
    // Buffer sirv's response, then send it gzipped.
    const chunks: Buffer[] = [];
    const origWrite = res.write.bind(res);
    const origEnd = res.end.bind(res);
    res.write = ((chunk: Buffer | string) => {
      chunks.push(Buffer.from(chunk));
      return true;
    }) as typeof res.write;
    res.end = ((chunk?: Buffer | string) => {
      if (chunk) chunks.push(Buffer.from(chunk));
      const body = gzipSync(Buffer.concat(chunks), { level: 9 });
      res.removeHeader('Content-Length');
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('Content-Length', body.length);
      res.write = origWrite;
      res.end = origEnd;
      return origEnd(body);
    }) as typeof res.end;
    files(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '0.0.0.0', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://localhost:${actualPort}`,
    port: actualPort,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
