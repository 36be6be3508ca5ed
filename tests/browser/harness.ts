/**
 * What every browser test needs: a Chromium page on the built app that records console errors
 * and any request leaving the app's origin (which is aborted, and fails the test).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Frame,
  type Page,
} from 'playwright-core';
import { inject } from 'vitest';
import { launchOptions } from '../support/chromium.ts';

export const OUTPUT_DIR = resolve(import.meta.dirname, '../output');

export interface Opened {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Requests to any origin other than the app's own (they are aborted). */
  external: string[];
}

export interface OpenOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /** false: the page as a browser without scripts (or before they run) shows it. */
  javaScriptEnabled?: boolean;
}

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch(launchOptions(extraArgs));
}

/** Opens `path` (relative to the app's base URL) in a fresh context and waits for load. */
export async function open(
  browser: Browser,
  path: string,
  {
    width = 1280,
    height = 800,
    colorScheme = 'light',
    reducedMotion,
    javaScriptEnabled = true,
  }: OpenOptions = {},
): Promise<Opened> {
  const context = await browser.newContext({
    viewport: { width, height },
    colorScheme,
    javaScriptEnabled,
    ...(reducedMotion ? { reducedMotion } : {}),
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const external: string[] = [];
  const origin = new URL(baseUrl()).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) {
      return route.continue();
    }
    external.push(url);
    return route.abort();
  });
  await page.goto(new URL(path, baseUrl() + '/').href, { waitUntil: 'load' });
  return { page, context, errors, external };
}

export function screenshotPath(name: string): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  return resolve(OUTPUT_DIR, name);
}

/**
 * Reaches for the map as a reader about to pan or zoom it does (a mouse moving over it), which
 * loads MapLibre, and waits until MapLibre has taken over with the view's colours.
 */
export async function useWebglMap(target: Page | Frame, timeout = 30_000): Promise<void> {
  // Until the page has come to life (the prerendered map is hydrated) nothing listens.
  await target.waitForFunction(() => performance.getEntriesByName('tc:interactive').length > 0);
  await target.evaluate(() => {
    const stage = document.querySelector('[data-testid="map-area"] [data-renderer]')!;
    stage.dispatchEvent(new PointerEvent('pointerover', { pointerType: 'mouse', bubbles: true }));
  });
  await target.waitForSelector('[data-testid="maplibre-map"][data-loaded="true"]', { timeout });
}
