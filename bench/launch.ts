/**
 * The bench's browser: a fresh Chromium profile as the emulated phone, the in-page helper
 * (inpage.ts) injected, CPU and network throttled. The first phase of a measured load
 * (measure.ts).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import ts from 'typescript';
import { launchOptions } from '../tests/support/chromium.ts';

/** The emulated phone: Lighthouse's moto g power width and pixel ratio, a 915 px tall screen. */
export const VIEWPORT = { width: 412, height: 915, deviceScaleFactor: 1.75 } as const;
/** How many times slower the CPU runs by default (Lighthouse's mobile setting). */
export const CPU_THROTTLE = 4;

/**
 * Network shapes: none (localhost as it is, the default), or Lighthouse's "slow 4G" as its
 * DevTools throttling applies it (562.5 ms round trip, 1.47 Mbit/s down, 0.68 up).
 */
export const NETWORKS = {
  none: null,
  'slow-4g': { latency: 562.5, downloadKbps: 1474.56, uploadKbps: 675 },
} as const;
export type NetworkName = keyof typeof NETWORKS;

export const INTERACTIVE_TIMEOUT_MS = 120_000;
/** TTI-style quiet window: no long task for this long ends the load phase. */
export const QUIET_MS = 5_000;
export const QUIET_CAP_MS = 30_000;

let inPageScript: string | null = null;

/** bench/inpage.ts as a plain script, for `addInitScript`. */
export function inPageSource(): string {
  if (inPageScript) return inPageScript;
  const source = readFileSync(resolve(import.meta.dirname, 'inpage.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  inPageScript = outputText.replace(/^export \{\};?\s*$/m, '');
  return inPageScript;
}

export async function openContext(): Promise<{ context: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'territory-claims-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...launchOptions(),
    viewport: { width: VIEWPORT.width, height: VIEWPORT.height },
    deviceScaleFactor: VIEWPORT.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
    colorScheme: 'light',
    reducedMotion: 'no-preference',
  });
  return { context, profile };
}

/**
 * The context's page with the in-page helper, its console errors collected, and a CDP session
 * emulating the phone, slowed down as asked.
 */
export async function openPage(
  context: BrowserContext,
  options: { cpuThrottle: number; network: NetworkName },
  consoleErrors: string[],
): Promise<{ page: Page; cdp: CDPSession }> {
  await context.addInitScript({ content: inPageSource() });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  const cdp = await context.newCDPSession(page);
  // This session's own emulation must match Playwright's, or its screen captures reset the
  // page to a pixel ratio of 1.
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: VIEWPORT.width,
    height: VIEWPORT.height,
    deviceScaleFactor: VIEWPORT.deviceScaleFactor,
    mobile: true,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottle });
  const network = NETWORKS[options.network];
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: network.latency,
      downloadThroughput: (network.downloadKbps * 1024) / 8,
      uploadThroughput: (network.uploadKbps * 1024) / 8,
    });
  }
  return { page, cdp };
}
