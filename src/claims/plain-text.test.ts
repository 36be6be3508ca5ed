import { describe, expect, it } from 'vitest';
import { sourcesOf } from '../app/view-model.ts';
import type { ViewClaim } from '../views/views.ts';
import { FSI, isolate, PDI } from './plain-text.ts';

describe('isolate', () => {
  it.each([
    ['Reuters', 'Reuters'],
    ['Online.ua', 'Online.ua'],
    ['Ménafn – Ukrinform', 'Ménafn – Ukrinform'],
  ])('leaves left-to-right text as it is: %s', (text, expected) => {
    expect(isolate(text)).toBe(expected);
  });

  it.each(['الجزيرة', 'Al Jazeera (الجزيرة)', 'כאן חדשות', 'x\u202Ey', 'a\u2067b'])(
    'isolates text that could move what follows it: %s',
    (text) => {
      expect(isolate(text)).toBe(`${FSI}${text}${PDI}`);
    },
  );

  it('keeps each source’s date beside it in the sources line (page, embed footer, images)', () => {
    const claim = (id: string, outlet: string, dateLabel: string, date: string) =>
      ({
        speaker: outlet,
        speakerCategory: 'media',
        source: { id, name: outlet, outlet, relays: [], dateLabel, date, dateInferred: false },
      }) as unknown as ViewClaim;
    const line = sourcesOf([
      claim('a', 'الجزيرة', '30 Sep 2022', '2022-09-30'),
      claim('b', 'Reuters', '9 Nov 2025', '2025-11-09'),
    ]);
    expect(line).toContain(`${FSI}`);
    expect(line).toMatch(new RegExp(`${PDI} \\(30 Sep 2022\\); Reuters[^;]* \\(9 Nov 2025\\)$`));
  });
});

describe('the copied citation', () => {
  it('isolates a right-to-left outlet and quote, and leaves a Latin one as it is', async () => {
    const { citation } = await import('./export.ts');
    const { loadDataset } = await import('./load.ts');
    const { FIXTURE_ROOT } = await import('../../tests/support/dataset.ts');
    const result = loadDataset({ root: FIXTURE_ROOT });
    if (!result.ok) throw new Error('dataset');
    const claim = result.dataset.claims[0]!;
    expect(citation(claim)).not.toMatch(/[\u2066-\u2069]/);
    const rtl = {
      ...claim,
      quote: 'سيطرت روسيا على 80%',
      source: { ...claim.source, outlet: 'الجزيرة' },
    };
    const text = citation(rtl);
    expect(text).toContain(`${FSI}الجزيرة${PDI}`);
    expect(text).toContain(`"${FSI}سيطرت روسيا على 80%${PDI}"`);
  });
});
