// Renders related lessons for a planner reading a terminal: per lesson its title, year and
// owner (and whether it is a weaker match), the conclusions that matched with their level and
// outcome, why it was chosen, and where the file is; then the campaigns running now on the same channel or audience.
import { inlineText } from '../../render/terminal-text.js';
import { PLAIN, type TextStyle } from '../../render/text-style.js';
import type { Campaign } from '../../types.js';
import type { RelatedResult } from '../find-related.js';
import { WEAKER_MATCH } from './reasons.js';

export interface RelatedTextOptions {
  /** Past campaigns by id, for the year and owner of each lesson. */
  campaigns: ReadonlyMap<string, Campaign>;
  /** Title of the campaign the lessons are for. */
  title: string;
  style?: TextStyle;
}

export function renderRelatedText(result: RelatedResult, options: RelatedTextOptions): string {
  const s = options.style ?? PLAIN;
  const lines: string[] = [
    s.bold(`Related past lessons for ${inlineText(options.title)} (${inlineText(result.campaign)})`),
    '',
  ];
  if (result.related.length === 0) {
    lines.push(
      'No earlier campaign with conclusions looks related. This one may be the first to teach us something here.',
    );
  }
  result.related.forEach((lesson, index) => {
    const past = options.campaigns.get(lesson.id);
    const about = past === undefined ? '' : ` (${past.period.start.slice(0, 4)}, ${inlineText(past.owner)})`;
    const weak = lesson.strength === 'weak' ? ` · ${WEAKER_MATCH}` : '';
    lines.push(
      `${index + 1}. ${s.bold(inlineText(lesson.title))}${about}  ${s.dim(`score ${lesson.score.toFixed(3)}${weak}`)}`,
    );
    for (const conclusion of lesson.conclusions) {
      const label = [conclusion.level, conclusion.outcome].filter(Boolean).join(', ');
      lines.push(`   - [${label}] ${oneLine(conclusion.finding)}`);
    }
    lines.push(`   ${s.dim('why:')} ${inlineText(lesson.reasons.join('; '))}`);
    lines.push(`   ${s.dim(inlineText(lesson.file))}`, '');
  });
  if (result.alsoRunning.length > 0) {
    if (result.related.length === 0) lines.push('');
    lines.push(s.bold('Also running:'));
    for (const running of result.alsoRunning) {
      lines.push(
        `  - ${inlineText(running.title)} (${running.id}): ${inlineText(running.reasons.join('; '))}  ${s.dim(inlineText(running.file))}`,
      );
    }
  }
  while (lines.at(-1) === '') lines.pop();
  return lines.join('\n') + '\n';
}

/** Folded YAML may keep line breaks in a finding; a list item stays on one line. */
function oneLine(text: string): string {
  return inlineText(text.replace(/\s+/g, ' '));
}
