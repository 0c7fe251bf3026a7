// npm start: the main job on the example knowledge base in lessons/ — validation, the
// campaigns awaiting conclusions, the related past lessons of every planned or running
// campaign, and the browsable report. Runs the same commands a user runs.
import { todayUtc } from '../src/core/dates.js';
import { loadKnowledgeBase } from '../src/io/load.js';
import type { CliIo } from '../src/cli/command.js';
import { inquirerPrompter } from '../src/cli/new/inquirer-prompter.js';
import { runCli } from '../src/cli/run.js';

const io: CliIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
  stdinIsTTY: false,
  today: todayUtc(),
  prompter: inquirerPrompter,
};
const root = process.argv[2] ?? 'lessons';
const heading = (title: string): void => {
  io.stdout(`\n${io.isTTY ? `\u001b[1m${title}\u001b[22m` : title}\n${'─'.repeat(title.length)}\n`);
};

heading(`Validation of ${root}/`);
const validation = await runCli(['validate', '--root', root], io);

heading('Campaigns awaiting conclusions');
await runCli(['check', '--root', root], io);

heading('Related past lessons for every planned or running campaign');
const kb = await loadKnowledgeBase(root, { today: io.today, cwd: io.cwd });
for (const entry of kb.entries) {
  if (entry.campaign.status !== 'planned' && entry.campaign.status !== 'running') continue;
  io.stdout(`\n${'─'.repeat(40)}\n`);
  await runCli(['related', entry.file, '--root', root], io);
}

heading('Knowledge base report');
const report = await runCli(['report', '--root', root], io);

// Awaiting conclusions and warnings are the point of the tour, not a failure of it.
process.exitCode = validation === 2 || report !== 0 ? 1 : 0;
