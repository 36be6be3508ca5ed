/**
 * Lighthouse (mobile, its default throttling) on a page, with the Chromium flags STACK.md
 * gives. Uses the project's lighthouse if installed, else `npx --yes lighthouse@13`, which
 * fetches it from the npm registry into npm's cache on first use.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from '../tests/support/chromium.ts';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Lighthouse's own figures, for the JSON file. */
  lcpMs: number | null;
  tbtMs: number | null;
}

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  // As the benchmark's own browser: WebGL through SwiftShader on a machine with no GPU.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  // The page rastered on the CPU, as in the benchmark (see tests/support/chromium.ts).
  '--disable-gpu-rasterization',
].join(' ');

export function lighthouseCommand(root: string): { command: string; args: string[]; how: string } {
  const local = resolve(root, 'node_modules/.bin/lighthouse');
  if (existsSync(local)) return { command: local, args: [], how: 'node_modules/.bin/lighthouse' };
  return { command: 'npx', args: ['--yes', 'lighthouse@13'], how: 'npx --yes lighthouse@13' };
}

export async function runLighthouse(root: string, url: string): Promise<LighthouseScores> {
  const dir = mkdtempSync(join(tmpdir(), 'territory-claims-lighthouse-'));
  const output = join(dir, 'report.json');
  const { command, args } = lighthouseCommand(root);
  try {
    const stderr: string[] = [];
    const code = await new Promise<number | null>((done, fail) => {
      const child = spawn(
        command,
        [
          ...args,
          url,
          '--output=json',
          `--output-path=${output}`,
          '--quiet',
          '--only-categories=performance,accessibility,best-practices',
          `--chrome-flags=${CHROME_FLAGS}`,
        ],
        {
          cwd: root,
          env: { ...process.env, CHROME_PATH: findChromium() },
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
      child.on('error', fail);
      child.on('exit', done);
    });
    if (code !== 0 || !existsSync(output)) {
      throw new Error(
        `Lighthouse failed on ${url} (exit ${code}):\n${stderr.join('').trim().slice(-2000)}`,
      );
    }
    const report = JSON.parse(readFileSync(output, 'utf8')) as {
      categories: Record<string, { score: number | null }>;
      audits: Record<string, { numericValue?: number }>;
    };
    const score = (id: string) => report.categories[id]?.score ?? 0;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcpMs: report.audits['largest-contentful-paint']?.numericValue ?? null,
      tbtMs: report.audits['total-blocking-time']?.numericValue ?? null,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
