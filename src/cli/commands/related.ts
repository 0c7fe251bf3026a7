// `lessons related FILE [--limit N]`: the past lessons that matter for one campaign (DESIGN §3,
// §4). FILE may be inside or outside the root; a root campaign with its id is not its own lesson.
import { renderProblemsText } from '../../core/render/problems-text.js';
import { buildRelatedIndex, DEFAULT_LIMIT, findRelated } from '../../core/related/index.js';
import { renderRelatedText } from '../../core/related/explain/render-text.js';
import { loadKnowledgeBase, loadPaths } from '../../io/load.js';
import { checkCampaignFile } from '../../io/read-files.js';
import { EXIT_OK, EXIT_PROBLEMS, UsageError, type Command } from '../command.js';
import { wholeNumber } from '../options/spec.js';
import { terminalStyle } from '../style.js';

const limitOption = wholeNumber({
  name: 'limit',
  min: 1,
  max: 50,
  fallback: DEFAULT_LIMIT,
  describe: 'The most lessons to show; fewer when fewer are relevant enough.',
  example: '--limit 3',
});

export const related: Command = {
  name: 'related',
  summary: 'Show the past lessons that matter for one campaign',
  description:
    'Ranks every other campaign with conclusions — whatever its status — and shows the few that matter for this one, each with its matching conclusions (level and outcome) and the reasons it was chosen. Campaigns running now on the same channel or audience are listed apart. Dutch and English text both match.',
  positional: {
    name: 'FILE',
    describe: 'The campaign file to find lessons for: one in the root, or a draft anywhere.',
    count: 'one',
  },
  options: [limitOption],
  examples: [
    'lessons related lessons/2027-02-tiktok-trainee-community.yaml',
    'lessons related draft.yaml --limit 3 --format json',
  ],
  exitCodes: '0 success, 1 the campaign file itself has errors, 2 a usage or I/O error',
  async run(ctx) {
    const limit = ctx.get(limitOption);
    const options = { today: ctx.io.today, cwd: ctx.io.cwd };
    await checkCampaignFile(ctx.positionals[0]!, ctx.io.cwd, 'refuse');
    const own = await loadPaths(ctx.positionals, options);
    const file = own.files[0];
    if (own.files.length !== 1 || file === undefined) {
      throw new UsageError(`${ctx.positionals[0]} is not one campaign file (.yaml or .yml).`);
    }
    if (file.campaign === null) {
      // The file itself is invalid: its problems, as `validate` shows them.
      const problems = own.problems.filter((problem) => problem.file === file.file);
      if (ctx.format === 'json') {
        // The keys of the related json, so a script needs no second shape; no lessons, and why.
        const id = typeof file.data?.id === 'string' ? file.data.id : null;
        ctx.io.stdout(JSON.stringify({ campaign: id, related: [], problems }, null, 2) + '\n');
      } else {
        const summary = { files: 1, campaigns: file.data === null ? 0 : 1, problems };
        ctx.io.stdout(renderProblemsText(summary, terminalStyle(ctx.colour)));
      }
      return EXIT_PROBLEMS;
    }
    const target = file.campaign;
    await ctx.requireRoot();
    const knowledgeBase = await loadKnowledgeBase(ctx.root, options);
    // The file itself, when it is inside the root, is a candidate like any other campaign, but
    // never its own lesson: findRelated skips the target's id.
    const result = findRelated(buildRelatedIndex(knowledgeBase.entries), target, { limit });
    if (ctx.format === 'json') {
      ctx.io.stdout(JSON.stringify({ campaign: result.campaign, related: result.related }, null, 2) + '\n');
    } else {
      const campaigns = new Map(knowledgeBase.entries.map((entry) => [entry.campaign.id, entry.campaign]));
      ctx.io.stdout(
        renderRelatedText(result, { campaigns, title: target.title, style: terminalStyle(ctx.colour) }),
      );
    }
    return EXIT_OK;
  },
};
