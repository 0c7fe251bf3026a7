// What `lessons new` prints after writing a campaign: the related past lessons, so the learning
// loop starts before the plan is final, and the campaigns on the same ground running now or
// planned.
import { WEAKER_MATCH } from '../related/index.js';
import type { AlsoRunning } from '../related/index.js';
import { inlineText } from '../render/terminal-text.js';
import { PLAIN, type TextStyle } from '../render/text-style.js';
import type { RelatedLesson } from '../types.js';

export function renderNewCampaignRelated(
  related: readonly RelatedLesson[],
  alsoRunning: readonly AlsoRunning[],
  s: TextStyle = PLAIN,
): string {
  const lines: string[] = [];
  if (related.length === 0) {
    lines.push('No related past lessons found yet. Yours may be the first: make its conclusions count.');
  } else {
    lines.push(s.bold('Related past lessons — read them before the plan is final:'), '');
    related.forEach((lesson, index) => {
      const weak = lesson.strength === 'weak' ? ` ${s.dim(`(${WEAKER_MATCH})`)}` : '';
      lines.push(
        `${index + 1}. ${s.bold(inlineText(lesson.title))}${weak}  ${s.dim(inlineText(lesson.file))}`,
      );
      if (lesson.reasons.length > 0) lines.push(`   ${s.dim(inlineText(lesson.reasons.join(' · ')))}`);
      for (const conclusion of lesson.conclusions) {
        const label = [conclusion.level, conclusion.outcome].filter(Boolean).join(', ');
        const paint = conclusion.level === 'fundamental' ? s.yellow : (text: string) => text;
        lines.push(`   - ${paint(`[${label}]`)} ${inlineText(conclusion.finding)}`);
      }
    });
    lines.push('', 'Once read, list their ids under `considered:` in the new file.');
  }
  if (alsoRunning.length > 0) {
    lines.push('', s.bold('Also running or planned, on the same ground:'));
    for (const other of alsoRunning) {
      const reasons = [other.status, ...other.reasons].join(' · ');
      lines.push(`- ${inlineText(other.title)}  ${s.dim(inlineText(other.file))}  (${inlineText(reasons)})`);
    }
  }
  return lines.join('\n') + '\n';
}
