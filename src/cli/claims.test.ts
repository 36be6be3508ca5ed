import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClaimsExport } from '../claims/export.ts';
import { REPO_ROOT } from '../claims/load.ts';

const SCRIPT = join(REPO_ROOT, 'src/cli/claims.ts');
const temps: string[] = [];

function run(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
}

afterAll(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const REQUIRED = [
  'id',
  'region',
  'kind',
  'low',
  'high',
  'wording',
  'quote',
  'speaker',
  'speakerCategory',
  'rule',
  'asOf',
  'caveat',
  'source',
] as const;
const REQUIRED_SOURCE = [
  'id',
  'outlet',
  'relays',
  'date',
  'dateInferred',
  'datePrecision',
  'url',
  'document',
  'language',
] as const;

describe('npm run claims -- --json', () => {
  const result = run('--json');
  const data = JSON.parse(result.stdout) as ClaimsExport;

  it('prints the whole export and exits 0', () => {
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(data.updated).toBe('2026-12-05');
    expect(data.claims.length).toBeGreaterThanOrEqual(60);
  });

  it('gives every claim the required fields', () => {
    for (const claim of data.claims) {
      for (const key of REQUIRED) expect(claim, `${claim.id} ${key}`).toHaveProperty(key);
      for (const key of REQUIRED_SOURCE)
        expect(claim.source, `${claim.id} ${key}`).toHaveProperty(key);
      expect(claim.quote.length).toBeGreaterThan(0);
      expect(claim.speaker.length).toBeGreaterThan(0);
    }
  });

  it('has seed-004 Donetsk as "about 80%", 77.5–82.5, from an unnamed outlet relaying Reuters', () => {
    const claim = data.claims.find((c) => c.id === 'seed-004/donetsk-control');
    expect(claim).toMatchObject({ low: 77.5, high: 82.5, wording: 'about 80%', region: 'UA-14' });
    expect(claim?.quote).toContain('about 80% of Donetsk');
    expect(claim?.source.outlet).toBeNull();
    expect(claim?.source.relays).toContain('Reuters');
    expect(claim?.source.dateInferred).toBe(true);
  });

  it('is deterministic', () => {
    expect(run('--json').stdout).toBe(result.stdout);
  });
});

describe('npm run claims -- --csv', () => {
  it('prints a header and one CRLF-ended row per claim', () => {
    const result = run('--csv');
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('id,region,region_label,kind,low,high,')).toBe(true);
    expect(result.stdout.endsWith('\r\n')).toBe(true);
    expect(result.stdout).toContain(
      'seed-004/donetsk-control,UA-14,Donetsk,control,77.5,82.5,about 80%,about,',
    );
  });
});

describe('npm run claims', () => {
  it('prints a table, one line per claim', () => {
    const result = run();
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(
      'Territory Claims: 63 claims (32 control, 7 claim, 5 demand, 19 position) from 18 sources; updated 5 Dec 2026',
    );
    const donetsk = lines.find((line) => line.endsWith('seed-004/donetsk-control'));
    expect(donetsk).toMatch(/^UA-14 +control +77\.5–82\.5% +about 80% +Unnamed outlet/);
  });

  it('prints every error of an invalid dataset and exits 1', () => {
    const root = mkdtempSync(join(tmpdir(), 'claims-cli-'));
    temps.push(root);
    cpSync(join(REPO_ROOT, 'data'), join(root, 'data'), { recursive: true });
    const path = join(root, 'data/sources/seed-004.json');
    writeFileSync(
      path,
      readFileSync(path, 'utf8')
        .replace('"region": "UA-14"', '"region": "UA-99"')
        .replace('"wording": "almost all"', '"wording": "almost everything"'),
    );
    writeFileSync(join(root, 'data/sources/seed-003.json'), '{ "id": "seed-003", ');

    const result = run('--json', '--root', root);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^data\/sources\/seed-003\.json: file: invalid JSON at /);
    expect(lines).toContain(
      'data/sources/seed-004.json: claim "seed-004/donetsk-control": region "UA-99" is not a known region; use an ISO 3166-2 code such as UA-14 or a group id (donbas, crimea, annexed-four, UA)',
    );
    expect(
      lines.some((line) =>
        line.includes('claim "seed-004/luhansk-control": wording "almost everything"'),
      ),
    ).toBe(true);
    expect(lines.at(-1)).toBe(
      `claims: the dataset has ${lines.length - 1} errors; fix them and run again (see data/README.md)`,
    );
  });

  it('exits 2 on an unknown argument', () => {
    const result = run('--yaml');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: npm run claims');
  });
});
