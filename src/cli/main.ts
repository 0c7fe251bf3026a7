// The `lessons` executable: wires the real process into runCli and sets the exit code.
import { todayUtc } from '../core/dates.js';
import { runCli } from './run.js';

async function main(): Promise<void> {
  try {
    process.exitCode = await runCli(process.argv.slice(2), {
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
      cwd: process.cwd(),
      env: process.env,
      isTTY: Boolean(process.stdout.isTTY),
      stdinIsTTY: Boolean(process.stdin.isTTY),
      today: todayUtc(),
    });
  } catch (error) {
    // A bug of ours, not a user's mistake: say so plainly, with the detail for a bug report.
    process.stderr.write(
      `lessons: unexpected failure: ${(error as Error)?.message ?? String(error)}\nPlease report this with the command you ran.\n`,
    );
    if (process.env.LESSONS_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    process.exitCode = 2;
  }
}

void main();
