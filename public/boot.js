/*
 * Territory Claims, before first paint: the page's HTML holds the map as an address without
 * parameters shows it, in the light theme. When this address asks for something else (a view,
 * a region, a theme), or the reader's system is dark, the page is hidden until the app has
 * drawn what was asked for, so no reader sees the wrong map first. Kept tiny: it blocks paint.
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
  if (query || dark) root.className += ' tc-wait';
})();
