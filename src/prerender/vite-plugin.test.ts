import { describe, expect, it } from 'vitest';
import { deferScripts, localisePage } from './vite-plugin.ts';

const PAGE = `<!doctype html>
<html>
  <head>
    <script src="boot.js" ></script>
    <link rel="preload" href="data/claims.json" as="fetch" crossorigin="anonymous" />
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
      data: ['data/claims.json'],
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
