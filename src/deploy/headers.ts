/**
 * The HTTP headers the built site wants from its host, in one place: the strict
 * Content-Security-Policy the app runs under (the browser tests serve the build with this very
 * string), long immutable caching for Vite's hashed files in assets/, and short caching for
 * what changes in place (the pages, boot.js, the host script, the data, the boundaries, the
 * schema). `public/_headers` (Netlify, Cloudflare Pages) and `deploy/nginx.conf` are written
 * from it (`npm run deploy:headers`), and a test checks that the committed files match.
 *
 * Pure: no DOM, no Node APIs.
 */
import { LANGS, pageFile } from '../i18n/lang.ts';

/** No inline script, no eval, no blob: worker, nothing from another origin; any site may frame it. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

/** Vite's content-hashed files: a new build gives new names, so they never change. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Files with fixed names that a deploy replaces: five minutes, then ask again. */
export const SHORT = 'public, max-age=300, must-revalidate';

/** Sent with every file. No X-Frame-Options: the embed is framed (frame-ancestors says who). */
export const COMMON_HEADERS: Record<string, string> = {
  'Content-Security-Policy': STRICT_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** The pages (every language), which the host serves under fixed names. */
export function pages(): string[] {
  return [...LANGS.flatMap((l) => [pageFile('index', l), pageFile('embed', l)]), 'editor.html'];
}

/** Paths (from the site's root) that change in place, and get SHORT caching. */
export function shortCachePaths(): string[] {
  return [
    '/',
    ...pages().map((page) => `/${page}`),
    '/boot.js',
    '/embed-host.js',
    '/data/*',
    '/geo/*',
    '/schema/*',
  ];
}

/**
 * `_headers` for Netlify and Cloudflare Pages: the common headers on every path, and one
 * Cache-Control per path (no path gets two, which both hosts would join into one header).
 */
export function netlifyHeaders(): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  return `${[
    '# Written by `npm run deploy:headers` from src/deploy/headers.ts; do not edit by hand.',
    block('/*', COMMON_HEADERS),
    block('/assets/*', { 'Cache-Control': IMMUTABLE }),
    ...shortCachePaths().map((path) => block(path, { 'Cache-Control': SHORT })),
  ].join('\n\n')}\n`;
}

/** An nginx `server` snippet: the same headers, the build's folder as the root. */
export function nginxSnippet(): string {
  const common = Object.entries(COMMON_HEADERS)
    .map(([k, v]) => `  add_header ${k} "${v}" always;`)
    .join('\n');
  // add_header in a location replaces the server's: each location repeats them (include).
  const withCommon = (cache: string) =>
    `    add_header Cache-Control "${cache}" always;\n${common.replace(/^ {2}/gm, '    ')}`;
  return `# Written by \`npm run deploy:headers\` from src/deploy/headers.ts; do not edit by hand.
# Inside your server { } block; root points at the build (dist/).
root /srv/territory-claims/dist;
charset utf-8;
types {
  text/csv csv;
  text/markdown md;
  application/manifest+json webmanifest;
}
gzip on;
gzip_types text/css application/javascript application/json text/csv text/markdown image/svg+xml;

location /assets/ {
${withCommon(IMMUTABLE)}
}

location / {
${withCommon(SHORT)}
  try_files $uri $uri/ =404;
}
`;
}
