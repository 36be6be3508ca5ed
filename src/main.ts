import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { loadAppData, type AppData } from './app/load-data.ts';
import type LegendComponent from './components/Legend.svelte';
import { framedGeometry } from './render/svg-map.ts';
import { BASE_LANG, chooseLang, isLang, m } from './i18n/lang.ts';
import './app.css';
import './components/legend.css';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no element with id "app" to mount the map into.');
const embedded = target.dataset.embedded === 'true';
const root = document.documentElement;

// The interface's language: `lang=` in the address, else the page's own (index.uk.html: uk).
const pageLang = isLang(root.lang) ? root.lang : BASE_LANG;
const language = chooseLang(location.search, pageLang);
if (language !== pageLang) {
  root.lang = language;
  document.title = embedded ? m.embed_page_title() : m.page_title();
}

/** Yields to the browser between steps, so no start-up task blocks input for long. */
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The prerendered page (vite build) painted the map from HTML and CSS; its first paint is the
 * browser's first contentful paint, unless boot.js hid it (the address asks for another state).
 */
function markPrerenderedPaint(): void {
  if (root.classList.contains('tc-wait')) return;
  const mark = (time: number) => {
    // The map marks its own first frame if it gets there before this runs: the page's first
    // paint came earlier.
    performance.clearMarks('tc:first-paint');
    performance.mark('tc:first-paint', { startTime: time });
  };
  const fcp = performance.getEntriesByName('first-contentful-paint', 'paint')[0];
  if (fcp) return mark(fcp.startTime);
  try {
    const observer = new PerformanceObserver((list) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (!entry) return;
      observer.disconnect();
      mark(entry.startTime);
    });
    observer.observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing: the map sets the mark itself once it is drawn.
  }
}

/** Shows the page boot.js hid, once the App shows what the address asks for. */
function reveal(): void {
  if (!root.classList.contains('tc-wait')) return;
  requestAnimationFrame(() => {
    root.classList.remove('tc-wait');
    requestAnimationFrame(() => {
      if (performance.getEntriesByName('tc:first-paint', 'mark').length === 0) {
        performance.mark('tc:first-paint');
      }
    });
  });
}

/** The App from scratch: it loads its data itself, and says what failed if that fails. */
function mountFresh(element: HTMLElement): unknown {
  element.replaceChildren();
  const app = mount(App, { target: element, props: { embedded } });
  reveal();
  return app;
}

async function start(element: HTMLElement): Promise<unknown> {
  // The dev server, a page built without the prerender, or one prerendered in another language.
  if (element.dataset.prerendered !== 'true' || language !== pageLang) return mountFresh(element);
  markPrerenderedPaint();
  let initial: AppData;
  let preloaded: { Legend: typeof LegendComponent };
  try {
    // The legend loads beside the data: the prerendered page shows it, so hydration must too.
    const [data, { default: Legend }] = await Promise.all([
      loadAppData(),
      import('./components/Legend.svelte'),
    ]);
    initial = data;
    preloaded = { Legend };
    await yieldToMain();
    // The SVG map's paths, made now so hydration itself is short.
    framedGeometry(initial.geo);
    await yieldToMain();
  } catch {
    // The App fetches again and shows what failed and how to fix it.
    return mountFresh(element);
  }
  const app = hydrate(App, { target: element, props: { embedded, initial, preloaded } });
  reveal();
  return app;
}

export default start(target);
