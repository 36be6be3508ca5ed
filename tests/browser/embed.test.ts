/**
 * The embed on a newsroom's page, in Chromium, against the built app: an article on one origin
 * (127.0.0.1) with two embeds from another (localhost), pasted as the app's embed dialog writes
 * them (sandboxed iframe plus the host script). Each iframe must end at its content's height
 * at 1280 and at 360 px wide, show its own view, and link to the full page at that view; no
 * error may be logged and no request leave the two origins. The build must also run under a
 * strict Content-Security-Policy, framed and not, and the embed must pass axe in both themes.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { embedCode, FALLBACK_HEIGHT, SANDBOX } from '../../src/app/embed-code.ts';
import type { Theme } from '../../src/state/url.ts';
import { STRICT_CSP } from '../../src/deploy/headers.ts';
import { serve, type Served } from '../support/server.ts';
import { baseUrl, launch, open, screenshotPath, useWebglMap } from './harness.ts';

const README = readFileSync(resolve(import.meta.dirname, '../../src/embed/README.md'), 'utf8');

interface EmbedCase {
  view: string;
  theme: Theme;
  /** What the iframe's title names. */
  label: string;
  /** The embed code opts in to telling the host the reader's view and region (sync=1). */
  sync: boolean;
}

const EMBEDS: EmbedCase[] = [
  {
    view: 'seed-004',
    theme: 'light',
    label: 'Unnamed outlet, relaying Reuters and RIA Novosti, on or after 9 Nov 2025',
    sync: false,
  },
  { view: 'latest', theme: 'dark', label: 'Latest independent figure per region', sync: true },
];

let browser: Browser;
let csp: Served;
/**
 * The newsroom's server, on 127.0.0.1: it answers every path with the article of the moment.
 * (A real server, not a fulfilled route: Chromium treats a fulfilled page as public, and its
 * Local Network Access checks then block the page's requests to localhost.)
 */
let articles: Server;
let article = '';

beforeAll(async () => {
  browser = await launch();
  csp = await serve({
    root: inject('distDir'),
    headers: { 'Content-Security-Policy': STRICT_CSP },
  });
  articles = createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(article);
  });
  await new Promise<void>((done) => articles.listen(0, '127.0.0.1', done));
});

afterAll(async () => {
  await browser?.close();
  await csp?.close();
  await new Promise((done) => articles?.close(done));
});

/** An article with paragraphs around the two embeds, pasted as the embed dialog writes them. */
function articleHtml(embedBase: string): string {
  const code = EMBEDS.map((embed) =>
    embedCode({
      base: `${embedBase}/`,
      view: embed.view,
      region: null,
      theme: embed.theme,
      controls: false,
      static: false,
      autoHeight: true,
      sync: embed.sync,
      viewLabel: embed.label,
    }),
  );
  const paragraph = (n: number) =>
    `<p>Paragraph ${n} of the article. Officials on both sides gave figures for the regions this ` +
    'week; the map below shows what each source says, with the words each figure was read from.</p>';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>An article with two embeds</title>
    <style>
      * { box-sizing: border-box; }
      body { margin: 0; font: 18px/1.5 Georgia, serif; color: #222; background: #fbfaf7; }
      article { max-width: 46rem; margin: 0 auto; padding: 1rem; }
      figure { margin: 1.5rem 0; }
    </style>
  </head>
  <body>
    <article>
      <h1>How much of Ukraine does Russia hold?</h1>
      ${paragraph(1)}
      <figure>${code[0]}</figure>
      ${paragraph(2)}
      ${paragraph(3)}
      <figure>${code[1]}</figure>
      ${paragraph(4)}
    </article>
  </body>
</html>`;
}

interface Host {
  page: Page;
  context: BrowserContext;
  hostUrl: string;
  embedOrigin: string;
  /** Console errors and uncaught exceptions, from the host page and its frames. */
  errors: string[];
  /** Requests to anything but the host page and the embed's origin (aborted). */
  external: string[];
  /** Requests from the embeds (or their workers) outside the embed's origin. */
  fromFramesOutside: string[];
}

/**
 * Opens the article on 127.0.0.1, framing embeds from `embedBase` (localhost). Allows those two
 * origins, and data: and blob: URLs; aborts and records anything else.
 */
async function openHost(
  embedBase: string,
  { width = 1280, height = 800 }: { width?: number; height?: number } = {},
): Promise<Host> {
  const embedOrigin = new URL(embedBase).origin;
  const hostUrl = `http://127.0.0.1:${(articles.address() as AddressInfo).port}/article.html`;
  article = articleHtml(embedBase);
  const context = await browser.newContext({ viewport: { width, height } });
  // In every frame: uncaught errors and CSP violations; in the host, the messages it receives.
  await context.addInitScript(() => {
    const w = window as unknown as {
      __seen: { errors: string[]; csp: string[]; messages: unknown[] };
    };
    w.__seen = { errors: [], csp: [], messages: [] };
    addEventListener('error', (e) => w.__seen.errors.push(String(e.message)));
    addEventListener('unhandledrejection', (e) => w.__seen.errors.push(String(e.reason)));
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__seen.csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    // Each message with the index of the iframe that sent it.
    if (window.top === window)
      addEventListener('message', (e) =>
        w.__seen.messages.push({
          from: [...document.getElementsByTagName('iframe')].findIndex(
            (frame) => frame.contentWindow === e.source,
          ),
          data: e.data,
        }),
      );
  });
  const page = await context.newPage();
  const host: Host = {
    page,
    context,
    hostUrl,
    embedOrigin,
    errors: [],
    external: [],
    fromFramesOutside: [],
  };
  page.on('console', (message) => {
    if (message.type() === 'error')
      host.errors.push(`${message.location().url}: ${message.text()}`);
  });
  page.on('pageerror', (error) => host.errors.push(String(error)));
  await context.route('**/*', (route) => {
    const request = route.request();
    const url = request.url();
    if (url === hostUrl) return route.continue();
    const scheme = url.slice(0, url.indexOf(':'));
    const origin = scheme === 'data' || scheme === 'blob' ? null : new URL(url).origin;
    let inFrame = true;
    try {
      inFrame = request.frame() !== page.mainFrame();
    } catch {
      inFrame = true; // a worker's request
    }
    if (inFrame && origin !== null && origin !== embedOrigin) host.fromFramesOutside.push(url);
    if (origin === null || origin === embedOrigin) return route.continue();
    host.external.push(url);
    return route.abort();
  });
  await page.goto(hostUrl, { waitUntil: 'load' });
  return host;
}

/** The embeds' frames, in page order, each scrolled into view and its map loaded. */
async function loadedFrames(page: Page): Promise<Frame[]> {
  const iframes = page.locator('iframe[data-territory-claims]');
  await expect.poll(() => iframes.count()).toBe(EMBEDS.length);
  const frames: Frame[] = [];
  for (let i = 0; i < EMBEDS.length; i++) {
    // Lazy iframes load near the viewport, and off-screen cross-origin frames may not paint.
    await iframes.nth(i).scrollIntoViewIfNeeded();
    const frame = await (await iframes.nth(i).elementHandle())!.contentFrame();
    if (!frame) throw new Error(`Embed ${i + 1} has no frame.`);
    await useWebglMap(frame);
    frames.push(frame);
  }
  await page.evaluate(() => scrollTo(0, 0));
  return frames;
}

/** The iframe's height beside the height of what is inside it. */
async function heights(page: Page, frame: Frame, index: number) {
  const iframe = page.locator('iframe[data-territory-claims]').nth(index);
  const outer = await iframe.evaluate((el) => ({
    height: el.getBoundingClientRect().height,
    styled: (el as HTMLElement).style.height,
  }));
  const inner = await frame.evaluate(() => ({
    content: document.documentElement.getBoundingClientRect().height,
    scrollHeight: document.documentElement.scrollHeight,
    clientHeight: document.documentElement.clientHeight,
  }));
  return { ...outer, ...inner };
}

/** Waits until each iframe is as tall as its content (±2 px), and nothing inside scrolls. */
async function expectSizedToContent(page: Page, frames: Frame[]) {
  for (const [index, frame] of frames.entries()) {
    await expect
      .poll(
        async () => {
          const h = await heights(page, frame, index);
          return Math.abs(h.height - h.content) <= 2 && h.scrollHeight <= h.clientHeight + 1;
        },
        { timeout: 10_000, message: `embed ${index + 1} sized to its content` },
      )
      .toBe(true);
    const h = await heights(page, frame, index);
    expect(h.styled, 'the host script set the height').toMatch(/^\d+px$/);
  }
}

/**
 * A screenshot of the whole article. The viewport is made as tall as the page first: Chromium
 * does not paint cross-origin frames outside the viewport, so a plain full-page shot shows
 * them blank. (The embeds' widths, and so their heights, do not change.)
 */
async function screenshotArticle(page: Page, frames: Frame[], name: string) {
  const size = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height });
  for (const frame of frames) {
    await frame.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
  }
  await page.waitForTimeout(300);
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
  await page.setViewportSize(size);
}

/** What the page and its frames recorded through the init script. */
async function seen(frame: Frame) {
  return frame.evaluate(
    () =>
      (window as unknown as { __seen: { errors: string[]; csp: string[]; messages: unknown[] } })
        .__seen,
  );
}

interface OwnMessage {
  type?: string;
  height?: number;
  view?: string;
  region?: string | null;
}

/** Our size messages the host received from the iframe at `index`. */
function ownMessages(recorded: { messages: unknown[] }, index: number): OwnMessage[] {
  return (recorded.messages as { from: number; data: OwnMessage }[])
    .filter((m) => m.from === index && m.data?.type === 'territory-claims:size')
    .map((m) => m.data);
}

async function expectClean(host: Host, frames: Frame[]) {
  const recorded = await Promise.all([host.page.mainFrame(), ...frames].map(seen));
  await host.context.close();
  expect(host.external, 'requests outside the two origins').toEqual([]);
  expect(host.fromFramesOutside, 'requests from the embeds outside their origin').toEqual([]);
  expect(host.errors, 'console errors').toEqual([]);
  expect(
    recorded.flatMap((r) => r.errors),
    'uncaught errors',
  ).toEqual([]);
  expect(
    recorded.flatMap((r) => r.csp),
    'CSP violations',
  ).toEqual([]);
}

describe('the embed on an article from another origin', () => {
  it('documents the sandbox flags and the CSP it is tested with', () => {
    expect(README).toContain(`sandbox="${SANDBOX}"`);
    expect(README).toContain(STRICT_CSP);
    expect(README).toContain(`height="${FALLBACK_HEIGHT}"`);
  });

  it('sizes each iframe to its content at 1280 and 360 px, each with its own view', async () => {
    const host = await openHost(baseUrl());
    const { page } = host;
    const frames = await loadedFrames(page);

    // The pasted code is what the tests run with: sandboxed exactly as documented.
    for (const iframe of await page.locator('iframe[data-territory-claims]').all()) {
      expect(await iframe.getAttribute('sandbox')).toBe(SANDBOX);
      expect(await iframe.getAttribute('referrerpolicy')).toBe('no-referrer');
      expect(await iframe.getAttribute('title')).toMatch(/^Map: /);
    }
    expect(new URL(page.url()).origin).not.toBe(host.embedOrigin);

    for (const [index, frame] of frames.entries()) {
      const embed = EMBEDS[index]!;
      expect(await frame.locator('[data-testid="map-area"]').getAttribute('data-view')).toBe(
        embed.view,
      );
      expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe(embed.theme);
    }

    await expectSizedToContent(page, frames);
    const wide = await Promise.all(frames.map((frame, i) => heights(page, frame, i)));
    await screenshotArticle(page, frames, 'embed-host-1280.png');

    await page.setViewportSize({ width: 360, height: 740 });
    await expectSizedToContent(page, frames);
    const narrow = await Promise.all(frames.map((frame, i) => heights(page, frame, i)));
    // The content reflowed (taller when narrow), and the iframes followed it.
    for (const [i, h] of narrow.entries()) expect(h.height).not.toBe(wide[i]!.height);
    await screenshotArticle(page, frames, 'embed-host-360.png');

    // Our own message said which view the frame that opted in (sync=1) shows, and nothing
    // but its height for the other.
    const recorded = await seen(page.mainFrame());
    const views = EMBEDS.map((_, i) => new Set(ownMessages(recorded, i).map((m) => m.view)));
    for (const [i, embed] of EMBEDS.entries()) {
      if (embed.sync) expect(views[i]).toContain(embed.view);
      else expect(views[i]).toEqual(new Set([undefined]));
    }

    await expectClean(host, frames);
  });

  it('tells a host without the opt-in only the height, never what the reader clicks', async () => {
    const host = await openHost(baseUrl());
    const frames = await loadedFrames(host.page);
    expect(EMBEDS[0]!.sync).toBe(false);
    expect(EMBEDS[1]!.sync).toBe(true);
    for (const [index, frame] of frames.entries()) {
      await host.page.locator('iframe[data-territory-claims]').nth(index).scrollIntoViewIfNeeded();
      await frame.locator('[data-testid="region-labels"] button[data-region="UA-14"]').click();
      await frame.getByTestId('citation-card').waitFor();
    }
    // The opted-in frame says so (its view and the region clicked) …
    await expect
      .poll(async () => ownMessages(await seen(host.page.mainFrame()), 1).at(-1))
      .toMatchObject({ view: EMBEDS[1]!.view, region: 'UA-14' });
    // … and the other, which reported its new height, said nothing of either.
    const plain = ownMessages(await seen(host.page.mainFrame()), 0);
    expect(plain.length).toBeGreaterThan(0);
    for (const message of plain) {
      expect(Object.keys(message).sort()).toEqual(['height', 'type', 'version']);
    }
    const everything = JSON.stringify(
      ((await seen(host.page.mainFrame())).messages as { from: number; data: unknown }[])
        .filter((m) => m.from === 0)
        .map((m) => m.data),
    );
    expect(everything).not.toMatch(/UA-14|seed-004/);
    await expectClean(host, frames);
  });

  it('links from the footer to the full page at the same view, in a new tab', async () => {
    const host = await openHost(baseUrl());
    const frames = await loadedFrames(host.page);
    const frame = frames[0]!;
    const link = frame.locator('[data-testid="embed-full-link"]');
    expect(await link.getAttribute('target')).toBe('_blank');
    const href = new URL((await link.getAttribute('href'))!, frame.url());
    expect(href.origin).toBe(host.embedOrigin);
    expect(href.pathname).toMatch(/\/(?:index\.html)?$/);
    expect(href.searchParams.get('view')).toBe(EMBEDS[0]!.view);

    const [popup] = await Promise.all([host.context.waitForEvent('page'), link.click()]);
    await popup.waitForLoadState('load');
    await useWebglMap(popup);
    expect(await popup.locator('[data-testid="map-area"]').getAttribute('data-view')).toBe(
      EMBEDS[0]!.view,
    );
    // The full page opened outside the sandbox (allow-popups-to-escape-sandbox), as a page of
    // its own: not framed, and not related to the embed.
    expect(await popup.evaluate(() => window.top === window && window.opener === null)).toBe(true);
    const popupSeen = await seen(popup.mainFrame());
    expect([...popupSeen.errors, ...popupSeen.csp]).toEqual([]);
    await expectClean(host, frames);
  });

  it('asks embeds that loaded before the host script to report again', async () => {
    // The host script is async: it may run after the embeds reported. Reload only the script.
    const host = await openHost(baseUrl());
    const frames = await loadedFrames(host.page);
    await expectSizedToContent(host.page, frames);
    await host.page.evaluate(() => {
      const w = window as unknown as { __territoryClaimsHost?: true };
      delete w.__territoryClaimsHost;
      for (const iframe of document.querySelectorAll('iframe')) iframe.style.height = '';
    });
    await host.page.addScriptTag({ url: `${baseUrl()}/embed-host.js` });
    await expectSizedToContent(host.page, frames);
    await expectClean(host, frames);
  });
});

describe('under a strict Content-Security-Policy', () => {
  /** Opens `path` on the CSP server and waits for the map; returns the violations and errors. */
  async function openStrict(path: string) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    const response = await page.goto(`${csp.url}/${path}`, { waitUntil: 'load' });
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
    await useWebglMap(page);
    return { page, context, errors };
  }

  it.each(['index.html?view=seed-004', 'embed.html?view=seed-004&theme=dark'])(
    '%s renders the map, and a region’s card, with no violation',
    async (path) => {
      const { page, context, errors } = await openStrict(path);
      await page.locator('[data-region="UA-14"]').click();
      await page.getByTestId('citation-card').waitFor();
      const violations = await page.evaluate(
        () => (window as unknown as { __csp: string[] }).__csp,
      );
      await context.close();
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  it('sizes the embeds on an article when they are served with it', async () => {
    const host = await openHost(csp.url, { width: 360, height: 740 });
    const frames = await loadedFrames(host.page);
    await expectSizedToContent(host.page, frames);
    await expectClean(host, frames);
  });
});

describe('accessibility', () => {
  it.each(['light', 'dark'] as const)('axe finds nothing in the embed (%s)', async (theme) => {
    const opened = await open(browser, `embed.html?view=seed-004&region=UA-14&theme=${theme}`, {
      colorScheme: theme,
    });
    await useWebglMap(opened.page);
    await opened.page.getByTestId('embed-footer').waitFor();
    const results = await new AxeBuilder({ page: opened.page }).analyze();
    await opened.page.screenshot({ path: screenshotPath(`embed-${theme}.png`), fullPage: true });
    await opened.context.close();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
    ).toEqual([]);
    expect(opened.external).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});
