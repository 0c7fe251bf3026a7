// `lessons check`: the campaigns awaiting conclusions (DESIGN §2), with their owners.
import { findAwaiting } from '../../core/awaiting.js';
import { renderAwaitingText } from '../../core/render/awaiting-text.js';
import { loadKnowledgeBase } from '../../io/load.js';
import { EXIT_OK, EXIT_PROBLEMS, type Command } from '../command.js';
import { graceDaysOption, todayOption } from '../options/common.js';
import { terminalStyle } from '../style.js';

export const check: Command = {
  name: 'check',
  summary: 'List the campaigns awaiting conclusions, with their owners',
  description:
    'A campaign awaits conclusions when it has none (conclusions in reviews count) and it is closed or cancelled, or still planned or running more than the grace days after its end date, or — for continuous work such as a community — its review is more than the grace days overdue. Files with errors are left out and counted on stderr.',
  options: [todayOption, graceDaysOption],
  examples: ['lessons check', 'lessons check --today 2026-03-01 --grace-days 30 --format json'],
  exitCodes: '0 nothing awaits, 1 a campaign awaits conclusions, 2 a usage or I/O error',
  async run(ctx) {
    await ctx.requireRoot();
    const today = ctx.get(todayOption) ?? ctx.io.today;
    const graceDays = ctx.get(graceDaysOption);
    const kb = await loadKnowledgeBase(ctx.root, { today, graceDays, cwd: ctx.io.cwd });
    const awaiting = findAwaiting(kb.entries, { today, graceDays });
    if (ctx.format === 'json') {
      ctx.io.stdout(JSON.stringify({ awaiting }, null, 2) + '\n');
    } else {
      ctx.io.stdout(renderAwaitingText(awaiting, { today, graceDays }, terminalStyle(ctx.colour)));
    }
    // On stderr in both formats: the json on stdout keeps its exact shape, yet a script's log
    // still shows that the list may be incomplete.
    const invalid = new Set(kb.problems.filter((p) => p.severity === 'error').map((p) => p.file));
    if (invalid.size > 0) {
      ctx.io.stderr(
        `${invalid.size} file(s) have errors and were not checked; run \`lessons validate\` to see them.\n`,
      );
    }
    return awaiting.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
  },
};
