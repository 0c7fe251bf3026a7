// Gentle remarks on a campaign plan whose learning goals or retention plan are thin: the two
// objectives every campaign carries are only worth something when they can be answered and kept.
import type { Campaign } from '../types.js';

// Shorter than this, a retention plan rarely says what is kept, where, and for whom.
const THIN_PLAN_CHARS = 40;

/** Sentences (plain text, not yet escaped) that suggest how to strengthen the plan; empty when it looks sound. */
export function planNudges(campaign: Campaign): string[] {
  const nudges: string[] = [];
  const goals = campaign.learning_goals;
  const unmeasured = goals.filter((goal) => !goal.measure?.trim());
  if (unmeasured.length > 0) {
    const ids = unmeasured.map((goal) => goal.id).join(', ');
    nudges.push(
      `Add a measure to ${unmeasured.length === 1 ? 'learning goal' : 'learning goals'} ${ids}: ` +
        'without one, the conclusion will be an opinion.',
    );
  }
  if (goals.every((goal) => !goal.hypothesis?.trim())) {
    nudges.push('Write down what you expect (a hypothesis), so the outcome can confirm or refute it.');
  }
  if (goals.length === 1) {
    nudges.push(
      'There is one learning goal. Is there also a question about the fundamentals: is this a ' +
        'one-off campaign or continuous communication, and is there budget for content?',
    );
  }
  const retention = campaign.retention;
  if (retention.plan.trim().length < THIN_PLAN_CHARS) {
    nudges.push(
      'The retention plan is short: say where the conclusions are kept and when they are presented.',
    );
  }
  if (retention.owner.toLowerCase() === campaign.owner.toLowerCase()) {
    nudges.push(
      'The owner also keeps the knowledge: when they leave, it leaves with them. ' +
        'Consider a team as retention owner.',
    );
  }
  if (!retention.share_with?.length) {
    nudges.push('The retention plan shares with no one (share_with): who else should learn from this?');
  }
  return nudges;
}
