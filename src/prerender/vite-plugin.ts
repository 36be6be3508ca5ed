/**
 * Vite plugin: at build time, renders the App into `index.html` and `embed.html` (Svelte's
 * server renderer), in the state an address without parameters shows. The page then paints
 * the coloured map, the summary and the legend's place from HTML and CSS alone, before any
 * script has run; `main.ts` hydrates it once the data has loaded. `public/boot.js` hides the
 * prerendered page when the address asks for something else (a view, a region, a theme), so
 * a reader never sees the wrong map first. Node-only; the dev server does not prerender.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { exportFiles } from '../claims/vite-plugin.ts';
import { REPO_ROOT } from '../claims/load.ts';
import type { Dataset } from '../app/types.ts';
import type { UkraineTopology } from '../geo/load.ts';

/** The pages that get a prerendered App, and whether each is the embed. */
const PAGES: Record<string, { embedded: boolean }> = {
  'index.html': { embedded: false },
  'embed.html': { embedded: true },
};

const MOUNT = /<div id="app"([^>]*)><\/div>/;

/** The rendered App for each page, made once per build. */
async function renderPages(root: string): Promise<Record<string, string>> {
  // Svelte's production server renderer, whatever mode the build runs in (under Vitest it is
  // "test", which would pair the development runtime with production-compiled components).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const server = await createServer({
    root,
    mode: 'production',
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [svelte({ compilerOptions: { dev: false } })],
  });
  try {
    const { prerenderApp } = (await server.ssrLoadModule(
      '/src/prerender/entry.ts',
    )) as typeof import('./entry.ts');
    const dataset = JSON.parse(exportFiles(root).json) as Dataset;
    const topology = JSON.parse(
      readFileSync(resolve(root, 'public/geo/ukraine.json'), 'utf8'),
    ) as UkraineTopology;
    const out: Record<string, string> = {};
    for (const [page, { embedded }] of Object.entries(PAGES)) {
      out[page] = prerenderApp({ embedded, dataset, topology });
    }
    return out;
  } finally {
    await server.close();
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

const MODULE_SCRIPT = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g;
const FETCH_PRELOAD =
  /\s*<link rel="preload" href="([^"]+)" as="fetch" crossorigin="anonymous" \/>/g;
const BOOT = /(\s*)<script src="boot\.js"\s*><\/script>/;

/**
 * The app's scripts and data are not needed for the first paint, which is in the HTML: they
 * are listed for boot.js, which requests them once the first frame is drawn (at once when it
 * hides the page), so they do not share the network with the HTML and the style sheet the
 * first paint waits for. The entry module is the last script Vite writes.
 */
export function deferScripts(html: string, page: string): string {
  const scripts = [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1]!);
  const data = [...html.matchAll(FETCH_PRELOAD)].map((m) => m[1]!);
  const entry = scripts.at(-1);
  if (!entry || !BOOT.test(html)) {
    throw new Error(
      `${page}: the prerender expects Vite's module scripts and <script src="boot.js"> in the page.`,
    );
  }
  const list = JSON.stringify({ modules: scripts.slice(0, -1), entry, data });
  return html
    .replace(MODULE_SCRIPT, '')
    .replace(FETCH_PRELOAD, '')
    .replace(
      BOOT,
      (_, space: string) =>
        `${space}<script type="application/json" id="tc-load">${list}</script>` +
        `${space}<script src="boot.js"></script>`,
    );
}

export function prerender(root = REPO_ROOT): Plugin {
  let pages: Promise<Record<string, string>> | null = null;
  return {
    name: 'territory-claims:prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const page = context.filename.slice(root.length).replace(/^[/\\]/, '');
        if (!(page in PAGES)) return html;
        pages ??= renderPages(root);
        const body = (await pages)[page]!;
        if (!MOUNT.test(html)) {
          throw new Error(
            `${page} has no empty <div id="app"></div> to prerender the App into; keep that element in the page.`,
          );
        }
        const rendered = html.replace(MOUNT, (_, attributes: string) => {
          return `<div id="app"${attributes} data-prerendered="true">${body}</div>`;
        });
        return deferScripts(rendered, page);
      },
    },
  };
}
