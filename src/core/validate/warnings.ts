// Warnings about what a team learned, or did not: a finished campaign without conclusions,
// unanswered goals, only execution-level conclusions, overdue reviews (DESIGN §1, §2).
import { awaitingVerdict, overdueReview } from '../awaiting.js';
import { allConclusions, placedConclusions } from '../conclusions.js';
import type { Campaign } from '../types.js';
import type { RuleProblem } from './rules.js';

export interface WarningOptions {
  today: string;
  graceDays: number;
}

export function campaignWarnings(campaign: Campaign, options: WarningOptions): RuleProblem[] {
  const out: RuleProblem[] = [];
  const warn = (rule: string, path: (string | number)[], message: string): void => {
    out.push({ rule, severity: 'warning', path, at: 'key', message });
  };
  const verdict = awaitingVerdict(campaign, options);
  if (verdict?.reason === 'closed-without-conclusions') {
    warn(
      'missing-conclusions',
      ['status'],
      `This campaign is ${campaign.status} but has no conclusions. What did you learn? Add conclusions${campaign.status === 'cancelled' ? ': cancelled work teaches too' : ''}, so the next team does not repeat it.`,
    );
  } else if (verdict?.reason === 'ended-without-conclusions') {
    warn(
      'ended-without-conclusions',
      ['status'],
      `This campaign ended on ${verdict.since}, more than ${options.graceDays} days ago, but is still ${campaign.status} and has no conclusions. Set status: closed and add what you learned.`,
    );
  }
  // Continuous work is reviewed on its cadence even after earlier reviews had conclusions: a
  // warning then, though only work without any conclusions awaits them (DESIGN §2).
  const due = verdict?.reason === 'ended-without-conclusions' ? null : overdueReview(campaign, options);
  if (due !== null) {
    const hasReviews = (campaign.reviews?.length ?? 0) > 0;
    warn(
      'review-overdue',
      [hasReviews ? 'reviews' : 'review_every_days'],
      `A review of this continuous work was due on ${due} (every ${campaign.review_every_days} days). Review it and add what you learned to reviews.`,
    );
  }

  const placed = placedConclusions(campaign);
  if (placed.length === 0) return out;
  const finished = campaign.status === 'closed' || campaign.status === 'cancelled';
  if (finished) {
    const answered = new Set(placed.map((p) => p.conclusion.goal).filter((g): g is string => !!g));
    // A conclusion that names no goal answers the only goal there is.
    if (campaign.learning_goals.length === 1 && placed.some((p) => !p.conclusion.goal)) {
      answered.add(campaign.learning_goals[0]?.id as string);
    }
    campaign.learning_goals.forEach((goal, i) => {
      if (answered.has(goal.id)) return;
      warn(
        'unanswered-goal',
        ['learning_goals', i],
        `The learning goal "${goal.id}" has no conclusion. Add a conclusion with goal: ${goal.id}, even if the answer is inconclusive.`,
      );
    });
  }
  if (allConclusions(campaign).every((c) => c.level === 'execution')) {
    warn(
      'only-execution-conclusions',
      [(campaign.conclusions?.length ?? 0) > 0 ? 'conclusions' : 'reviews'],
      'Every conclusion is about execution details (channel, timing, audience, budget). Were these the right conclusions? Ask whether the approach itself was right (was the community central, was it continuous communication, was there budget for content?) and add a conclusion with level: fundamental.',
    );
  }
  return out;
}
