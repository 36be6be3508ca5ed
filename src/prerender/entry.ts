/**
 * Server side of the prerender (see vite-plugin.ts): the App as HTML, in the state an address
 * without parameters shows, from the same data the browser will load, in each language. Runs in
 * node only.
 */
import { render } from 'svelte/server';
import App from '../App.svelte';
import Legend from '../components/Legend.svelte';
import type { Dataset } from '../app/types.ts';
import { loadUkraineGeo, type UkraineTopology } from '../geo/load.ts';
import { m, setLang, type Lang } from '../i18n/lang.ts';
import { claimRegionText, dateText } from '../i18n/format.ts';
import { AppState } from '../app/state.svelte.ts';
import { viewPage } from '../app/view-page.ts';
import { imageLabels, mapPicture } from '../app/map-picture.ts';
import { CLAIM_REGIONS } from '../geo/regions.ts';
import { PALETTES } from '../map/colour.ts';
import { renderMapSvg } from '../render/svg-image.ts';

export { LANGS, BASE_LANG, pageFile } from '../i18n/lang.ts';
export { cardFile } from '../app/embed-code.ts';

export function prerenderApp(options: {
  embedded: boolean;
  dataset: Dataset;
  topology: UkraineTopology;
  lang?: Lang;
}): string {
  setLang(options.lang ?? 'en');
  try {
    const { body } = render(App, {
      props: {
        embedded: options.embedded,
        initial: { dataset: options.dataset, geo: loadUkraineGeo(options.topology) },
        preloaded: { Legend },
      },
    });
    return body;
  } finally {
    setLang('en');
  }
}

/** The page's title and description in a language, for its `<head>`. */
export function pageHead(lang: Lang, embedded: boolean): { title: string; description: string } {
  return {
    title: embedded ? m.embed_page_title({}, { locale: lang }) : m.page_title({}, { locale: lang }),
    description: m.page_description({}, { locale: lang }),
  };
}

/** The social card's size: what og:image and twitter:card (summary_large_image) expect. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * The social card (og:image, the embed's `<noscript>` and newsletter image): the default view,
 * "latest independent figure per region", as the "social card" image download draws it
 * (`renderMapSvg` with title, legend, sources and date), in a language. The build draws it to
 * a PNG (vite-plugin.ts).
 */
export function cardSvg(options: { dataset: Dataset; topology: UkraineTopology; lang: Lang }): {
  svg: string;
  alt: string;
} {
  setLang(options.lang);
  try {
    const app = new AppState();
    app.dataset = options.dataset;
    const view = app.view;
    if (!view) throw new Error('The social card needs a view: the dataset has no claims.');
    const picture = mapPicture(view, app);
    const page = viewPage(view, app);
    const subtitle = page.subtitle;
    const svg = renderMapSvg({
      geo: loadUkraineGeo(options.topology),
      states: picture.unitStates,
      mode: picture.mode,
      labels: imageLabels(picture),
      palette: PALETTES.light,
      ...CARD_SIZE,
      chrome: {
        title: m.app_title(),
        subtitle,
        sourcesLine: `${m.footer_sources()} ${page.sources}.`,
        dateLine: `${m.data_updated({ date: dateText(options.dataset.updated) })} · ${m.image_borders()}`,
        legendTitle: m.legend_title(),
      },
    });
    const values = CLAIM_REGIONS.map(
      (region) =>
        `${claimRegionText(region.id)}: ${picture.labels[region.id]?.value ?? m.no_figure()}`,
    ).join('; ');
    return { svg, alt: `${m.app_title()}. ${subtitle.replace(/\.$/, '')}. ${values}.` };
  } finally {
    setLang('en');
  }
}
