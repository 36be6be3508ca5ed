/**
 * The code an editor pastes into a CMS: an iframe that works on its own at a fixed height, and
 * optionally the host script that resizes it to its content. Pure.
 */
import type { Theme } from '../state/url.ts';
import { BASE_LANG, m, pageFile, type Lang } from '../i18n/lang.ts';

export interface EmbedOptions {
  /** Where the app is hosted, ending with a slash: "https://graphics.example.org/claims/". */
  base: string;
  view: string;
  region: string | null;
  theme: Theme;
  /** Show the source picker in the embed. */
  controls: boolean;
  /** Static SVG map: no MapLibre, for print, AMP, RSS and slow phones. */
  static: boolean;
  /** Add the host script that sizes the iframe to its content. */
  autoHeight: boolean;
  /**
   * Let the host page learn the view and region the reader chooses (`sync=1`), for a story
   * that follows the map; without it the embed tells the host only its height. Absent: false.
   */
  sync?: boolean;
  /** The view's name, for the iframe's title (read by screen readers). */
  viewLabel: string;
  /** The embed's language: its own prerendered page (embed.html, embed.uk.html). */
  lang?: Lang;
  /**
   * "As of today": the figures as they are on this day (`date`, and the disagreement view's
   * period), so the embed does not change under a published story when newer figures are
   * added. Absent or null: "always latest".
   */
  frozen?: { date: string; from?: string; to?: string } | null;
}

/** Height the iframe keeps where the host script does not run. */
export const FALLBACK_HEIGHT = 640;

/**
 * What the embed needs from the iframe sandbox: scripts; its own origin, to load its data
 * files and MapLibre's worker; popups, for the footer's link to the full map.
 */
export const SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export function embedUrl(options: Omit<EmbedOptions, 'autoHeight' | 'viewLabel'>): string {
  const query = new URLSearchParams({ view: options.view });
  if (options.region) query.set('region', options.region);
  if (options.theme !== 'auto') query.set('theme', options.theme);
  if (options.controls) query.set('controls', '1');
  if (options.static) query.set('static', '1');
  if (options.sync) query.set('sync', '1');
  if (options.frozen) {
    query.set('date', options.frozen.date);
    if (options.frozen.from) query.set('from', options.frozen.from);
    if (options.frozen.to) query.set('to', options.frozen.to);
  }
  return new URL(`${pageFile('embed', options.lang ?? 'en')}?${query}`, options.base).href;
}

export function embedCode(options: EmbedOptions): string {
  const title = m.embed_iframe_title({ view: options.viewLabel }, { locale: options.lang ?? 'en' });
  const iframe =
    `<iframe src="${escapeAttribute(embedUrl(options))}" title="${escapeAttribute(title)}"` +
    ` width="100%" height="${FALLBACK_HEIGHT}" style="border:0;width:100%;max-width:100%"` +
    ` loading="lazy" referrerpolicy="no-referrer" sandbox="${SANDBOX}" allow="clipboard-write"` +
    ` data-territory-claims></iframe>`;
  if (!options.autoHeight) return iframe;
  const script = `<script src="${escapeAttribute(new URL('embed-host.js', options.base).href)}" async referrerpolicy="no-referrer"></script>`;
  return `${iframe}\n${script}`;
}

/** The social card of a language (drawn by the build, src/prerender/): `card.png`, `card.uk.png`. */
export function cardFile(lang: Lang, base: Lang = BASE_LANG): string {
  return lang === base ? 'card.png' : `card.${lang}.png`;
}

/**
 * The embed for AMP pages: an `amp-iframe` (resizable, so the embed's AMP size messages set
 * its height; AMP needs the overflow button for that), with the social card as its
 * placeholder. The page must load AMP's `amp-iframe` component.
 */
export function ampCode(options: Omit<EmbedOptions, 'autoHeight'>): string {
  const lang = options.lang ?? 'en';
  const title = m.embed_iframe_title({ view: options.viewLabel }, { locale: lang });
  const card = new URL(cardFile(lang), options.base).href;
  return (
    `<amp-iframe src="${escapeAttribute(embedUrl(options))}" title="${escapeAttribute(title)}"` +
    ` layout="fixed-height" height="${FALLBACK_HEIGHT}" sandbox="${SANDBOX}" resizable frameborder="0">\n` +
    `  <button overflow type="button">${escapeAttribute(m.embed_amp_more({}, { locale: lang }))}</button>\n` +
    `  <amp-img placeholder layout="fill" src="${escapeAttribute(card)}" alt="${escapeAttribute(title)}"></amp-img>\n` +
    `</amp-iframe>`
  );
}

/**
 * For newsletters, RSS and anywhere scripts and iframes do not run: the social card (the
 * default view), linked to the full map.
 */
export function imageCode(options: { base: string; lang?: Lang; href: string }): string {
  const lang = options.lang ?? 'en';
  const card = new URL(cardFile(lang), options.base).href;
  const alt = m.embed_image_alt({}, { locale: lang });
  return (
    `<a href="${escapeAttribute(options.href)}"><img src="${escapeAttribute(card)}" alt="${escapeAttribute(alt)}"` +
    ` width="600" height="315" style="max-width:100%;height:auto;border:0"></a>`
  );
}

/** The full page at the same view and region: the embed footer's link. */
export function fullPageUrl(
  base: string | null,
  view: string,
  region: string | null,
  page = 'index.html',
): string {
  const query = new URLSearchParams({ view });
  if (region) query.set('region', region);
  // Without a base (the prerender) the link is relative: it resolves beside the embed.
  return base === null ? `${page}?${query}` : new URL(`${page}?${query}`, base).href;
}
