import { execFileSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isEntryPoint, quietOnClosedPipe } from './pipe.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function fakeStream(): Writable & EventEmitter {
  return new EventEmitter() as unknown as Writable & EventEmitter;
}

function errorWithCode(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`write ${code}`), { code });
}

describe('quietOnClosedPipe', () => {
  it('ends quietly, with the exit code so far, when the reader has gone (EPIPE)', () => {
    const stdout = fakeStream();
    const codes: number[] = [];
    quietOnClosedPipe([stdout], (code) => codes.push(code));
    stdout.emit('error', errorWithCode('EPIPE'));
    expect(codes).toEqual([0]);
  });

  it('does not hide any other write error', () => {
    const stdout = fakeStream();
    quietOnClosedPipe([stdout], () => {});
    expect(() => stdout.emit('error', errorWithCode('ENOSPC'))).toThrow('write ENOSPC');
  });

  it('`npm run claims | head` prints no stack trace, in every format', () => {
    const tsx = resolve(ROOT, 'node_modules/.bin/tsx');
    const script =
      `for flag in --json --csv ''; do ` +
      `"${tsx}" src/cli/claims.ts $flag 2>>"$ERR" | head -c 20 >/dev/null; done; cat "$ERR"`;
    const err = resolve(ROOT, 'node_modules/.cache-pipe-test-stderr');
    const out = execFileSync('sh', ['-c', `: > "$ERR"; ${script}; rm -f "$ERR"`], {
      cwd: ROOT,
      env: { ...process.env, ERR: err },
      encoding: 'utf8',
    });
    expect(out).toBe('');
  }, 30_000);
});

describe('isEntryPoint', () => {
  it('knows the script Node runs, also when started through a link', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entry-'));
    const script = join(dir, 'tool.ts');
    writeFileSync(script, '');
    const link = join(dir, 'link.ts');
    symlinkSync(script, link);
    const url = pathToFileURL(realpathSync(script)).href;
    expect(isEntryPoint(url, script)).toBe(true);
    expect(isEntryPoint(url, link)).toBe(true);
    expect(isEntryPoint(url, join(dir, 'other.ts'))).toBe(false);
    expect(isEntryPoint(url, undefined)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});
