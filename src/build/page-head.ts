/**
 * The `<head>` every page shares, written once: Vite injects it into index.html, embed.html
 * and editor.html, in the dev server and in the build. Each page's HTML keeps only what is its
 * own: the title, the description or `robots`, and its mount point and entry script (the
 * prerender, src/prerender/vite-plugin.ts, then localises the title and description and adds
 * the language links and the social card).
 *
 * - Every page: charset, viewport, colour scheme, and an empty icon (no request for
 *   /favicon.ico).
 * - A page that runs the App (its entry is `/src/main.ts`): `public/boot.js`, the one script
 *   before first paint, and preloads for the data the first paint needs, fetched while the
 *   scripts load. The prerender needs both in the page (`deferScripts`).
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { APP_JSON } from '../claims/app-data.ts';

/** What every page's head starts with. */
export const SHARED_HEAD: readonly HtmlTagDescriptor[] = [
  { tag: 'meta', attrs: { charset: 'utf-8' }, injectTo: 'head-prepend' },
  {
    tag: 'meta',
    attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1' },
    injectTo: 'head-prepend',
  },
  { tag: 'meta', attrs: { name: 'color-scheme', content: 'light dark' }, injectTo: 'head-prepend' },
  { tag: 'link', attrs: { rel: 'icon', href: 'data:,' }, injectTo: 'head-prepend' },
];

/**
 * The data the App's first paint needs: the page's part of the claims export (its texts load
 * later, src/claims/app-data.ts) and the boundaries (public/geo).
 */
export const FIRST_PAINT_DATA = [APP_JSON, 'geo/ukraine.json'] as const;

/** What a page that runs the App adds at the end of its head. */
export const APP_HEAD: readonly HtmlTagDescriptor[] = [
  // Hides the prerendered map when the address asks for another one; Vite leaves it as is.
  { tag: 'script', attrs: { src: 'boot.js', 'vite-ignore': true }, injectTo: 'head' },
  ...FIRST_PAINT_DATA.map((href): HtmlTagDescriptor => ({
    tag: 'link',
    attrs: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' },
    injectTo: 'head',
  })),
];

const APP_ENTRY = /<script type="module" src="\/src\/main\.ts"><\/script>/;

/** The tags for a page's head, from its HTML as written. */
export function headTags(html: string, page: string): HtmlTagDescriptor[] {
  if (/<meta\s+charset/i.test(html)) {
    throw new Error(
      `${page} writes its own <meta charset>: the head every page shares is written once in src/build/page-head.ts; remove the page's copy.`,
    );
  }
  return APP_ENTRY.test(html) ? [...SHARED_HEAD, ...APP_HEAD] : [...SHARED_HEAD];
}

/** The Vite plugin: the shared head, injected before Vite reads the page's scripts. */
export function pageHead(): Plugin {
  return {
    name: 'territory-claims:page-head',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, context) => ({ html, tags: headTags(html, context.path) }),
    },
  };
}
