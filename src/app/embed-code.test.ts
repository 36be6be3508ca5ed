import { describe, expect, it } from 'vitest';
import {
  ampCode,
  cardFile,
  imageCode,
  embedCode,
  embedUrl,
  FALLBACK_HEIGHT,
  fullPageUrl,
  SANDBOX,
  type EmbedOptions,
} from './embed-code.ts';

const options: EmbedOptions = {
  base: 'https://graphics.example.org/claims/',
  view: 'seed-004',
  region: null,
  theme: 'auto',
  controls: false,
  static: false,
  autoHeight: true,
  viewLabel: 'Reuters, via document 004',
};

describe('embedUrl', () => {
  it.each<[Partial<EmbedOptions>, string]>([
    [{}, 'https://graphics.example.org/claims/embed.html?view=seed-004'],
    [
      { region: 'UA-14', theme: 'dark' },
      'https://graphics.example.org/claims/embed.html?view=seed-004&region=UA-14&theme=dark',
    ],
    [
      { controls: true, static: true },
      'https://graphics.example.org/claims/embed.html?view=seed-004&controls=1&static=1',
    ],
    [{ base: 'http://localhost:4173/' }, 'http://localhost:4173/embed.html?view=seed-004'],
  ])('%o', (overrides, expected) => {
    expect(embedUrl({ ...options, ...overrides })).toBe(expected);
  });
});

describe('embedCode', () => {
  it('gives an iframe with a title, a usable fixed height, the sandbox flags, and the host script', () => {
    const code = embedCode(options);
    const [iframe, script] = code.split('\n');
    expect(iframe).toMatch(
      /^<iframe src="https:\/\/graphics\.example\.org\/claims\/embed\.html\?view=seed-004" /,
    );
    expect(iframe).toContain(
      'title="Map: who says Russia holds how much of Ukraine (Reuters, via document 004)"',
    );
    expect(iframe).toContain(`height="${FALLBACK_HEIGHT}"`);
    expect(iframe).toContain(`sandbox="${SANDBOX}"`);
    expect(iframe).toContain('referrerpolicy="no-referrer"');
    expect(iframe).toContain('allow="clipboard-write"');
    expect(script).toBe(
      '<script src="https://graphics.example.org/claims/embed-host.js" async referrerpolicy="no-referrer"></script>',
    );
  });

  it('leaves the script out when asked, and escapes attribute values', () => {
    const code = embedCode({
      ...options,
      autoHeight: false,
      viewLabel: 'A "quoted" <view> & more',
    });
    expect(code).not.toContain('<script');
    expect(code).toContain('(A &quot;quoted&quot; &lt;view&gt; &amp; more)');
  });
});

describe('fullPageUrl', () => {
  it('opens index.html beside the embed at the same view and region', () => {
    expect(fullPageUrl('https://example.org/claims/embed.html?view=x', 'seed-004', 'UA-14')).toBe(
      'https://example.org/claims/index.html?view=seed-004&region=UA-14',
    );
    expect(fullPageUrl('http://localhost:5173/embed.html', 'latest', null)).toBe(
      'http://localhost:5173/index.html?view=latest',
    );
  });
});

describe('frozen embeds, AMP and the image fallback', () => {
  it('freezes the figures with the date (and the disagreement view’s period)', () => {
    expect(embedUrl({ ...options, frozen: { date: '2026-03-10' } })).toBe(
      'https://graphics.example.org/claims/embed.html?view=seed-004&date=2026-03-10',
    );
    expect(
      embedUrl({
        ...options,
        view: 'disagreement',
        frozen: { date: '2026-03-10', from: '2025-03-10', to: '2026-03-10' },
      }),
    ).toBe(
      'https://graphics.example.org/claims/embed.html?view=disagreement&date=2026-03-10&from=2025-03-10&to=2026-03-10',
    );
    expect(embedUrl({ ...options, frozen: null })).not.toContain('date=');
  });

  it('gives a resizable amp-iframe with an overflow button and the card as placeholder', () => {
    const code = ampCode({ ...options, lang: 'uk', frozen: { date: '2026-03-10' } });
    expect(code).toMatch(
      /^<amp-iframe src="https:\/\/graphics\.example\.org\/claims\/embed\.uk\.html\?view=seed-004&amp;date=2026-03-10"/,
    );
    expect(code).toContain(' resizable ');
    expect(code).toContain(`sandbox="${SANDBOX}"`);
    expect(code).toMatch(/<button overflow type="button">[^<]+<\/button>/);
    expect(code).toContain(
      '<amp-img placeholder layout="fill" src="https://graphics.example.org/claims/card.uk.png"',
    );
    expect(code.trim().endsWith('</amp-iframe>')).toBe(true);
  });

  it('gives the card linked to the full map for newsletters', () => {
    const code = imageCode({
      base: options.base,
      lang: 'en',
      href: 'https://graphics.example.org/claims/index.html?view=latest',
    });
    expect(code).toContain('<a href="https://graphics.example.org/claims/index.html?view=latest">');
    expect(code).toContain('src="https://graphics.example.org/claims/card.png"');
    expect(code).toMatch(/alt="[^"]{20,}"/);
    expect(cardFile('uk')).toBe('card.uk.png');
  });
});
