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

export { LANGS, BASE_LANG, pageFile } from '../i18n/lang.ts';

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
