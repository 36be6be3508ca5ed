import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { claimsDataset } from './src/claims/vite-plugin.ts';
import { dataPackage } from './src/claims/package-plugin.ts';
import { embedHostScript } from './src/embed/host-plugin.ts';
import { mappedSeries } from './src/mapped/vite-plugin.ts';
import { pageHead } from './src/build/page-head.ts';
import { prerender } from './src/prerender/vite-plugin.ts';
import { paraglideVitePlugin } from '@inlang/paraglide-js';

export default defineConfig({
  base: './',
  plugins: [
    // The message catalogs (messages/{lang}.json) compiled to one small function a message.
    paraglideVitePlugin({
      project: './project.inlang',
      outdir: './src/i18n/paraglide',
      strategy: ['globalVariable', 'baseLocale'],
      emitTsDeclarations: true,
      emitReadme: false,
    }),
    svelte(),
    claimsDataset(),
    dataPackage(),
    mappedSeries(),
    embedHostScript(),
    // The head the three pages share (src/build/page-head.ts), written once.
    pageHead(),
    prerender(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      // One App, several entry pages: the map, and the editors' page (see README).
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        editor: resolve(import.meta.dirname, 'editor.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // The CLI tests start processes (tsx); on a loaded 2-core machine one takes seconds.
          testTimeout: 30_000,
          include: [
            'src/**/*.test.ts',
            'geo/**/*.test.ts',
            'tests/unit/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          exclude: ['src/**/*.svelte.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['src/**/*.svelte.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
