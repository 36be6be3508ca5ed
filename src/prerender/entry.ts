/**
 * Server side of the prerender (see vite-plugin.ts): the App as HTML, in the state an address
 * without parameters shows, from the same data the browser will load. Runs in node only.
 */
import { render } from 'svelte/server';
import App from '../App.svelte';
import Legend from '../components/Legend.svelte';
import type { Dataset } from '../app/types.ts';
import { loadUkraineGeo, type UkraineTopology } from '../geo/load.ts';

export function prerenderApp(options: {
  embedded: boolean;
  dataset: Dataset;
  topology: UkraineTopology;
}): string {
  const { body } = render(App, {
    props: {
      embedded: options.embedded,
      initial: { dataset: options.dataset, geo: loadUkraineGeo(options.topology) },
      preloaded: { Legend },
    },
  });
  return body;
}
