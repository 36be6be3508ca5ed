import { describe, expect, it } from 'vitest';
import { rgb } from 'd3-color';
import { SPEAKER_CATEGORIES, type SpeakerCategory } from '../claims/schema.ts';
import {
  CATEGORY_ORDER,
  countByGroup,
  filterByCategories,
  groupOf,
  normaliseCategories,
  SPEAKER_GROUPS,
  speakerColourVars,
  symbolPath,
} from './speakers.ts';

function luminance(hex: string): number {
  const { r, g, b } = rgb(hex);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('speaker groups', () => {
  it('holds the same categories as the schema, each in exactly one group', () => {
    expect([...CATEGORY_ORDER].sort()).toEqual([...SPEAKER_CATEGORIES].sort());
    const grouped = SPEAKER_GROUPS.flatMap((group) => group.categories);
    expect([...grouped].sort()).toEqual([...SPEAKER_CATEGORIES].sort());
  });

  it('keeps the two parties to the war apart', () => {
    expect(groupOf('party-ru').id).toBe('party-ru');
    expect(groupOf('party-ua').id).toBe('party-ua');
    expect(groupOf('party-ru').shape).not.toBe(groupOf('party-ua').shape);
    expect(groupOf('news-agency')).toBe(groupOf('media'));
  });

  it('gives every group its own shape and colours', () => {
    expect(new Set(SPEAKER_GROUPS.map((group) => group.shape)).size).toBe(SPEAKER_GROUPS.length);
    expect(new Set(SPEAKER_GROUPS.map((group) => group.colour.light)).size).toBe(
      SPEAKER_GROUPS.length,
    );
  });

  it('draws marks at 3:1 or more against the light and dark page backgrounds', () => {
    for (const group of SPEAKER_GROUPS) {
      for (const background of ['#ffffff', '#f7f6f2']) {
        expect(contrast(group.colour.light, background), group.id).toBeGreaterThanOrEqual(3);
      }
      for (const background of ['#16181b', '#1f2226', '#24272c']) {
        expect(contrast(group.colour.dark, background), group.id).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('writes its colours as CSS custom properties that follow the theme', () => {
    expect(speakerColourVars()).toContain('--speaker-party-ru: light-dark(#c24e00, #ff8f4f)');
    expect(speakerColourVars().split('; ')).toHaveLength(SPEAKER_GROUPS.length);
  });

  it('refuses a category it does not know', () => {
    expect(() => groupOf('blogger' as SpeakerCategory)).toThrow('Unknown speaker category');
  });
});

describe('filterByCategories', () => {
  const claims = [
    { id: 1, speakerCategory: 'party-ru' as const },
    { id: 2, speakerCategory: 'party-ua' as const },
    { id: 3, speakerCategory: 'media' as const },
    { id: 4, speakerCategory: 'news-agency' as const },
  ];

  it.each([
    [null, [1, 2, 3, 4]],
    [[], []],
    [['party-ru'], [1]],
    [
      ['media', 'news-agency'],
      [3, 4],
    ],
    [['analyst'], []],
  ] as [SpeakerCategory[] | null, number[]][])('%o keeps %o', (categories, ids) => {
    expect(filterByCategories(claims, categories).map((claim) => claim.id)).toEqual(ids);
  });

  it('counts claims per group, every group present', () => {
    expect(countByGroup(claims)).toEqual({
      'party-ru': 1,
      'party-ua': 1,
      'mapping-project': 0,
      news: 2,
      analyst: 0,
      'third-party': 0,
    });
  });

  it.each([
    [null, null],
    [[...CATEGORY_ORDER], null],
    [[...CATEGORY_ORDER].reverse(), null],
    [[], []],
    [
      ['media', 'party-ru', 'media'],
      ['party-ru', 'media'],
    ],
  ] as [SpeakerCategory[] | null, SpeakerCategory[] | null][])(
    'normalises %o to %o',
    (input, expected) => {
      expect(normaliseCategories(input)).toEqual(expected);
    },
  );
});

describe('symbolPath', () => {
  it.each(SPEAKER_GROUPS.map((group) => group.shape))('draws a closed %s path', (shape) => {
    const d = symbolPath(shape, 5);
    expect(d).toMatch(/^M[-\d.,]+/);
    expect(d.endsWith('Z')).toBe(true);
    expect(d).not.toContain('NaN');
  });

  it('points the Russian triangle up and the Ukrainian one down', () => {
    expect(symbolPath('triangle', 5)).toMatch(/^M0,-/);
    expect(symbolPath('triangle-down', 5)).toMatch(/^M0,\d/);
  });
});
