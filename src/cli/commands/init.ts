// `lessons init`: sets a repository up in one step — the campaigns folder with a README, the
// schema where editors find it, VS Code's settings merged, and the workflow — asking on a
// terminal and taking options otherwise. It never overwrites a file, and says what it wrote
// and what to do next.
import path from 'node:path';
import campaignSchema from '../../../schemas/campaign.schema.json' with { type: 'json' };
import { CONFIG_KEYS } from '../../core/config/lessons-config.js';
import { planInit } from '../../core/init/plan.js';
import { inlineText } from '../../core/render/terminal-text.js';
import { DEFAULT_ROOT, MissingKnowledgeBaseError, SCHEMA_FILE } from '../../io/knowledge-base-place.js';
import { displayPath } from '../../io/read-files.js';
import {
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  UsageError,
  type CommandContext,
  type Command,
} from '../command.js';
import { writeInitFiles, type InitResult } from '../init/write-init-files.js';
import { PromptCancelled } from '../new/prompter.js';
import { flag } from '../options/spec.js';
import { VERSION } from '../version.js';

const INIT_OPTIONS = {
  yes: flag({
    name: 'yes',
    short: 'y',
    describe: 'Never ask: set up everything the options leave on, with the defaults.',
    example: '--yes',
  }),
  upgrade: flag({
    name: 'upgrade',
    describe:
      'Also replace a schema copy from another campaign-lessons version with this version’s. No other file is ever replaced.',
    example: '--upgrade',
  }),
  noWorkflow: flag({
    name: 'no-workflow',
    describe: 'Do not add .github/workflows/lessons.yml.',
    example: '--no-workflow',
  }),
  noEditor: flag({
    name: 'no-editor',
    describe: 'Do not touch .vscode/settings.json and .vscode/extensions.json.',
    example: '--no-editor',
  }),
};

export const init: Command = {
  name: 'init',
  summary: 'Set a repository up: the campaigns folder, the schema for editors, the GitHub workflow',
  description:
    'Run it in your repository (any folder of it). It adds the campaigns folder (lessons/, or --root) with a short README; campaign.schema.json in it, which editors check files against and `lessons new` points each file at; .vscode/settings.json and extensions.json, merged into what is there (comments kept); and .github/workflows/lessons.yml, which reviews pull requests and audits every morning, as a dry run until you switch that off. A root other than lessons/ is written to lessons.config.yaml, so every command finds it.\n\nIt never overwrites a file: one that exists is kept and named, except that --upgrade refreshes the schema copy. On a terminal it asks; otherwise (or with --yes) it takes the options.',
  options: Object.values(INIT_OPTIONS),
  examples: [
    'lessons init   # on a terminal: asks',
    'lessons init --yes',
    'lessons init --root marketing/lessons --no-workflow --yes',
    'lessons init --upgrade --yes   # after updating campaign-lessons',
  ],
  exitCodes:
    '0 set up (existing files kept), 1 a file could not be set up (the message says why), 2 a usage or I/O error',
  async run(ctx) {
    const { io, place } = ctx;
    const repository = place.repository;
    if (repository === null) {
      throw new MissingKnowledgeBaseError(
        `${io.cwd} is not inside a git repository. Run \`git init\` (or go to your repository's folder) first, then \`lessons init\`.`,
      );
    }
    const interactive = !ctx.get(INIT_OPTIONS.yes) && io.isTTY && io.stdinIsTTY && ctx.format === 'text';
    let answers: Answers;
    try {
      answers = await decide(ctx, repository, interactive);
    } catch (error) {
      if (!(error instanceof PromptCancelled)) throw error;
      io.stderr('lessons init: cancelled; nothing was written.\n');
      return EXIT_USAGE;
    }
    const toRepo = (absolute: string) => path.relative(repository, absolute).split(path.sep).join('/');
    const files = planInit({
      root: toRepo(answers.root),
      schema: toRepo(answers.schema),
      schemaFromRoot: path.relative(answers.root, answers.schema).split(path.sep).join('/'),
      schemaJson: campaignSchema,
      version: VERSION,
      config: place.configFile === null && toRepo(answers.root) !== DEFAULT_ROOT,
      workflow: answers.workflow,
      editor: answers.editor,
      upgrade: ctx.get(INIT_OPTIONS.upgrade),
    });
    const results = await writeInitFiles(repository, files);
    const shown = (file: string) => displayPath(path.join(repository, ...file.split('/')), io.cwd);
    if (ctx.format === 'json') {
      const json = {
        repository: displayPath(repository, io.cwd),
        root: displayPath(answers.root, io.cwd),
        files: results.map((result) => ({ ...result, path: shown(result.path) })),
      };
      io.stdout(JSON.stringify(json, null, 2) + '\n');
    } else {
      io.stdout(transcript(results, { repository, root: displayPath(answers.root, io.cwd), shown }));
    }
    return results.some((result) => result.action === 'failed') ? EXIT_PROBLEMS : EXIT_OK;
  },
};

interface Answers {
  root: string;
  schema: string;
  workflow: boolean;
  editor: boolean;
}

/** The root and the parts to set up: from the options, the settings file, or the questions. */
async function decide(ctx: CommandContext, repository: string, interactive: boolean): Promise<Answers> {
  const { place, io } = ctx;
  let root = place.root;
  if (place.via === 'option' && place.configFile !== null) {
    const configured = path.resolve(place.base, place.config.root ?? DEFAULT_ROOT);
    if (configured !== root) {
      throw new UsageError(
        `${displayPath(place.configFile, io.cwd)} names ${displayPath(configured, io.cwd)} as the root; change root: there instead of giving --root.`,
      );
    }
  }
  if (interactive && place.via !== 'option' && place.via !== 'config') {
    const answer = await io.prompter.text({
      message: 'Folder for the campaign files, relative to the repository root',
      default: path.relative(repository, root).split(path.sep).join('/'),
      validate: (text) => checkRoot(text),
    });
    root = path.resolve(repository, answer.trim());
  }
  const outside = path.relative(repository, root);
  if (outside === '' || outside.startsWith('..') || path.isAbsolute(outside)) {
    throw new UsageError(
      `The campaigns folder must be a folder inside the repository (${repository}); got ${inlineText(displayPath(root, io.cwd))}.`,
    );
  }
  const problem = checkRoot(outside.split(path.sep).join('/'));
  if (problem !== true) throw new UsageError(`Invalid --root: ${problem}`);
  const schema = place.config.schema
    ? path.resolve(place.base, place.config.schema)
    : path.join(root, SCHEMA_FILE);
  const ask = async (skip: boolean, message: string) =>
    !skip && (!interactive || (await io.prompter.confirm({ message, default: true })));
  const workflow = await ask(
    ctx.get(INIT_OPTIONS.noWorkflow),
    'Add the GitHub workflow (.github/workflows/lessons.yml): pull request reviews and a daily audit, as a dry run to start?',
  );
  const editor = await ask(
    ctx.get(INIT_OPTIONS.noEditor),
    'Let VS Code check campaign files (.vscode/settings.json, merged into yours)?',
  );
  return { root, schema, workflow, editor };
}

/** The settings file's own rule for a root: relative, with `/`, inside the repository. */
function checkRoot(text: string): true | string {
  const parsed = CONFIG_KEYS.find((key) => key.name === 'root')!.parse(text);
  if ('problem' in parsed) return parsed.problem;
  return parsed.value === '.' ? 'give a folder of its own, such as lessons.' : true;
}

const LABEL: Record<InitResult['action'], string> = {
  created: 'created',
  updated: 'updated',
  unchanged: 'up to date',
  kept: 'kept',
  failed: 'not set up',
};

function transcript(
  results: readonly InitResult[],
  context: { repository: string; root: string; shown: (file: string) => string },
): string {
  const width = Math.max(...results.map((result) => context.shown(result.path).length));
  const lines = [`Set up campaign-lessons in ${context.repository}:`, ''];
  for (const result of results) {
    const detail = result.why ?? result.purpose;
    lines.push(
      `  ${LABEL[result.action].padEnd(10)}  ${context.shown(result.path).padEnd(width)}  ${detail}`,
    );
  }
  const written = results.filter((result) => result.action === 'created' || result.action === 'updated');
  const failed = results.filter((result) => result.action === 'failed');
  lines.push('', 'Next:');
  const steps = [`Start a campaign: npx campaign-lessons new   (it goes into ${context.root}/)`];
  if (written.length > 0) {
    steps.push(
      `Commit what init wrote: git add ${written.map((result) => context.shown(result.path)).join(' ')} && git commit -m "Set up campaign-lessons"`,
    );
  }
  if (
    results.some((result) => result.path === '.github/workflows/lessons.yml' && result.action === 'created')
  ) {
    steps.push(
      'Push: the workflow runs as a dry run — each run’s summary in the Actions tab shows the comment and the issues it would write. Once that looks right, set DRY_RUN: false in .github/workflows/lessons.yml.',
    );
  }
  if (written.some((result) => result.path === '.vscode/extensions.json')) {
    steps.push(
      'In VS Code, install the YAML extension it recommends: campaign files are then checked as you type.',
    );
  }
  for (const result of failed) {
    const what = result.byHand ? `: ${result.byHand}` : '';
    steps.push(
      `${context.shown(result.path)} was not set up because ${result.why}. Fix it, or set it up by hand${what}.`,
    );
  }
  lines.push(...steps.map((step, index) => `  ${index + 1}. ${step}`), '');
  return lines.join('\n');
}
