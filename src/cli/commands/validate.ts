// `lessons validate [PATH...]`: checks campaign files and reports every problem on its line.
import path from 'node:path';
import { renderProblemsText, renderWorkflowCommands } from '../../core/render/problems-text.js';
import { loadPaths } from '../../io/load.js';
import { checkCampaignFile } from '../../io/read-files.js';
import { EXIT_OK, EXIT_PROBLEMS, type Command } from '../command.js';
import { graceDaysOption, todayOption } from '../options/common.js';
import { terminalStyle } from '../style.js';
import { existsSync, statSync } from 'node:fs';

export const validate: Command = {
  name: 'validate',
  summary: 'Check campaign files and report every problem on its line',
  description:
    'Checks every campaign file against the format (docs/campaign-format.md) and the rules that need the whole knowledge base: unique ids, known goals, considered campaigns. Each problem names its file, line and column and has a stable rule name. Errors make a file invalid; warnings (such as a closed campaign without conclusions) do not.\n\nNamed files are still checked against the whole root, but only their own problems are reported.',
  positional: {
    name: 'PATH',
    describe: 'Campaign files or folders to check. Default: the whole root.',
    count: 'any',
  },
  options: [todayOption, graceDaysOption],
  formats: ['text', 'json', 'github'],
  examples: [
    'lessons validate',
    'lessons validate lessons/2027-02-tiktok-trainee-community.yaml',
    'lessons validate --format github   # annotations in a GitHub Actions log',
  ],
  exitCodes: '0 no errors (warnings allowed), 1 a file has errors, 2 a usage or I/O error',
  async run(ctx) {
    const today = ctx.get(todayOption) ?? ctx.io.today;
    const graceDays = ctx.get(graceDaysOption);
    if (ctx.positionals.length === 0) await ctx.requireRoot();
    const given = ctx.positionals.length > 0 ? ctx.positionals : [ctx.root];
    // A named link is met, not followed: a skipped-link warning, as in a folder (DESIGN §1).
    for (const named of ctx.positionals) await checkCampaignFile(named, ctx.io.cwd, 'report');
    // Named files (a draft, or one file of the root) are still checked against the whole
    // root — unique ids, considered campaigns — but only their own problems are reported.
    // A folder outside the root is a knowledge base of its own.
    const rootAbs = path.resolve(ctx.io.cwd, ctx.root);
    const ownKnowledgeBase = (g: string): boolean => {
      const abs = path.resolve(ctx.io.cwd, g);
      if (abs === rootAbs || abs.startsWith(rootAbs + path.sep)) return abs === rootAbs;
      return !existsSync(abs) || statSync(abs).isDirectory();
    };
    const withContext =
      ctx.positionals.length > 0 && existsSync(rootAbs) && !given.some(ownKnowledgeBase)
        ? [ctx.root, ...given]
        : given;
    const kb = await loadPaths(withContext, { today, graceDays, cwd: ctx.io.cwd });
    const scope = loadScope(given, withContext, ctx.io.cwd);
    const files = kb.files.filter((f) => scope(f.file));
    const problems = kb.problems.filter((p) => scope(p.file));
    const result = { files: files.length, campaigns: files.filter((f) => f.data !== null).length, problems };

    if (ctx.format === 'json') ctx.io.stdout(JSON.stringify(result, null, 2) + '\n');
    else if (ctx.format === 'github') ctx.io.stdout(renderWorkflowCommands(problems));
    else ctx.io.stdout(renderProblemsText(result, terminalStyle(ctx.colour)));
    return problems.some((p) => p.severity === 'error') ? EXIT_PROBLEMS : EXIT_OK;
  },
};

/** Which display paths belong to the paths the user named (all of them when no context was added). */
function loadScope(given: string[], loaded: string[], cwd: string): (file: string) => boolean {
  if (given.length === loaded.length) return () => true;
  const prefixes = given.map((g) => path.resolve(cwd, g));
  return (file) => {
    const abs = path.resolve(cwd, file);
    return prefixes.some((p) => abs === p || abs.startsWith(p + path.sep));
  };
}
