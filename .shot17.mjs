import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
const root = process.argv[2];
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml' };
const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  try {
    const body = await readFile(join(root, path === '/' ? 'index.html' : path));
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch { res.writeHead(404); res.end(); }
}).listen(4917);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--use-angle=swiftshader','--enable-unsafe-swiftshader','--ignore-gpu-blocklist'] });
const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
await page.goto('http://127.0.0.1:4917/index.uk.html?region=UA-14', { waitUntil: 'load' });
await page.waitForSelector('[data-testid="citation-card"]');
await page.locator('[data-testid="citation-card"]').screenshot({ path: '/tmp/shot17/card-uk-360.png' });
await page.getByTestId('read-source').click();
await page.waitForSelector('[data-testid="source-text"] mark', { timeout: 20000 });
await page.waitForTimeout(500);
await page.screenshot({ path: '/tmp/shot17/source-text-uk-360.png' });
console.log(await page.locator('[data-testid="source-text-about"]').textContent());
console.log(await page.getByTestId('read-source').textContent());
console.log('errors', errors);
await browser.close(); server.close();
