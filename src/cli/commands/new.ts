// `lessons new`: scaffolds a campaign file that already asks the right questions — learning
// goals and a retention plan — then shows the related past lessons, so the learning loop starts
// before the plan is final. Prompts on a terminal; flags for scripts.
import { renderProblemsText } from '../../core/render/problems-text.js';
import { draftProblems, type Draft } from '../../core/scaffold/draft.js';
import { renderNewCampaignRelated } from '../../core/scaffold/related-text.js';
import { loadKnowledgeBase } from '../../io/load.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type Command } from '../command.js';
import { askDraft } from '../new/ask-draft.js';
import { completeFromFlags, draftFromFlags, FLAG_OF } from '../new/draft-from-flags.js';
import { inquirerPrompter } from '../new/inquirer-prompter.js';
import { PromptCancelled, type Prompter } from '../new/prompter.js';
import { writeCampaign } from '../new/write-campaign.js';
import { stringOption } from '../options.js';
import { terminalStyle } from '../style.js';

/** `lessons new` with the given way of asking questions (a terminal, or a test's script). */
export function createNewCommand(prompter: Prompter): Command {
  return {
    name: 'new',
    summary: 'Start a campaign file with learning goals and a retention plan, and see related lessons',
    usage:
      'lessons new [--title T] [--owner @user] [--channel C]... [--audience A]... [--tag T]... [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--goal QUESTION]... [--retention-owner @team] [--retention-plan TEXT] [--summary TEXT] [--status S] [--id ID] [--yes] [--root DIR] [--format text|json]',
    options: {
      title: { type: 'string' },
      owner: { type: 'string' },
      channel: { type: 'string', multiple: true },
      audience: { type: 'string', multiple: true },
      tag: { type: 'string', multiple: true },
      start: { type: 'string' },
      end: { type: 'string' },
      goal: { type: 'string', multiple: true },
      'retention-owner': { type: 'string' },
      'retention-plan': { type: 'string' },
      summary: { type: 'string' },
      status: { type: 'string' },
      id: { type: 'string' },
      yes: { type: 'boolean', short: 'y' },
    },
    async run(ctx) {
      const given = draftFromFlags(ctx.values, (name) => stringOption(ctx, name));
      const interactive = !ctx.values.yes && ctx.io.isTTY && ctx.io.stdinIsTTY && ctx.format === 'text';
      let draft: Draft;
      try {
        draft = interactive
          ? await askDraft(given, prompter, ctx.io.today)
          : completeFromFlags(given, ctx.io.today);
      } catch (error) {
        if (!(error instanceof PromptCancelled)) throw error;
        ctx.io.stderr('lessons new: cancelled; nothing was written.\n');
        return EXIT_USAGE;
      }
      // A retention owner that defaulted to the owner would only repeat the owner's problem.
      const invalid = draftProblems(draft).filter(
        (p) => p.field !== 'retentionOwner' || draft.retentionOwner !== draft.owner || given.retentionOwner,
      );
      if (invalid.length > 0) {
        throw new UsageError(invalid.map((p) => `${FLAG_OF[p.field]}: ${p.message}`).join('\n'));
      }
      const created = await writeCampaign(ctx, draft);

      // Validate what was written, read back with the whole root as `lessons validate` reads it.
      const after = await loadKnowledgeBase(ctx.root, { today: ctx.io.today, cwd: ctx.io.cwd });
      const problems = after.problems.filter((p) => p.file === created.file);
      const failed = problems.some((p) => p.severity === 'error');
      const { related, alsoRunning } = created.found;
      if (ctx.format === 'json') {
        const result = { file: created.file, id: created.id, problems, related, alsoRunning };
        ctx.io.stdout(JSON.stringify(result, null, 2) + '\n');
        return failed ? EXIT_PROBLEMS : EXIT_OK;
      }
      const style = terminalStyle(ctx.colour);
      if (problems.length > 0) {
        ctx.io.stdout(renderProblemsText({ files: 1, campaigns: 1, problems }, style) + '\n');
      }
      if (failed) return EXIT_PROBLEMS;
      ctx.io.stdout(
        `${style.green(`✔ Created ${created.file}`)} (id ${created.id}). ` +
          'Next: add a hypothesis and a measure to each learning goal.\n\n' +
          renderNewCampaignRelated(related, alsoRunning, style),
      );
      return EXIT_OK;
    },
  };
}

export const newCampaign = createNewCommand(inquirerPrompter);
