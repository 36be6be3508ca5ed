/**
 * `npm run claims -- --json | head -1`: once the reader of our output has gone (`head` has its
 * line, a pager was quit), writing to the closed pipe fails with EPIPE. That is not an error of
 * the tool's: every CLI calls `quietOnClosedPipe()` first, and then ends quietly, with the
 * exit code it would have had, instead of printing Node's stack trace.
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';

/** Where a CLI writes: `out` its result as given, `err` one message a line. Tests pass their own. */
export interface Io {
  out: (text: string) => void;
  err: (line: string) => void;
}

/** The process's stdout and stderr. */
export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Ends the process quietly when a write to stdout or stderr finds the pipe closed. */
export function quietOnClosedPipe(
  streams: Writable[] = [process.stdout, process.stderr],
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  for (const stream of streams) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      else throw error;
    });
  }
}

/** Whether the module at `moduleUrl` is the script Node was started with (through a link too). */
export function isEntryPoint(moduleUrl: string, entry = process.argv[1]): boolean {
  if (entry === undefined) return false;
  try {
    return moduleUrl === pathToFileURL(realpathSync(resolve(entry))).href;
  } catch {
    return false;
  }
}

/**
 * How every CLI starts: when its module is the script Node runs, it ends quietly on a closed
 * pipe and runs `main` with the arguments, its result the exit code.
 */
export function runAsCommand(moduleUrl: string, main: (argv: string[]) => number): void {
  if (!isEntryPoint(moduleUrl)) return;
  quietOnClosedPipe();
  process.exitCode = main(process.argv.slice(2));
}
