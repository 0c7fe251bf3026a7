// `lessons new`: scaffolds a campaign file that already asks the right questions — learning
// goals and a retention plan — then shows the related past lessons, so the learning loop starts
// before the plan is final. Prompts on a terminal; flags for scripts.
import { renderProblemsText } from '../../core/render/problems-text.js';
import { inlineText } from '../../core/render/terminal-text.js';
import { draftProblems, type Draft } from '../../core/scaffold/draft.js';
import { renderNewCampaignRelated } from '../../core/scaffold/related-text.js';
import { missingKnowledgeBase, MissingKnowledgeBaseError } from '../../io/knowledge-base-place.js';
import { loadKnowledgeBase } from '../../io/load.js';
import { displayPath } from '../../io/read-files.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type Command } from '../command.js';
import { askDraft } from '../new/ask-draft.js';
import { completeFromFlags, draftFromFlags, FLAG_OF, NEW_OPTIONS } from '../new/draft-from-flags.js';
import { PromptCancelled } from '../new/prompter.js';
import { writeCampaign } from '../new/write-campaign.js';
import { terminalStyle } from '../style.js';

export const newCampaign: Command = {
  name: 'new',
  summary: 'Start a campaign file with learning goals and a retention plan, and see related lessons',
  description:
    'On a terminal it asks for what the options left open, checking every answer as the format would; without one (or with --yes) every required value comes from an option. It writes <root>/<id>.yaml with the schema modeline for editors and comments that explain each section, never over an existing file or id, validates it, and prints the related past lessons.',
  options: Object.values(NEW_OPTIONS),
  examples: [
    'lessons new   # on a terminal: asks',
    'lessons new --title "Trainee-community op TikTok" --owner @jdevries --channel tiktok --goal "Bereiken we technische studenten via TikTok?" --retention-plan "Presenteren in het recruitment-overleg." --yes',
  ],
  exitCodes: '0 written, 1 written but it has errors, 2 a usage or I/O error (nothing written)',
  async run(ctx) {
    const { place } = ctx;
    if (place.via === 'default' && place.repository === null) {
      throw new MissingKnowledgeBaseError(missingKnowledgeBase(place, ctx.io.cwd));
    }
    const given = draftFromFlags(ctx);
    const interactive =
      !ctx.get(NEW_OPTIONS.yes) && ctx.io.isTTY && ctx.io.stdinIsTTY && ctx.format === 'text';
    let draft: Draft;
    try {
      draft = interactive
        ? await askDraft(given, ctx.io.prompter, ctx.io.today)
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
      throw new UsageError(invalid.map((p) => `${FLAG_OF[p.field]}: ${inlineText(p.message)}`).join('\n'));
    }
    const created = await writeCampaign(ctx, draft);

    // Validate what was written, read back with the whole root as `lessons validate` reads it.
    const after = await loadKnowledgeBase(ctx.root, { today: ctx.io.today, cwd: ctx.io.cwd });
    const problems = after.problems.filter((p) => p.file === created.file);
    const failed = problems.some((p) => p.severity === 'error');
    const { related, alsoRunning } = created.found;
    if (!created.schemaExists) {
      ctx.io.stderr(
        `Editors check campaign files against ${displayPath(place.schema, ctx.io.cwd)}, which is not there yet: run \`npx campaign-lessons init\` to set this repository up.\n`,
      );
    }
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
