// One lesson as a card: its level and outcome, the finding, what to do next time, the evidence,
// and the campaign it came from (a link that opens the campaign's panel).
import type { Level, Outcome } from '../../types.js';
import type { ReportLesson } from '../model.js';
import { html, type SafeHtml } from './html.js';
import { LEVEL_LABELS, OUTCOME_LABELS } from './labels.js';

/** A related lesson's conclusion has `outcome: null` where a report lesson leaves it out. */
export function lessonBadges(lesson: { level: Level; outcome?: Outcome | null }): SafeHtml {
  return html`<span class="badge badge-${lesson.level}">${LEVEL_LABELS[lesson.level]}</span
    >${lesson.outcome && html`<span class="badge badge-${lesson.outcome}">${OUTCOME_LABELS[lesson.outcome]}</span>`}`;
}

/** The body shared by the list and the campaign panel; `withSource` adds the campaign link. */
export function lessonBody(lesson: ReportLesson, withSource: boolean): SafeHtml {
  return html`<div class="lesson-meta">
      ${lessonBadges(lesson)}<span class="lesson-when"
        >${lesson.reviewDate ? `Review ${lesson.reviewDate}` : lesson.year}${withSource && ` · ${lesson.channels.join(', ')}`}</span
      >
    </div>
    <p class="finding">${lesson.finding}</p>
    ${lesson.recommendation && html`<p class="recommendation"><span class="field-label">Next time</span> ${lesson.recommendation}</p>`}
    ${lesson.evidence && html`<p class="evidence"><span class="field-label">Evidence</span> ${lesson.evidence}</p>`}
    ${lesson.goal && html`<p class="goal"><span class="field-label">Learning goal</span> ${lesson.goal.question}</p>`}
    ${withSource && html`<p class="source">From <a href="#campaign-${lesson.campaign.id}">${lesson.campaign.title}</a></p>`}`;
}

export function lessonCard(lesson: ReportLesson): SafeHtml {
  return html`<li class="lesson lesson-${lesson.level}" data-key="${lesson.key}">
    ${lessonBody(lesson, true)}
  </li>`;
}
