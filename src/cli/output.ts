// Guards the process's output streams, so a failed write is never Node's "Unhandled 'error'
// event" trace. A reader that went away (`lessons validate | head`: EPIPE) ends the output
// quietly and the exit code stays the command's own; any other failure (a full disk) is an I/O
// error: one plain line on stderr and exit 2 (DESIGN §4).
import type { Writable } from 'node:stream';
import { EXIT_USAGE } from './command.js';

export interface GuardedOutput {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The exit code to use: the command's own, or 2 when the output could not be written. */
  exitCode(code: number): number;
}

export function guardOutput(
  stdout: Writable,
  stderr: Writable,
  setExitCode: (code: number) => void,
): GuardedOutput {
  let stdoutClosed = false;
  let stderrClosed = false;
  let failed = false;
  const fail = (): void => {
    failed = true;
    // The failure may come after the command returned and its exit code was set.
    setExitCode(EXIT_USAGE);
  };
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (stdoutClosed) return;
    stdoutClosed = true;
    if (error.code === 'EPIPE') return;
    fail();
    writeStderr(`lessons: could not write the output: ${describeWriteError(error)}\n`);
  });
  stderr.on('error', (error: NodeJS.ErrnoException) => {
    // Nowhere left to say it: the exit code is all that can tell.
    stderrClosed = true;
    if (error.code !== 'EPIPE') fail();
  });
  const writeStderr = (text: string): void => {
    if (!stderrClosed) stderr.write(text);
  };
  return {
    stdout: (text) => {
      if (!stdoutClosed) stdout.write(text);
    },
    stderr: writeStderr,
    exitCode: (code) => (failed ? EXIT_USAGE : code),
  };
}

/** A sentence on why a write failed and what to do, for the errors a person can act on. */
export function describeWriteError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOSPC':
      return 'the disk is full. Free some space, or send the output somewhere else.';
    case 'EDQUOT':
      return 'your disk quota is used up. Free some space, or send the output somewhere else.';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied. Send the output somewhere you may write.';
    case 'EIO':
      return 'the device reported an error. Send the output somewhere else and try again.';
    default:
      return `${error.code ?? 'an unknown error'}. Send the output somewhere else and try again.`;
  }
}
