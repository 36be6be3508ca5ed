// @ts-check
/*
 * Territory Claims, before first paint: the page's HTML holds the map as an address without
 * parameters shows it, in the light theme. When this address asks for something else (a view,
 * a region, a theme), or the reader's system is dark, the page is hidden until the app has
 * drawn what was asked for, so no reader sees the wrong map first. Then it loads the app, once
 * the first frame is drawn. Kept tiny: it blocks paint. Served as written (no build step):
 * linted as a classic browser script (eslint.config.js), type-checked from its JSDoc
 * (tsconfig.json includes it).
 */
(function () {
  var root = document.documentElement;
  var query = location.search.replace(/^\?/, '');
  var asked = /(?:^|&)theme=(light|dark)(?:&|$)/.exec(query);
  var dark = asked
    ? asked[1] === 'dark'
    : !!window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches;
  // The page's colours from the start (the app keeps them up to date from then on).
  root.setAttribute('data-theme', dark ? 'dark' : 'light');
  var waiting = !!(query || dark);
  if (waiting) root.className += ' tc-wait';

  // The built page lists the app's scripts and data here (src/prerender/vite-plugin.ts):
  // requested once the first frame is drawn, so the first paint has the network to itself.
  function load() {
    var list = document.getElementById('tc-load');
    if (!list) return;
    /** @type {{ data: string[], modules: string[], entry: string }} */
    var files = JSON.parse(list.textContent || '');
    var head = document.head;
    /**
     * @param {string} tag
     * @param {Record<string, string>} attributes
     */
    var add = function (tag, attributes) {
      var element = document.createElement(tag);
      for (var name in attributes)
        element.setAttribute(name, /** @type {string} */ (attributes[name]));
      head.appendChild(element);
    };
    files.data.forEach(function (href) {
      add('link', { rel: 'preload', href: href, as: 'fetch', crossorigin: 'anonymous' });
    });
    files.modules.forEach(function (href) {
      add('link', { rel: 'modulepreload', href: href, crossorigin: '' });
    });
    add('script', { type: 'module', src: files.entry, crossorigin: '' });
  }
  // After the first contentful paint (the first frame may come before the body is parsed);
  // at the latest after 3 s, for a browser that reports no paint timing.
  var started = false;
  var go = function () {
    if (started) return;
    started = true;
    setTimeout(load, 0);
  };
  var start = function () {
    if (waiting) return go();
    try {
      if (performance.getEntriesByName('first-contentful-paint').length) return go();
      new PerformanceObserver(function (entries, observer) {
        if (!entries.getEntriesByName('first-contentful-paint').length) return;
        observer.disconnect();
        go();
      }).observe({ type: 'paint', buffered: true });
    } catch (_error) {
      return go();
    }
    setTimeout(go, 3000);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
