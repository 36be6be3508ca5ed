/**
 * Vite plugin: at build time, renders the App into `index.html` and `embed.html` (Svelte's
 * server renderer), in the state an address without parameters shows, and writes each page
 * again in every other language with its own HTML (`index.uk.html`, `embed.uk.html`: `<html
 * lang>`, title, description and the App in that language), the pages joined by `hreflang`
 * links. A reader of either language so gets a first paint from HTML alone. The page then paints
 * the coloured map, the summary and the legend's place from HTML and CSS alone, before any
 * script has run; `main.ts` hydrates it once the data has loaded. `public/boot.js` hides the
 * prerendered page when the address asks for something else (a view, a region, a theme), so
 * a reader never sees the wrong map first. Node-only; the dev server does not prerender.
 *
 * It also draws each language's social card (`card.png`, `card.uk.png`: the default view as the
 * "social card" image download draws it, rasterised with resvg) and writes the social tags
 * (`og:*`, `twitter:*`) that point to it. Link previews need an absolute `og:image`: the build
 * takes the address the site is published at from `SITE_URL` (e.g.
 * `SITE_URL=https://graphics.example.org/claims/ npm run build`); without it the tags hold
 * addresses relative to the page, which the embed's `<noscript>` image uses as they are but
 * which most link previews ignore.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { createServer, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { dataRoot, exportFiles } from '../claims/vite-plugin.ts';
import { REPO_ROOT } from '../claims/load.ts';
import type { Dataset } from '../app/types.ts';
import type { UkraineTopology } from '../geo/load.ts';

/** The pages that get a prerendered App, and whether each is the embed. */
const PAGES: Record<string, { embedded: boolean; name: 'index' | 'embed' }> = {
  'index.html': { embedded: false, name: 'index' },
  'embed.html': { embedded: true, name: 'embed' },
};

type Entry = typeof import('./entry.ts');
/** Each page in each language: the App's HTML and the head's title and description. */
type Rendered = Record<
  string,
  Record<string, { body: string; title: string; description: string }>
>;
/** Each language's social card: its file name, PNG bytes and text alternative. */
type Cards = Record<string, { file: string; png: Buffer; alt: string }>;
interface Languages {
  langs: readonly string[];
  base: string;
  file: Entry['pageFile'];
}

const MOUNT = /<div id="app"([^>]*)><\/div>/;

/** The rendered App for each page and language, made once per build. */
async function renderPages(
  root: string,
): Promise<{ pages: Rendered; languages: Languages; cards: Cards }> {
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
    const { prerenderApp, pageHead, cardSvg, cardFile, CARD_SIZE, LANGS, BASE_LANG, pageFile } =
      (await server.ssrLoadModule('/src/prerender/entry.ts')) as Entry;
    const dataset = JSON.parse(exportFiles(dataRoot(root)).json) as Dataset;
    const topology = JSON.parse(
      readFileSync(resolve(root, 'public/geo/ukraine.json'), 'utf8'),
    ) as UkraineTopology;
    const out: Rendered = {};
    for (const [page, { embedded }] of Object.entries(PAGES)) {
      out[page] = {};
      for (const lang of LANGS) {
        out[page][lang] = {
          body: prerenderApp({ embedded, dataset, topology, lang }),
          ...pageHead(lang, embedded),
        };
      }
    }
    const cards: Cards = {};
    for (const lang of LANGS) {
      const { svg, alt } = cardSvg({ dataset, topology, lang });
      cards[lang] = { file: cardFile(lang), png: rasterise(svg, CARD_SIZE.width), alt };
    }
    return { pages: out, languages: { langs: LANGS, base: BASE_LANG, file: pageFile }, cards };
  } finally {
    await server.close();
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/** An SVG drawn to a PNG `width` pixels wide, with the machine's fonts (DejaVu Sans first). */
export function rasterise(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: {
      loadSystemFonts: true,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
    background: 'white',
  });
  return resvg.render().asPng();
}

/**
 * The address the site is published at (`SITE_URL`), ending with a slash, or null (relative
 * social tags). Anything but an http(s) address stops the build with how to fix it.
 */
export function siteUrl(value = process.env.SITE_URL): string | null {
  if (value === undefined || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    url = new URL('invalid:');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(
      `SITE_URL must be the http(s) address the site is published at, e.g. https://graphics.example.org/claims/ (got "${value}").`,
    );
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** What a page's social tags say: its title and description, the card and the page's address. */
export interface SocialTags {
  title: string;
  description: string;
  /** The card's address: absolute with SITE_URL, otherwise relative to the page. */
  image: string;
  imageAlt: string;
  width: number;
  height: number;
  lang: string;
  /** The page's absolute address (only with SITE_URL). */
  url: string | null;
}

/** The Open Graph and Twitter tags for a page's `<head>`. */
export function socialTags(tags: SocialTags): string {
  const locale = { en: 'en_GB', uk: 'uk_UA' }[tags.lang] ?? tags.lang;
  const meta = (attribute: 'property' | 'name', key: string, value: string | number) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(String(value))}" />`;
  return [
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', tags.title),
    meta('property', 'og:description', tags.description),
    meta('property', 'og:locale', locale),
    ...(tags.url ? [meta('property', 'og:url', tags.url)] : []),
    meta('property', 'og:image', tags.image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', tags.width),
    meta('property', 'og:image:height', tags.height),
    meta('property', 'og:image:alt', tags.imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', tags.title),
    meta('name', 'twitter:description', tags.description),
    meta('name', 'twitter:image', tags.image),
    meta('name', 'twitter:image:alt', tags.imageAlt),
  ].join('\n    ');
}

/**
 * The embed's image for readers without scripts (and the same image as the newsletter
 * fallback): the social card, linked to the full map.
 */
export function noscriptCard(image: string, alt: string, href: string): string {
  return (
    `<noscript><a href="${escapeHtml(href)}" target="_blank" rel="noopener"><img src="${escapeHtml(image)}" alt="${escapeHtml(alt)}"` +
    ` width="1200" height="630" style="display:block;width:100%;height:auto" data-testid="noscript-card" /></a></noscript>`
  );
}

const MODULE_SCRIPT = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g;
const FETCH_PRELOAD =
  /\s*<link rel="preload" href="([^"]+)" as="fetch" crossorigin="anonymous"\s*\/?>/g;
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

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The page's HTML in one language: the App rendered into it, `<html lang>`, title and
 * description in that language, and `hreflang` links to the page in every language.
 */
export function localisePage(
  html: string,
  page: string,
  lang: string,
  rendered: { body: string; title: string; description: string },
  alternates: { lang: string; href: string }[],
  social?: { tags: SocialTags; noscript?: string },
): string {
  if (!MOUNT.test(html)) {
    throw new Error(
      `${page} has no empty <div id="app"></div> to prerender the App into; keep that element in the page.`,
    );
  }
  const links = [
    ...alternates.map(
      ({ lang: hreflang, href }) =>
        `<link rel="alternate" hreflang="${hreflang}" href="${escapeHtml(href)}" />`,
    ),
    `<link rel="alternate" hreflang="x-default" href="${escapeHtml(alternates[0]!.href)}" />`,
  ].join('\n    ');
  return html
    .replace(/<html lang="[^"]*"/, `<html lang="${lang}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(rendered.title)}</title>`)
    .replace(
      /(<meta\s+name="description"\s+content=")[^"]*(")/,
      (_, start: string, end: string) => `${start}${escapeHtml(rendered.description)}${end}`,
    )
    .replace(
      /(\s*)<\/head>/,
      (_, space: string) =>
        `\n    ${links}${social ? `\n    ${socialTags(social.tags)}` : ''}${space}</head>`,
    )
    .replace(MOUNT, (_, attributes: string) => {
      const app = `<div id="app"${attributes} data-prerendered="true">${rendered.body}</div>`;
      return social?.noscript ? `${app}\n    ${social.noscript}` : app;
    });
}

export function prerender(root = REPO_ROOT): Plugin {
  let made: ReturnType<typeof renderPages> | null = null;
  const site = siteUrl();
  /** The other languages' pages, written beside the built ones once the bundle is written. */
  const extra = new Map<string, string>();
  return {
    name: 'territory-claims:prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const page = context.filename.slice(root.length).replace(/^[/\\]/, '');
        const info = PAGES[page];
        if (!info) return html;
        made ??= renderPages(root);
        const { pages, languages, cards } = await made;
        const alternates = languages.langs.map((lang) => ({
          lang,
          href: languages.file(info.name, lang as never),
        }));
        const social = (lang: string) => {
          const card = cards[lang]!;
          const image = site ? new URL(card.file, site).href : card.file;
          const file = languages.file(info.name, lang as never);
          const rendered = pages[page]![lang]!;
          return {
            tags: {
              title: rendered.title,
              description: rendered.description,
              image,
              imageAlt: card.alt,
              width: 1200,
              height: 630,
              lang,
              url: site ? new URL(file, site).href : null,
            },
            noscript: info.embedded
              ? noscriptCard(image, card.alt, languages.file('index', lang as never))
              : undefined,
          };
        };
        for (const lang of languages.langs) {
          if (lang === languages.base) continue;
          const localised = localisePage(
            html,
            page,
            lang,
            pages[page]![lang]!,
            alternates,
            social(lang),
          );
          extra.set(languages.file(info.name, lang as never), deferScripts(localised, page));
        }
        const base = localisePage(
          html,
          page,
          languages.base,
          pages[page]![languages.base]!,
          alternates,
          social(languages.base),
        );
        return deferScripts(base, page);
      },
    },
    writeBundle(options) {
      const dir = options.dir ?? resolve(root, 'dist');
      for (const [file, html] of extra) writeFileSync(resolve(dir, file), html);
      if (made) {
        return made.then(({ cards }) => {
          for (const card of Object.values(cards)) writeFileSync(resolve(dir, card.file), card.png);
        });
      }
    },
  };
}
