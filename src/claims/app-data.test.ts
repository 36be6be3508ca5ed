import { describe, expect, it } from 'vitest';
import { join, joinApp, split, splitFiles, textsFor, TEXT_FIELDS, withTexts } from './app-data.ts';
import type { ClaimsExport } from './export.ts';
import { loadExport } from './load.ts';
import { exportFiles } from './vite-plugin.ts';
import { fixtureExport } from '../../tests/support/dataset.ts';

const exports: [string, () => ClaimsExport][] = [
  ['the real export', () => loadExport()],
  ['the fixture dataset', fixtureExport],
];

describe.each(exports)('split and join: %s', (_name, load) => {
  const data = load();
  const { app, texts } = split(data);

  it('join(split(x)) deep-equals x', () => {
    expect(join(app, texts)).toStrictEqual(data);
  });

  it('the page file has no texts and no source objects, only source ids', () => {
    expect(app.claims).toHaveLength(data.claims.length);
    for (const claim of app.claims) {
      for (const field of [...TEXT_FIELDS, 'source']) expect(claim).not.toHaveProperty(field);
      expect(data.sources.map((s) => s.id)).toContain(claim.sourceId);
    }
    expect(Object.keys(texts.texts)).toEqual(data.claims.map((c) => c.id));
  });

  it('joinApp gives every claim the one source object of its id', () => {
    const page = joinApp(app);
    for (const claim of page.claims) {
      expect(page.sources).toContain(claim.source);
      expect(claim).not.toHaveProperty('quote');
    }
  });

  it('the page file is smaller than the download by the texts and the repeated sources', () => {
    const files = splitFiles(data);
    const download = JSON.stringify(data, null, 2).length;
    expect(files.app.length).toBeLessThan(download / 2);
    expect(JSON.parse(files.app)).toEqual(app);
    expect(JSON.parse(files.texts)).toEqual(texts);
  });
});

describe('bad input', () => {
  const data = fixtureExport();
  const { app, texts } = split(data);
  const first = data.claims[0]!.id;

  it('a texts file without a claim names the claim and how to fix it', () => {
    const { [first]: _gone, ...rest } = texts.texts;
    const broken = { ...texts, texts: rest };
    expect(() => textsFor(broken, first)).toThrow(
      new RegExp(`no quote for claim ${first}.*npm run build`),
    );
    expect(() => withTexts(joinApp(app), broken)).toThrow(first);
    expect(textsFor(texts, data.claims[1]!.id).quote).toBe(data.claims[1]!.quote);
  });

  it('a claim naming a source not in the file names both', () => {
    const lean = { ...app, claims: [{ ...app.claims[0]!, sourceId: 'nowhere' }] };
    expect(() => joinApp(lean)).toThrow(/claim .* names source nowhere.*npm run build/);
  });

  it('split refuses a claim whose source differs from the one in sources', () => {
    const changed = structuredClone(data);
    changed.claims[0]!.source.name = 'Someone else';
    expect(() => split(changed)).toThrow(/differs from the one in the export's sources/);
  });

  it('the build writes the split of the same export it serves as data/claims.json', () => {
    const files = exportFiles();
    const lean = JSON.parse(files.app) as ReturnType<typeof split>['app'];
    const textsFile = JSON.parse(files.texts) as ReturnType<typeof split>['texts'];
    expect(join(lean, textsFile)).toStrictEqual(JSON.parse(files.json));
  });
});
