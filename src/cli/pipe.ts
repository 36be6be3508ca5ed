/**
 * `npm run claims -- --json | head -1`: once the reader of our output has gone (`head` has its
 * line, a pager was quit), writing to the closed pipe fails with EPIPE. That is not an error of
 * the tool's: every CLI calls `quietOnClosedPipe()` first, and then ends quietly, with the
 * exit code it would have had, instead of printing Node's stack trace.
 */
import type { Writable } from 'node:stream';

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
