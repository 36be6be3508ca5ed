import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset, parseJson, REPO_ROOT } from './load.ts';

const temps: string[] = [];

function copyOfData(): string {
  const root = mkdtempSync(join(tmpdir(), 'claims-load-'));
  temps.push(root);
  cpSync(join(REPO_ROOT, 'data'), join(root, 'data'), { recursive: true });
  return root;
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('parseJson', () => {
  it('names the file, line and column of a syntax error', () => {
    const result = parseJson(
      'data/sources/x.json',
      '{\n  "id": "x",\n  "outlet": null\n  "relays": []\n}',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(
      /^data\/sources\/x\.json: file: invalid JSON at line 4, column 3 \(.+\); fix the syntax there: a missing comma or quote, or a trailing comma, is the usual cause$/,
    );
  });

  it('reports an empty file', () => {
    const result = parseJson('data/sources/x.json', '');
    expect(result.ok ? '' : result.error.message).toMatch(
      /^data\/sources\/x\.json: file: invalid JSON/,
    );
  });
});

describe('loadDataset', () => {
  it('loads the repository data in file-name order', () => {
    const result = loadDataset();
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    const ids = result.dataset.sources.map((source) => source.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('lists a JSON error and the validation errors of the other files together', () => {
    const root = copyOfData();
    writeFileSync(join(root, 'data/sources/seed-003.json'), '{ "id": "seed-003", }');
    const path = join(root, 'data/sources/seed-004.json');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('"region": "UA-14"', '"region": "UA-99"'),
    );
    const result = loadDataset({ root });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.errors.map((e) => e.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(
      /^data\/sources\/seed-003\.json: file: invalid JSON at line 1, column 21 /,
    );
    expect(messages[1]).toMatch(
      /^data\/sources\/seed-004\.json: claim "seed-004\/donetsk-control": region "UA-99" is not a known region; /,
    );
  });

  it('reports a missing dataset.json and a missing sources folder', () => {
    const root = copyOfData();
    rmSync(join(root, 'data/dataset.json'));
    const result = loadDataset({ root });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      'data/dataset.json: dataset: the file is missing; create it with {"title": …, "updated": "YYYY-MM-DD"} (see data/README.md)',
    ]);
    rmSync(join(root, 'data/sources'), { recursive: true });
    const none = loadDataset({ root });
    expect(none.ok ? [] : none.errors.map((e) => e.message)).toEqual([
      'data/sources: folder: the folder of source files is missing; create data/sources/ with one <source-id>.json per source',
    ]);
  });

  it('checks every source against its stored text: present, unchanged, holding each quote', () => {
    const root = copyOfData();
    expect(loadDataset({ root }).ok).toBe(true);
    const texts = join(root, 'data/texts');
    const errorsOf = () => {
      const result = loadDataset({ root });
      return result.ok ? [] : result.errors.map((e) => e.message);
    };

    // A changed text fails on its hash, naming the file and the fix, and its quotes go unchecked.
    writeFileSync(join(texts, '001_578ce5be4071f148.txt'), 'Nothing here.');
    const changed = errorsOf();
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(
      /^data\/sources\/seed-001\.json: source "seed-001": the stored text data\/texts\/001_578ce5be4071f148\.txt has sha256 [0-9a-f]{64}, not the [0-9a-f]{64} recorded in text\.sha256; restore the file/,
    );

    // A missing text fails the source.
    rmSync(join(texts, 'metroreport-2025.txt'));
    expect(errorsOf()).toContain(
      'data/sources/metroreport-2025.json: source "metroreport-2025": its stored text data/texts/metroreport-2025.txt is missing; save the text the quotes were read from as data/texts/metroreport-2025.txt and record its sha256 in text.sha256',
    );

    // A quote that is not in its (unchanged) text fails the claim.
    const file = join(root, 'data/sources/urdupoint-sputnik-2022-09-20.json');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('Nearly 95% of the Kherson', 'Nearly 95% of Kherson'),
    );
    expect(errorsOf()).toContain(
      'data/sources/urdupoint-sputnik-2022-09-20.json: claim "urdupoint-sputnik-2022-09-20/kherson-control": quote "Nearly 95% of Kherson region is…" was not found in its stored text data/texts/urdupoint-sputnik-2022-09-20.txt; copy the sentence(s) exactly from the text (only whitespace, the style of quotes, apostrophes and dashes, and the ellipsis may differ; see data/README.md)',
    );
  });
});
