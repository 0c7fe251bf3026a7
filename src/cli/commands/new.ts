// `lessons new`: scaffolds a campaign file that already asks the right questions — learning
// goals and a retention plan — then shows the related past lessons, so the learning loop starts
// before the plan is final. Prompts on a terminal; flags for scripts.
import { lstat, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildRelatedIndex, findRelated } from '../../core/related/index.js';
import { renderProblemsText } from '../../core/render/problems-text.js';
import { renderCampaignYaml } from '../../core/scaffold/campaign-yaml.js';
import {
  draftId,
  draftProblems,
  draftToCampaign,
  type Draft,
  type DraftField,
} from '../../core/scaffold/draft.js';
import { renderNewCampaignRelated } from '../../core/scaffold/related-text.js';
import type { Status } from '../../core/types.js';
import { loadKnowledgeBase } from '../../io/load.js';
import { displayPath } from '../../io/read-files.js';
import {
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  UsageError,
  type Command,
  type CommandContext,
} from '../command.js';
import { askDraft, type PartialDraft } from '../new/ask-draft.js';
import { parseHandle, parseSlugList } from '../new/draft-input.js';
import { inquirerPrompter } from '../new/inquirer-prompter.js';
import { PromptCancelled, type Prompter } from '../new/prompter.js';
import { stringOption } from '../options.js';
import { terminalStyle } from '../style.js';

const FLAG_OF: Record<DraftField, string> = {
  id: '--id',
  title: '--title',
  owner: '--owner',
  status: '--status',
  start: '--start',
  end: '--end',
  channels: '--channel',
  audiences: '--audience',
  tags: '--tag',
  summary: '--summary',
  goals: '--goal',
  retentionOwner: '--retention-owner',
  retentionPlan: '--retention-plan',
};

const REQUIRED: [DraftField, string][] = [
  ['title', 'the campaign’s name'],
  ['owner', 'who is accountable, like "@jdevries"'],
  ['channels', 'where it runs, like facebook'],
  ['goals', 'a question you want the campaign to answer'],
  ['retentionPlan', 'how the knowledge will be kept and shared'],
];

const STATUSES: readonly Status[] = ['planned', 'running', 'closed', 'cancelled'];

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

/** Writes the new file — never over another — with the related lessons of the plan as comments. */
async function writeCampaign(ctx: CommandContext, draft: Draft) {
  const { cwd } = ctx.io;
  const id = draftId(draft);
  const rootAbs = path.resolve(cwd, ctx.root);
  const fileAbs = path.join(rootAbs, `${id}.yaml`);
  const file = displayPath(fileAbs, cwd);
  for (const candidate of [file, file.replace(/\.yaml$/, '.yml')]) {
    if (await exists(path.resolve(cwd, candidate))) {
      throw new UsageError(
        `${candidate} already exists; nothing was written. Choose another title or --id, or edit that file.`,
      );
    }
  }
  const kb = (await exists(rootAbs)) ? await loadKnowledgeBase(ctx.root, { today: ctx.io.today, cwd }) : null;
  const twin = kb?.files.find((parsed) => parsed.data?.id === id);
  if (twin) {
    throw new UsageError(`${twin.file} already uses the id ${id}; nothing was written. Choose another --id.`);
  }

  const campaign = draftToCampaign(draft);
  const found = findRelated(buildRelatedIndex(kb?.entries ?? []), campaign, { limit: 5 });
  // The modeline points at the schema from the file's own folder, as editors resolve it.
  const schemaPath = path
    .relative(path.dirname(fileAbs), path.join(cwd, 'schemas', 'campaign.schema.json'))
    .split(path.sep)
    .join('/');
  await mkdir(rootAbs, { recursive: true });
  try {
    await writeFile(fileAbs, renderCampaignYaml(campaign, { schemaPath, related: found.related }), {
      flag: 'wx',
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UsageError(`${file} already exists; nothing was written.`);
    }
    throw error;
  }
  return { id, file, found };
}

export const newCampaign = createNewCommand(inquirerPrompter);

type FlagValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

function draftFromFlags(values: FlagValues, single: (name: string) => string | undefined): PartialDraft {
  const list = (name: string) => {
    const value = values[name];
    return (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(String);
  };
  const status = single('status');
  if (status !== undefined && !STATUSES.includes(status as Status)) {
    throw new UsageError(`Invalid --status '${status}': expected ${STATUSES.join(', ')}.`);
  }
  const draft: PartialDraft = {
    channels: parseSlugList(list('channel')),
    audiences: parseSlugList(list('audience')),
    tags: parseSlugList(list('tag')),
    goals: list('goal')
      .map((goal) => goal.trim())
      .filter(Boolean),
  };
  const set = <F extends keyof Draft>(field: F, value: Draft[F] | undefined) => {
    if (value !== undefined) draft[field] = value;
  };
  set('id', single('id'));
  set('title', single('title')?.trim());
  set('owner', mapDefined(single('owner'), parseHandle));
  set('status', status as Status | undefined);
  set('start', single('start')?.trim());
  set('end', single('end')?.trim() || undefined);
  set('summary', single('summary')?.trim() || undefined);
  set('retentionOwner', mapDefined(single('retention-owner'), parseHandle));
  set('retentionPlan', single('retention-plan')?.trim());
  return draft;
}

/** Without a terminal every required value comes from a flag; the rest have defaults. */
function completeFromFlags(given: PartialDraft, today: string): Draft {
  const missing = REQUIRED.filter(([field]) => {
    const value = given[field];
    return value === undefined || (Array.isArray(value) && value.length === 0);
  });
  if (missing.length > 0) {
    throw new UsageError(
      `Missing ${missing.map(([field, what]) => `${FLAG_OF[field]} (${what})`).join(', ')}. Without a terminal, give them as flags.`,
    );
  }
  return {
    ...given,
    status: given.status ?? 'planned',
    start: given.start ?? today,
    retentionOwner: given.retentionOwner ?? given.owner!,
  } as Draft;
}

async function exists(target: string): Promise<boolean> {
  return lstat(target).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
}

function mapDefined<T>(value: string | undefined, map: (text: string) => T): T | undefined {
  return value === undefined ? undefined : map(value);
}
