/**
 * Vite plugin: builds the host script `src/embed/host.ts` into `embed-host.js`, a standalone
 * classic script (a minified IIFE, `messages.ts` inlined, no imports at run time) beside the
 * pages in `dist/`, and serves the same bytes at `/embed-host.js` under `vite dev`. The script
 * is bundled on its own with Rolldown (Vite's bundler), so it shares no chunk with the app.
 * Node-only.
 */
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';

export const HOST_SCRIPT = 'embed-host.js';
/** The host script's budget: newsrooms add it to every article page that embeds the map. */
export const HOST_SCRIPT_MAX_GZIP = 2048;

const ENTRY = resolve(import.meta.dirname, 'host.ts');

/** Builds the host script; returns its code. */
export async function buildHostScript(entry = ENTRY): Promise<string> {
  const bundle = await rolldown({
    input: entry,
    platform: 'browser',
    logLevel: 'warn',
    // Article pages reach older browsers than the app needs; the script costs nothing to lower.
    transform: { target: 'es2017' },
  });
  try {
    const { output } = await bundle.generate({
      format: 'iife',
      minify: true,
      // A comment saying what the file is, for whoever finds it in an article's source.
      postBanner:
        '/* Territory Claims host script: sizes the embeds on this page to their content. */',
    });
    const [chunk] = output;
    if (output.length !== 1 || chunk.type !== 'chunk') {
      throw new Error(`The host script must build to one file, but built to ${output.length}.`);
    }
    return chunk.code;
  } finally {
    await bundle.close();
  }
}

/** Gzipped size in bytes, as a server would send it. */
export function gzipSize(code: string): number {
  return gzipSync(code, { level: 9 }).length;
}

export function embedHostScript(): Plugin {
  return {
    name: 'territory-claims:embed-host',
    async generateBundle() {
      const code = await buildHostScript();
      const size = gzipSize(code);
      if (size > HOST_SCRIPT_MAX_GZIP) {
        this.error(
          `${HOST_SCRIPT} is ${size} bytes gzipped, over its ${HOST_SCRIPT_MAX_GZIP}-byte budget; ` +
            'keep src/embed/host.ts and what it imports from messages.ts small.',
        );
      }
      this.emitFile({ type: 'asset', fileName: HOST_SCRIPT, source: code });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (!path.endsWith(`/${HOST_SCRIPT}`)) return next();
        buildHostScript().then(
          (code) => {
            res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(code);
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}
