import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HtmlTagDescriptor } from 'vite';
import { APP_HEAD, headTags, SHARED_HEAD } from './page-head.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const page = (file: string) => readFileSync(resolve(ROOT, file), 'utf8');
const attrs = (tags: readonly HtmlTagDescriptor[]) => tags.map((tag) => [tag.tag, tag.attrs]);

describe('the head the pages share', () => {
  it('starts every page with charset, viewport, colour scheme and an empty icon', () => {
    expect(attrs(SHARED_HEAD)).toEqual([
      ['meta', { charset: 'utf-8' }],
      ['meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }],
      ['meta', { name: 'color-scheme', content: 'light dark' }],
      ['link', { rel: 'icon', href: 'data:,' }],
    ]);
    expect(SHARED_HEAD.every((tag) => tag.injectTo === 'head-prepend')).toBe(true);
  });

  it('gives the App’s pages boot.js and the first paint’s data, at the end of the head', () => {
    expect(attrs(APP_HEAD)).toEqual([
      ['script', { src: 'boot.js', 'vite-ignore': true }],
      [
        'link',
        { rel: 'preload', href: 'data/claims.app.json', as: 'fetch', crossorigin: 'anonymous' },
      ],
      ['link', { rel: 'preload', href: 'geo/ukraine.json', as: 'fetch', crossorigin: 'anonymous' }],
    ]);
    expect(APP_HEAD.every((tag) => tag.injectTo === 'head')).toBe(true);
  });

  it.each([
    ['index.html', true],
    ['embed.html', true],
    ['editor.html', false],
  ])('%s gets the shared head (App head: %s) and writes none of it itself', (file, app) => {
    const html = page(file);
    expect(headTags(html, file)).toEqual(app ? [...SHARED_HEAD, ...APP_HEAD] : [...SHARED_HEAD]);
    for (const written of [
      /<meta\s+charset/,
      /<meta\s+name="viewport"/,
      /<meta\s+name="color-scheme"/,
      /<link\s+rel="icon"/,
      /<script\s+src="boot\.js"/,
      /<link\s+rel="preload"/,
    ])
      expect(html).not.toMatch(written);
    // What is the page's own stays in the page.
    expect(html).toMatch(/<title>Territory Claims: [^<]+<\/title>/);
  });

  it('says how to fix a page that writes the shared head again', () => {
    expect(() => headTags('<head><meta charset="utf-8" /></head>', 'new.html')).toThrow(
      "new.html writes its own <meta charset>: the head every page shares is written once in src/build/page-head.ts; remove the page's copy.",
    );
  });
});
