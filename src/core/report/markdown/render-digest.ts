// Renders the Markdown digest (README.md beside index.html) that GitHub shows when someone opens
// the report folder: the fundamental lessons, then the lessons by channel, then what is awaiting
// conclusions. All campaign text is escaped: it cannot mention anyone, link, or add markup.
import { escapeMarkdown, escapeTableCell } from '../../render/escape-markdown.js';
import type { ReportLesson, ReportModel } from '../model.js';
import { awaitingReasonText, LEVEL_LABELS, OUTCOME_LABELS, percent, plural } from '../html/labels.js';

export function renderDigest(model: ReportModel): string {
  const fundamental = model.lessons.filter((lesson) => lesson.level === 'fundamental');
  return [
    '# What we have learned',
    '',
    summary(model),
    '',
    'Open `index.html` in this folder in a browser for the searchable knowledge base, with a page per campaign.',
    '',
    '## Fundamental lessons',
    '',
    'Conclusions that question the approach itself, not only the details of how it was carried out.',
    '',
    ...(fundamental.length === 0 ? ['_No fundamental lessons yet._'] : fundamental.flatMap(fullItem)),
    '',
    '## Lessons by channel',
    '',
    ...byChannel(model),
    '## Awaiting conclusions',
    '',
    ...awaiting(model),
  ].join('\n');
}

function summary(model: ReportModel): string {
  const { counts } = model;
  const parts = [
    `${plural(counts.lessons, 'lesson', 'lessons')} from ${plural(counts.campaigns, 'campaign', 'campaigns')}, as of ${model.today}.`,
  ];
  if (counts.coverage !== null) {
    parts.push(
      `${counts.finishedWithConclusions} of ${plural(counts.finished, 'finished campaign', 'finished campaigns')} (${percent(counts.coverage)}) recorded conclusions.`,
    );
  }
  if (counts.lessons > 0)
    parts.push(`${counts.fundamental} fundamental, ${counts.execution} about execution.`);
  return parts.join(' ');
}

function labels(lesson: ReportLesson): string {
  return [LEVEL_LABELS[lesson.level], lesson.outcome && OUTCOME_LABELS[lesson.outcome]]
    .filter(Boolean)
    .join(', ');
}

function source(lesson: ReportLesson): string {
  const when = lesson.reviewDate ? `review of ${lesson.reviewDate}` : String(lesson.year);
  return `From _${escapeMarkdown(lesson.campaign.title)}_ (${when}; ${escapeMarkdown(lesson.channels.join(', '))})`;
}

function fullItem(lesson: ReportLesson): string[] {
  return [
    `- **${escapeMarkdown(lesson.finding)}** _(${labels(lesson)})_`,
    ...(lesson.recommendation ? [`  - Next time: ${escapeMarkdown(lesson.recommendation)}`] : []),
    ...(lesson.evidence ? [`  - Evidence: ${escapeMarkdown(lesson.evidence)}`] : []),
    `  - ${source(lesson)}`,
  ];
}

function byChannel(model: ReportModel): string[] {
  if (model.lessons.length === 0) return ['_No lessons yet._', ''];
  return model.outcomesByChannel.flatMap((row) => {
    const lessons = model.lessons.filter((lesson) => lesson.channels.includes(row.key));
    return [
      `### ${escapeMarkdown(row.key)}`,
      '',
      ...lessons.map(
        (lesson) =>
          `- ${escapeMarkdown(lesson.finding)} _(${labels(lesson)})_ — _${escapeMarkdown(lesson.campaign.title)}_, ${lesson.reviewDate ?? lesson.year}`,
      ),
      '',
    ];
  });
}

function awaiting(model: ReportModel): string[] {
  if (model.awaiting.length === 0) return ['Every finished campaign has recorded what it learned.', ''];
  return [
    'These campaigns have not recorded what they learned yet.',
    '',
    '| Campaign | Why | Owner | Keeps the knowledge | File |',
    '| --- | --- | --- | --- | --- |',
    ...model.awaiting.map(
      (item) =>
        `| ${[item.title, awaitingReasonText(item), item.owner, item.retentionOwner, item.file].map(escapeTableCell).join(' | ')} |`,
    ),
    '',
  ];
}
