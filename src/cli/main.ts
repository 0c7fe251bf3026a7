// The `lessons` executable: wires the real process into runCli and sets the exit code.
import { todayUtc } from '../core/dates.js';
import { inquirerPrompter } from './new/inquirer-prompter.js';
import { guardOutput } from './output.js';
import { runCli } from './run.js';

async function main(): Promise<void> {
  const output = guardOutput(process.stdout, process.stderr, (code) => {
    process.exitCode = code;
  });
  try {
    const code = await runCli(process.argv.slice(2), {
      stdout: output.stdout,
      stderr: output.stderr,
      cwd: process.cwd(),
      env: process.env,
      isTTY: Boolean(process.stdout.isTTY),
      stdinIsTTY: Boolean(process.stdin.isTTY),
      today: todayUtc(),
      prompter: inquirerPrompter,
    });
    process.exitCode = output.exitCode(code);
  } catch (error) {
    // A bug of ours, not a user's mistake: say so plainly, with the detail for a bug report.
    output.stderr(
      `lessons: unexpected failure: ${(error as Error)?.message ?? String(error)}\nPlease report this with the command you ran.\n`,
    );
    if (process.env.LESSONS_DEBUG) output.stderr(`${(error as Error)?.stack ?? ''}\n`);
    process.exitCode = 2;
  }
}

void main();
