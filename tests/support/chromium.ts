/**
 * Finds a Chromium for the browser tests and the benchmark. Never downloads one: on this
 * project's machines only the system package is available.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from 'playwright-core';

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const INSTALL_HINT =
  'No Chromium found for the browser tests. Install one and run again:\n' +
  '  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n' +
  '  macOS:         brew install --cask chromium\n' +
  'or point CHROME_PATH at an existing Chromium or Chrome binary, e.g. CHROME_PATH=/usr/bin/chromium npm test';

/** Returns the path of the Chromium to use: `CHROME_PATH`, else the first usual path that exists. */
export function findChromium(
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file is there.\n${INSTALL_HINT}`);
  }
  const found = USUAL_PATHS.find((path) => exists(path));
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

/**
 * Launch options that work as root in a container with no GPU (see STACK.md): SwiftShader
 * gives WebGL 1 and 2; the background-networking flags stop Chromium calling home.
 */
export function launchOptions(extraArgs: string[] = []): LaunchOptions {
  return {
    executablePath: findChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
      // SwiftShader is for WebGL only: the page itself is rastered on the CPU, as Chromium does
      // on any machine without a GPU. Rastering the page through SwiftShader (what the flags
      // above turn on by the way) takes about a second for an SVG map a phone draws in 100 ms.
      '--disable-gpu-rasterization',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=Translate,MediaRouter,OptimizationHints',
      ...extraArgs,
    ],
  };
}
