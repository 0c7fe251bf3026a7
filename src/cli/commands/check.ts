// `lessons check`: the campaigns awaiting conclusions (DESIGN §2), with their owners.
import { findAwaiting } from '../../core/awaiting.js';
import { renderAwaitingText } from '../../core/render/awaiting-text.js';
import { loadKnowledgeBase } from '../../io/load.js';
import { EXIT_OK, EXIT_PROBLEMS, type Command } from '../command.js';
import { todayOption, wholeNumberOption } from '../options.js';
import { terminalStyle } from '../style.js';

export const check: Command = {
  name: 'check',
  summary: 'List the campaigns awaiting conclusions, with their owners',
  usage: 'lessons check [--root DIR] [--format text|json] [--today YYYY-MM-DD] [--grace-days N]',
  options: { today: { type: 'string' }, 'grace-days': { type: 'string' } },
  async run(ctx) {
    const today = todayOption(ctx);
    const graceDays = wholeNumberOption(ctx, 'grace-days', 14);
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
