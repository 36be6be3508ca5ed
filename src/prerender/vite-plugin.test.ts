import { describe, expect, it } from 'vitest';
import { deferScripts, localisePage, siteUrl, socialTags } from './vite-plugin.ts';

const PAGE = `<!doctype html>
<html>
  <head>
    <script src="boot.js" ></script>
    <link rel="preload" href="data/claims.json" as="fetch" crossorigin="anonymous" />
    <link rel="preload" href="geo/ukraine.json" as="fetch" crossorigin="anonymous">
    <script type="module" crossorigin src="./assets/app-1.js"></script>
    <script type="module" crossorigin src="./assets/main-2.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/main-3.css">
  </head>
  <body><div id="app" data-prerendered="true"></div></body>
</html>`;

describe('deferScripts', () => {
  it('lists the scripts and data for boot.js instead of requesting them from the head', () => {
    const out = deferScripts(PAGE, 'index.html');
    expect(out).not.toContain('<script type="module"');
    expect(out).not.toContain('rel="preload"');
    // The style sheet the first paint needs stays.
    expect(out).toContain('<link rel="stylesheet" crossorigin href="./assets/main-3.css">');
    const list = /<script type="application\/json" id="tc-load">(.*?)<\/script>/.exec(out);
    expect(JSON.parse(list![1]!)).toEqual({
      modules: ['./assets/app-1.js'],
      entry: './assets/main-2.js',
      // As written in HTML and as Vite writes an injected tag (src/build/page-head.ts).
      data: ['data/claims.json', 'geo/ukraine.json'],
    });
    // Listed before boot.js, which reads it.
    expect(out.indexOf('id="tc-load"')).toBeLessThan(out.indexOf('src="boot.js"'));
  });

  it('says what is missing when the page has no boot.js or no module script', () => {
    expect(() =>
      deferScripts(PAGE.replace('<script src="boot.js" ></script>', ''), 'x.html'),
    ).toThrow(/boot\.js/);
    expect(() =>
      deferScripts(PAGE.replace(/<script type="module"[^>]*><\/script>/g, ''), 'x.html'),
    ).toThrow(/module scripts/);
  });
});

describe('localisePage', () => {
  const SHELL = `<!doctype html>
<html lang="en">
  <head>
    <meta
      name="description"
      content="English description"
    />
    <title>English title</title>
  </head>
  <body><div id="app" data-embedded="true"></div></body>
</html>`;
  const alternates = [
    { lang: 'en', href: 'embed.html' },
    { lang: 'uk', href: 'embed.uk.html' },
  ];

  it('writes the page in its language, with hreflang links to every language', () => {
    const out = localisePage(
      SHELL,
      'embed.html',
      'uk',
      { body: '<h1>Карта</h1>', title: 'Заголовок & «назва»', description: 'Опис "карти"' },
      alternates,
    );
    expect(out).toContain('<html lang="uk">');
    expect(out).toContain('<title>Заголовок &amp; «назва»</title>');
    expect(out).toContain('content="Опис &quot;карти&quot;"');
    expect(out).toContain(
      '<div id="app" data-embedded="true" data-prerendered="true"><h1>Карта</h1></div>',
    );
    expect(out).toContain('<link rel="alternate" hreflang="en" href="embed.html" />');
    expect(out).toContain('<link rel="alternate" hreflang="uk" href="embed.uk.html" />');
    expect(out).toContain('<link rel="alternate" hreflang="x-default" href="embed.html" />');
    expect(out.indexOf('hreflang')).toBeLessThan(out.indexOf('</head>'));
  });

  it('says what is missing when the page has no empty #app', () => {
    expect(() =>
      localisePage(
        SHELL.replace('<div id="app" data-embedded="true"></div>', ''),
        'x.html',
        'uk',
        { body: '', title: '', description: '' },
        alternates,
      ),
    ).toThrow(/<div id="app"><\/div>/);
  });
});

describe('social tags', () => {
  const tags = {
    title: 'Territory Claims & co',
    description: 'How much "each" source says',
    image: 'https://example.org/claims/card.uk.png',
    imageAlt: 'Map',
    width: 1200,
    height: 630,
    lang: 'uk',
    url: 'https://example.org/claims/index.uk.html',
  };

  it('writes Open Graph and Twitter tags with the card, its size and the page address', () => {
    const out = socialTags(tags);
    expect(out).toContain(
      '<meta property="og:image" content="https://example.org/claims/card.uk.png" />',
    );
    expect(out).toContain('<meta property="og:image:width" content="1200" />');
    expect(out).toContain('<meta property="og:image:height" content="630" />');
    expect(out).toContain('<meta property="og:title" content="Territory Claims &amp; co" />');
    expect(out).toContain('content="How much &quot;each&quot; source says"');
    expect(out).toContain('<meta property="og:locale" content="uk_UA" />');
    expect(out).toContain(
      '<meta property="og:url" content="https://example.org/claims/index.uk.html" />',
    );
    expect(out).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(socialTags({ ...tags, url: null })).not.toContain('og:url');
  });

  it('takes SITE_URL as an http(s) address ending with a slash, or none', () => {
    expect(siteUrl(undefined)).toBeNull();
    expect(siteUrl('  ')).toBeNull();
    expect(siteUrl('https://example.org/claims')).toBe('https://example.org/claims/');
    expect(siteUrl('http://example.org/')).toBe('http://example.org/');
    expect(() => siteUrl('example.org/claims')).toThrow(/SITE_URL must be the http\(s\) address/);
    expect(() => siteUrl('ftp://example.org/')).toThrow(/SITE_URL/);
  });

  it("puts the tags in the head and the embed's noscript card after the app", () => {
    const shell =
      '<html lang="en"><head><title>t</title>\n  </head><body><div id="app"></div></body></html>';
    const out = localisePage(
      shell,
      'embed.html',
      'en',
      { body: 'x', title: 't', description: 'd' },
      [{ lang: 'en', href: 'embed.html' }],
      { tags, noscript: '<noscript>card</noscript>' },
    );
    expect(out.indexOf('og:image')).toBeLessThan(out.indexOf('</head>'));
    expect(out).toMatch(/<\/div>\s*<noscript>card<\/noscript>/);
  });
});
