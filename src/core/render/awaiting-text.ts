// Renders the campaigns awaiting conclusions for people: who owns each, why and since when.
import type { Awaiting } from '../types.js';
import { inlineText } from './terminal-text.js';
import { PLAIN, plural, type TextStyle } from './text-style.js';

const REASON: Record<Awaiting['reason'], string> = {
  'closed-without-conclusions': 'finished without conclusions',
  'ended-without-conclusions': 'ended without conclusions',
  'review-overdue': 'review overdue',
};

export function renderAwaitingText(
  awaiting: readonly Awaiting[],
  context: { today: string; graceDays: number },
  s: TextStyle = PLAIN,
): string {
  if (awaiting.length === 0) {
    return (
      s.green(`✔ No campaign awaits conclusions (today ${context.today}, ${context.graceDays} days grace).`) +
      '\n'
    );
  }
  const lines = [
    s.bold(
      `${plural(awaiting.length, 'campaign awaits', 'campaigns await')} conclusions (today ${context.today}, ${context.graceDays} days grace):`,
    ),
  ];
  for (const a of awaiting) {
    lines.push(
      `  ${s.yellow(inlineText(a.id))}  ${REASON[a.reason]} since ${a.since}  owner ${inlineText(a.owner)}`,
    );
    lines.push(`    ${s.dim(inlineText(a.file))}`);
  }
  lines.push('', ...nextSteps(awaiting));
  return lines.join('\n') + '\n';
}

// What to do, for the reasons present: the fix differs for a finished campaign and a review.
function nextSteps(awaiting: readonly Awaiting[]): string[] {
  const reasons = new Set(awaiting.map((a) => a.reason));
  const steps: string[] = [];
  if (reasons.has('closed-without-conclusions') || reasons.has('ended-without-conclusions')) {
    steps.push(
      'Add conclusions to each file: what did you learn, and was it about the approach (fundamental) or the details (execution)?',
    );
  }
  if (reasons.has('ended-without-conclusions')) {
    steps.push(
      'A campaign that ended but is still planned or running: also set status: closed (or cancelled).',
    );
  }
  if (reasons.has('review-overdue')) {
    steps.push(
      'Continuous work with an overdue review: add a review (date, summary, conclusions) under reviews.',
    );
  }
  return steps;
}
