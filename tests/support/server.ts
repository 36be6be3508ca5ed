/**
 * A small static server for a build folder, used by the browser tests. It can add response
 * headers (a Content-Security-Policy, for example). The benchmark serves gzip with its own
 * (bench/serve.ts), compressed up front.
 */
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

export interface ServeOptions {
  /** Folder to serve. */
  root: string;
  /** Port to listen on; 0 picks a free one. */
  port?: number;
  /** Headers added to every response. */
  headers?: Record<string, string>;
}

export interface Served {
  /** Base URL on `localhost`, ending without a slash. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function serve({ root, port = 0, headers = {} }: ServeOptions): Promise<Served> {
  const files = sirv(root, { dev: false, etag: true, extensions: ['html'] });
  const server: Server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
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
