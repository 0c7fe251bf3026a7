// `lessons report [--out DIR]`: writes the knowledge base people read — a self-contained HTML
// page and a Markdown digest — into a folder of its own, atomically.
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { findAwaiting } from '../../core/awaiting.js';
import { buildRelatedIndex, findRelated } from '../../core/related/index.js';
import { buildReportModel, renderDigest, renderReportHtml } from '../../core/report/index.js';
import { plural } from '../../core/render/text-style.js';
import { loadKnowledgeBase } from '../../io/load.js';
import { displayPath } from '../../io/read-files.js';
import { writeReport } from '../../io/write-report.js';
import { EXIT_OK, EXIT_PROBLEMS, type Command } from '../command.js';
import { graceDaysOption, todayOption } from '../options/common.js';
import { text } from '../options/spec.js';

export const DEFAULT_OUT = 'out/lessons';

const outOption = text({
  name: 'out',
  value: 'DIR',
  describe:
    'The folder to write index.html and README.md into, relative to the current folder. It is replaced as a whole, and only when it holds nothing but an earlier report.',
  defaultText: `${DEFAULT_OUT} beside the knowledge base (at the repository root)`,
  example: '--out site/lessons',
});

export const report: Command = {
  name: 'report',
  summary: 'Write the knowledge base: a self-contained HTML page and a Markdown digest',
  description:
    'Writes index.html — one self-contained page with an overview, the lessons (searchable, fundamental ones first), a panel per campaign and what awaits conclusions — and README.md, a Markdown digest GitHub shows when the folder is opened. The folder is written atomically. Files with errors are left out and named on stderr.',
  options: [outOption, todayOption, graceDaysOption],
  examples: ['lessons report', 'lessons report --out site/lessons --format json'],
  exitCodes: '0 success, 1 a campaign file with errors was left out, 2 a usage or I/O error',
  async run(ctx) {
    await ctx.requireRoot();
    const today = ctx.get(todayOption) ?? ctx.io.today;
    const graceDays = ctx.get(graceDaysOption);
    const { cwd } = ctx.io;
    // Run from a subfolder, the report still goes beside the knowledge base, not into the
    // subfolder; with --root it goes where it always went, under the current folder.
    const base = ctx.place.via === 'option' ? cwd : ctx.place.base;
    const out = ctx.get(outOption) ?? path.relative(cwd, path.join(base, DEFAULT_OUT));
    const kb = await loadKnowledgeBase(ctx.root, { today, graceDays, cwd });
    const index = buildRelatedIndex(kb.entries);
    const model = buildReportModel({
      entries: kb.entries,
      awaiting: findAwaiting(kb.entries, { today, graceDays }),
      relatedOf: (entry) => findRelated(index, entry.campaign, { limit: 5 }).related,
      today,
    });
    const source = displayPath(path.resolve(cwd, ctx.root), cwd);
    const dir = await writeReport(
      out,
      [
        { name: 'index.html', content: await renderReportHtml(model, { source }) },
        { name: 'README.md', content: renderDigest(model) },
      ],
      { cwd, root: ctx.root, ...(ctx.io.env.HOME ? { home: ctx.io.env.HOME } : {}) },
    );

    const shown = displayPath(dir, cwd);
    const summary = {
      out: shown,
      files: [`${shown}/index.html`, `${shown}/README.md`],
      campaigns: model.counts.campaigns,
      lessons: model.counts.lessons,
      awaiting: model.counts.awaiting,
    };
    if (ctx.format === 'json') {
      ctx.io.stdout(JSON.stringify(summary, null, 2) + '\n');
    } else {
      const { campaigns, lessons } = model.counts;
      ctx.io.stdout(
        [
          `Wrote the knowledge base (${plural(campaigns, 'campaign')}, ${plural(lessons, 'lesson')}) to ${shown}/`,
          `  ${summary.files[0]}  open it in a browser: ${pathToFileURL(path.join(dir, 'index.html')).href}`,
          `  ${summary.files[1]}   the Markdown digest, for GitHub`,
          '',
        ].join('\n'),
      );
    }
    // Invalid files are left out of the report; say which, so nobody mistakes it for complete.
    const invalid = [...new Set(kb.problems.filter((p) => p.severity === 'error').map((p) => p.file))];
    if (invalid.length > 0) {
      ctx.io.stderr(
        `${invalid.length} file(s) have errors and are not in the report: ${invalid.join(', ')}. Run \`lessons validate\` to see why.\n`,
      );
      return EXIT_PROBLEMS;
    }
    return EXIT_OK;
  },
};
