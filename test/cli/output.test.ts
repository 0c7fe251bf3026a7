// A failed write to stdout is never a stack trace: a reader that went away (EPIPE) ends the
// output quietly with the command's own exit code; any other failure (a full disk) is one
// plain line on stderr and exit 2 (DESIGN §4). Checked on the real process and on the guard.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { guardOutput } from '../../src/cli/output.js';
import { assertBuilt, CLI, REPO, STACK_LINE } from './built-cli.js';

beforeAll(() => assertBuilt());

/** Runs the CLI with stdout a pipe closed before it writes (`… | true`), or the given fd. */
function run(args: string[], stdout: 'closed-pipe' | number): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: REPO,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' },
      stdio: ['ignore', stdout === 'closed-pipe' ? 'pipe' : stdout, 'pipe'],
    });
    child.stdout?.destroy();
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
}

describe('the lessons process', () => {
  it('ends quietly when the reader of its output went away, with the exit code of the command', async () => {
    const invalid = await run(['validate', 'test/fixtures/invalid', '--format', 'json'], 'closed-pipe');
    expect(invalid.stderr).toBe('');
    expect(invalid.code).toBe(1);
    const valid = await run(['validate', '--format', 'json', '--today', '2026-11-26'], 'closed-pipe');
    expect(valid.stderr).toBe('');
    expect(valid.code).toBe(0);
  });

  it.runIf(existsSync('/dev/full'))('exits 2 with one plain line when the disk is full', async () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const full = await run(['check', '--today', '2026-11-26'], fd);
      expect(full.code).toBe(2);
      expect(full.stderr).toBe(
        'lessons: could not write the output: the disk is full. Free some space, or send the output somewhere else.\n',
      );
      expect(full.stderr).not.toMatch(STACK_LINE);
    } finally {
      closeSync(fd);
    }
  });
});

function failing(code: string): Writable {
  return new Writable({
    write(_chunk, _encoding, callback) {
      callback(Object.assign(new Error(`write ${code}`), { code }));
    },
  });
}

function collecting(into: string[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      into.push(chunk.toString());
      callback();
    },
  });
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('guardOutput', () => {
  it('drops the rest of the output after EPIPE and keeps the exit code', async () => {
    const err: string[] = [];
    const codes: number[] = [];
    const output = guardOutput(failing('EPIPE'), collecting(err), (c) => codes.push(c));
    output.stdout('one\n');
    await settle();
    output.stdout('two\n');
    await settle();
    expect(err).toEqual([]);
    expect(codes).toEqual([]);
    expect(output.exitCode(1)).toBe(1);
  });

  it('turns any other write failure into one line on stderr and exit 2, even after the command ended', async () => {
    const err: string[] = [];
    const codes: number[] = [];
    const output = guardOutput(failing('EACCES'), collecting(err), (c) => codes.push(c));
    output.stdout('one\n');
    output.stdout('two\n');
    await settle();
    expect(err).toEqual([
      'lessons: could not write the output: permission denied. Send the output somewhere you may write.\n',
    ]);
    expect(codes).toEqual([2]);
    expect(output.exitCode(0)).toBe(2);
  });

  it('survives a stderr that cannot be written', async () => {
    const codes: number[] = [];
    const output = guardOutput(failing('ENOSPC'), failing('ENOSPC'), (c) => codes.push(c));
    output.stdout('one\n');
    await settle();
    output.stderr('more\n');
    await settle();
    expect(output.exitCode(0)).toBe(2);
  });
});
