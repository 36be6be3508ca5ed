import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, sha256Hex } from '../claims/load.ts';
import { validate } from '../claims/validate.ts';
import { extract } from '../extract/extract.ts';
import {
  buildSource,
  checkSource,
  DEFAULT_DATE_BASIS,
  EMPTY_META,
  isCorrected,
  needsReason,
  reviewOf,
  sourceJson,
  type Review,
  type SourceMeta,
} from './entries.ts';
import { segments } from './highlight.ts';

const DOCUMENT = '004_333ef43267682ee5.txt';
const TEXT = readFileSync(join(REPO_ROOT, 'data/texts', DOCUMENT), 'utf8');
const PASTED = { sha256: sha256Hex(TEXT), retrieved: '2026-12-05' };

const META: SourceMeta = {
  ...EMPTY_META,
  id: 'seed-004-editor',
  date: '2025-11-09',
  document: DOCUMENT,
  speakerName: 'Reuters (as relayed by the text)',
  speakerCategory: 'news-agency',
};

function reviews(): Review[] {
  return extract(TEXT).map(reviewOf);
}

function find(list: Review[], region: string, wording: string): Review {
  const review = list.find((r) => r.candidate.region === region && r.candidate.wording === wording);
  if (!review) throw new Error(`no candidate ${region} "${wording}" in seed 004`);
  return review;
}

/** Accepts the two candidates the browser test accepts; the rest are rejected. */
function acceptTwo(): Review[] {
  const list = reviews();
  for (const r of list) r.decision = 'rejected';
  find(list, 'UA-14', 'about 80%').decision = 'accepted';
  find(list, 'UA-09', 'almost all').decision = 'accepted';
  return list;
}

describe('buildSource', () => {
  it('gives a source that the dataset validator accepts, quotes checked against the text', () => {
    const source = buildSource(acceptTwo(), META, PASTED);
    const result = validate([{ file: `data/sources/${source.id}.json`, data: source }], {
      texts: { [DOCUMENT]: { text: TEXT, sha256: PASTED.sha256 } },
    });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([]);
    expect(checkSource(source, TEXT)).toEqual([]);
  });

  it('writes the dataset’s own format: ids from the source id, the outlet null when empty', () => {
    const source = buildSource(acceptTwo(), META, PASTED);
    expect(source).toMatchObject({
      id: 'seed-004-editor',
      outlet: null,
      relays: [],
      date: { value: '2025-11-09', precision: 'day', inferred: false, basis: DEFAULT_DATE_BASIS },
      url: null,
      language: 'en',
      document: DOCUMENT,
    });
    expect(source.claims.map((c) => [c.id, c.region, c.kind, c.low, c.high, c.rule])).toEqual([
      ['seed-004-editor/luhansk-control', 'UA-09', 'control', 90, 100, 'almost-all'],
      ['seed-004-editor/donetsk-control', 'UA-14', 'control', 77.5, 82.5, 'about'],
    ]);
    expect(source.claims[0]?.speaker).toEqual({
      name: 'Reuters (as relayed by the text)',
      category: 'news-agency',
    });
    expect(source.claims[0]?.asOf).toBe('2025-11-09');
  });

  it('leaves out rejected and undecided candidates', () => {
    const list = reviews();
    find(list, 'UA-14', 'about 80%').decision = 'accepted';
    find(list, 'UA-09', 'almost all').decision = 'rejected';
    const source = buildSource(list, META, PASTED);
    expect(source.claims.map((c) => c.wording)).toEqual(['about 80%']);
    expect(buildSource(reviews(), META, PASTED).claims).toEqual([]);
  });

  it('carries a correction of region, kind and speaker', () => {
    const list = acceptTwo();
    const luhansk = find(list, 'UA-09', 'almost all');
    Object.assign(luhansk, {
      region: 'donbas',
      kind: 'claim',
      speakerName: 'Sergei Lavrov',
      speakerCategory: 'party-ru',
    });
    expect(isCorrected(luhansk)).toBe(true);
    const claim = buildSource(list, META, PASTED).claims.find((c) => c.wording === 'almost all');
    expect(claim).toMatchObject({
      id: 'seed-004-editor/donbas-claim',
      region: 'donbas',
      kind: 'claim',
      low: 90,
      high: 100,
      rule: 'almost-all',
      speaker: { name: 'Sergei Lavrov', category: 'party-ru' },
    });
    expect(claim?.override).toBeUndefined();
  });

  it('carries a corrected interval, with the editor’s reason as the override', () => {
    const list = acceptTwo();
    const donetsk = find(list, 'UA-14', 'about 80%');
    Object.assign(donetsk, { low: 75, high: 80 });
    expect(needsReason(donetsk)).toBe(true);
    const reason = 'The region is read as Donetsk city’s agglomeration; see the caveat.';
    donetsk.reason = reason;
    const source = buildSource(list, META, PASTED);
    const claim = source.claims.find((c) => c.wording === 'about 80%');
    expect(claim).toMatchObject({ low: 75, high: 80, rule: 'about', override: reason });
    expect(checkSource(source, TEXT)).toEqual([]);
  });

  it('drops the override when a correction gives what the reading rule gives', () => {
    const list = acceptTwo();
    const donetsk = find(list, 'UA-14', 'about 80%');
    Object.assign(donetsk, { low: 0, high: 1 });
    Object.assign(donetsk, { low: 77.5, high: 82.5 });
    expect(needsReason(donetsk)).toBe(false);
    const claim = buildSource(list, META, PASTED).claims.find((c) => c.wording === 'about 80%');
    expect(claim?.override).toBeUndefined();
  });

  it('turns a candidate set to kind position into a position: no share, rule position', () => {
    const list = acceptTwo();
    find(list, 'UA-14', 'about 80%').kind = 'position';
    const source = buildSource(list, META, PASTED);
    expect(source.claims.find((c) => c.kind === 'position')).toMatchObject({
      id: 'seed-004-editor/donetsk-position',
      low: null,
      high: null,
      rule: 'position',
    });
    expect(checkSource(source, TEXT)).toEqual([]);
  });

  it('splits relays, trims fields and never guesses an outlet', () => {
    const source = buildSource(acceptTwo(), {
      ...META,
      outlet: '  ',
      relays: 'Reuters, RIA Novosti, ',
      url: ' https://example.org/a ',
      dateInferred: true,
      dateBasis: 'Inferred: "said on the 9th of November".',
    });
    expect(source.outlet).toBeNull();
    expect(source.relays).toEqual(['Reuters', 'RIA Novosti']);
    expect(source.url).toBe('https://example.org/a');
    expect(source.document).toBeNull();
    expect(source.date).toMatchObject({
      inferred: true,
      basis: 'Inferred: "said on the 9th of November".',
    });
  });

  it('is saved as two-space JSON with a final newline', () => {
    const json = sourceJson(buildSource(acceptTwo(), META, PASTED));
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(buildSource(acceptTwo(), META, PASTED));
  });
});

describe('checkSource', () => {
  const problems = (meta: Partial<SourceMeta>, change: (list: Review[]) => void = () => {}) => {
    const list = acceptTwo();
    change(list);
    return checkSource(buildSource(list, { ...META, ...meta }, PASTED), TEXT).map((p) => p.message);
  };

  it('reports a missing speaker name, which the validator alone accepts as text', () => {
    const found = problems({ speakerName: '' });
    expect(found).toEqual([
      'data/sources/seed-004-editor.json: claim "seed-004-editor/luhansk-control": field "speaker.name" still holds the placeholder "TODO"; name who makes the claim, as the text names them',
      'data/sources/seed-004-editor.json: claim "seed-004-editor/donetsk-control": field "speaker.name" still holds the placeholder "TODO"; name who makes the claim, as the text names them',
    ]);
  });

  it('reports a missing speaker category through the validator, once', () => {
    const found = problems({ speakerCategory: '' }, (list) => {
      find(list, 'UA-14', 'about 80%').speakerCategory = 'media';
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^data\/sources\/seed-004-editor\.json: claim "seed-004-editor\/luhansk-control": field "speaker\.category" is "TODO", which is not allowed; use one of party-ru, /,
    );
  });

  it('reports a missing source id and date with the validator’s fixes', () => {
    const found = problems({ id: '', date: '' });
    expect(found).toContain(
      'data/sources/TODO-source-id.json: source "TODO-source-id": field "id" is "TODO-source-id", which is not in the right form; use the file name without .json, in lower case with hyphens',
    );
    expect(found).toContain(
      'data/sources/TODO-source-id.json: source "TODO-source-id": field "date.value" still holds the placeholder "TODO"; give the publication date as YYYY-MM-DD, YYYY-MM or YYYY',
    );
    expect(found).toContain(
      'data/sources/TODO-source-id.json: source "TODO-source-id": field "date.basis" still holds the placeholder "TODO"; say how the date is known, e.g. "Stated in the text"',
    );
  });

  it('reports a missing date once, through the validator, when the id is right', () => {
    const found = problems({ date: '' });
    expect(found.filter((m) => m.includes('date.value'))).toEqual([
      'data/sources/seed-004-editor.json: source "seed-004-editor": date.value "TODO" is not a real calendar date; use YYYY-MM-DD, YYYY-MM or YYYY with a month and day that exist',
    ]);
    expect(found.filter((m) => m.includes('asOf'))).toHaveLength(2);
  });

  it('reports a corrected interval without a reason', () => {
    const found = problems({}, (list) => {
      Object.assign(find(list, 'UA-14', 'about 80%'), { low: 70, high: 80 });
    });
    expect(found).toEqual([
      'data/sources/seed-004-editor.json: claim "seed-004-editor/donetsk-control": field "override" still holds the placeholder "TODO: say why 70–80 (the extractor read 77.5–82.5)"; give the reason the interval differs from the reading rule',
    ]);
  });

  it('reports a source with no claims, and one with neither address nor document', () => {
    expect(checkSource(buildSource(reviews(), META, PASTED), TEXT).map((p) => p.message)).toEqual([
      'data/sources/seed-004-editor.json: source "seed-004-editor": the source has no claims; add a claim, or remove the file',
    ]);
    expect(problems({ document: '' })).toEqual([
      'data/sources/seed-004-editor.json: source "seed-004-editor": the source has neither url nor document; give the page\'s url, or the seed text\'s file name in document',
    ]);
  });

  it('checks quotes against the pasted text', () => {
    const source = buildSource(acceptTwo(), META, PASTED);
    expect(
      checkSource(source, 'Another text altogether.')
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(
      /quote "Moscow currently controls Crimea, which it…" was not found in its stored text data\/texts\/004_333ef43267682ee5\.txt/,
    );
  });
});

describe('segments', () => {
  it.each([
    ['no spans', 'abc', [], [['abc', []]]],
    [
      'one span',
      'about 80% of it',
      [{ start: 0, end: 9 }],
      [
        ['about 80%', [0]],
        [' of it', []],
      ],
    ],
    [
      'shared and overlapping spans merge',
      'xx withdrawal of forces yy',
      [
        { start: 3, end: 13 },
        { start: 3, end: 13 },
        { start: 8, end: 23 },
      ],
      [
        ['xx ', []],
        ['withdrawal of forces', [0, 1, 2]],
        [' yy', []],
      ],
    ],
    [
      'spans out of order, one outside the text',
      'a b c',
      [
        { start: 4, end: 5 },
        { start: 0, end: 1 },
        { start: 3, end: 99 },
      ],
      [
        ['a', [1]],
        [' b ', []],
        ['c', [0]],
      ],
    ],
  ])('%s', (_name, text, spans, expected) => {
    const runs = segments(text, spans);
    expect(runs.map((r) => [r.text, r.spans])).toEqual(expected);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('marks every candidate of seed 004 at its wording', () => {
    const list = extract(TEXT);
    const runs = segments(
      TEXT,
      list.map((c) => ({ start: c.wordingStart, end: c.wordingEnd })),
    );
    list.forEach((c, i) => {
      const run = runs.find((r) => r.spans.includes(i));
      expect(run?.text).toContain(c.wording);
    });
  });
});
