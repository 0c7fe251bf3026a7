// The issue that asks a campaign's owner for its conclusions: a title and body a person wants to
// act on (what is missing, the learning goals as a checklist, a YAML snippet to fill in, who owns
// it). The body is a pure function of the campaign, so a re-run finds nothing to change.
import type { Awaiting, Campaign, LearningGoal } from '../types.js';
import { clip, escapeMarkdown } from './escape-markdown.js';
import { quotesMarker } from './markers.js';
import { GITHUB_BODY_LIMIT, truncateMarkdown } from './truncate-markdown.js';

/** Hidden marker that ties an issue to one campaign (DESIGN §5). */
export function campaignMarker(id: string): string {
  return `<!-- campaign-lessons:campaign=${id} -->`;
}

/**
 * The campaign id an issue body is about, or null when it does not open with the marker: one
 * quoted further down (a person's notes, a bug report) ties the issue to nothing.
 */
export function markedCampaign(body: string | null | undefined): string | null {
  const match = /^\s*<!-- campaign-lessons:campaign=([a-z0-9][a-z0-9-]*) -->/.exec(body ?? '');
  return match?.[1] ?? null;
}

/** True when the body quotes a campaign marker anywhere: an issue that may look like one of ours. */
export function quotesCampaignMarker(body: string | null | undefined): boolean {
  return quotesMarker(body, '<!-- campaign-lessons:campaign=');
}

/**
 * Hidden marker the Action writes into an issue's body in the same request that closes it, so the
 * issues list alone tells its closings from a person's (who closed it is only in a single-issue
 * read, one more request per issue per run). Reopening rewrites the body without it.
 */
export const CLOSED_BY_ACTION_MARKER = '<!-- campaign-lessons:closed-by-action -->';

/** Whether the Action closed this issue (its body carries the closing marker). */
export function closedByAction(body: string | null | undefined): boolean {
  return (body ?? '').includes(CLOSED_BY_ACTION_MARKER);
}

/** The body an issue gets when the Action closes it: as it was, plus the closing marker, under the limit. */
export function withClosedMarker(body: string): string {
  if (closedByAction(body)) return body;
  const tail = `\n\n${CLOSED_BY_ACTION_MARKER}\n`;
  return `${body.trimEnd().slice(0, GITHUB_BODY_LIMIT - tail.length)}${tail}`;
}

export interface AuditIssueInput {
  awaiting: Awaiting;
  campaign: Campaign;
  /** Link to the campaign file on the audited branch. */
  fileUrl: string;
  /** The owner is a person GitHub refused as assignee: mention them and ask for a hand-over. */
  ownerUnassignable: boolean;
}

// GitHub's limit on issue titles.
const TITLE_LIMIT = 256;
const GOAL_CHARS = 500;

const HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][A-Za-z0-9_.-]*)?$/;

/** The login to assign for an owner `@user`; null for a team (`@org/team`), which can only be mentioned. */
export function assignableLogin(owner: string): string | null {
  return HANDLE.test(owner) && !owner.includes('/') ? owner.slice(1) : null;
}

/** The line that replaces the assignment when GitHub refuses the owner; found again in the body on later runs. */
export function unassignableNotice(owner: string): string {
  return (
    `${mention(owner)} could not be assigned (perhaps they left). ` +
    'Please hand this knowledge to someone who is still here, and update `owner` in the campaign file.'
  );
}

export function renderAuditIssue(input: AuditIssueInput): { title: string; body: string } {
  const { campaign, awaiting } = input;
  const title = clip(`Lessons missing: ${campaign.title.replace(/\s+/g, ' ')}`, TITLE_LIMIT);
  const name = escapeMarkdown(clip(campaign.title, 200));
  const out = [
    campaignMarker(campaign.id),
    `**${name}** ${situation(campaign, awaiting)}`,
    '',
    'What did it teach us? Write the conclusions down while people still remember, so the next campaign starts from them.',
    '',
    `- **File:** [${escapeMarkdown(awaiting.file)}](${input.fileUrl})`,
    `- **Owner:** ${mention(campaign.owner)}`,
    `- **Retention owner:** ${mention(campaign.retention.owner)}, who makes sure the conclusions are kept: ${escapeMarkdown(clip(campaign.retention.plan, 300))}`,
    '',
  ];
  if (input.ownerUnassignable) out.push(`> [!IMPORTANT]\n> ${unassignableNotice(campaign.owner)}`, '');
  out.push('### Learning goals', '', ...campaign.learning_goals.map(goalItem), '');
  out.push(
    '### Fill in',
    '',
    awaiting.reason === 'review-overdue'
      ? 'Add a review to the campaign file, with a conclusion per learning goal you can answer:'
      : 'Add this to the campaign file, one conclusion per learning goal:',
    '',
    '```yaml',
    ...(awaiting.reason === 'review-overdue' ? reviewSnippet(campaign) : conclusionsSnippet(campaign)),
    '```',
    '',
    'Question the fundamentals, not only the details: was the community central, was this continuous ' +
      'communication rather than a one-off campaign, was there budget for content?',
    '',
    '---',
    '_This issue is kept by campaign-lessons and closes itself when the conclusions are merged. ' +
      'Its description is rewritten when the campaign file changes; comments are kept._',
  );
  const notice =
    '> [!NOTE]\n> This description was cut short to stay within GitHub’s size limit; the campaign file has everything.';
  return { title, body: truncateMarkdown(`${out.join('\n')}\n`, GITHUB_BODY_LIMIT, notice) };
}

/**
 * Whether two issue bodies say the same, ignoring which goals a person ticked off: ticking a box
 * is not a reason to rewrite the issue.
 */
export function sameIssueBody(a: string, b: string): boolean {
  const normalise = (text: string) =>
    text
      .replace(/\r\n/g, '\n')
      .replace(/^(\s*- )\[[xX ]\]/gm, '$1[ ]')
      .trim();
  return normalise(a) === normalise(b);
}

function situation(campaign: Campaign, awaiting: Awaiting): string {
  switch (awaiting.reason) {
    case 'closed-without-conclusions':
      return campaign.status === 'cancelled'
        ? 'was cancelled without conclusions. Cancelled work teaches too.'
        : `was closed without conclusions (its period ended on ${awaiting.since}).`;
    case 'ended-without-conclusions':
      return (
        `ended on ${awaiting.since} and is still marked ${campaign.status}, without conclusions. ` +
        'If it still runs, move `period.end`; otherwise close it with what it taught.'
      );
    case 'review-overdue':
      return `is continuous work, reviewed every ${campaign.review_every_days ?? '?'} days; a review was due on ${awaiting.since}.`;
  }
}

function goalItem(goal: LearningGoal): string {
  // Hypotheses and measures are often whole sentences: their closing stop would double up.
  const phrase = (text: string) => clip(text, GOAL_CHARS).replace(/[\s.;,:]+$/, '');
  const details = [
    goal.hypothesis?.trim() ? `expected: ${phrase(goal.hypothesis)}` : '',
    goal.measure?.trim() ? `measured by: ${phrase(goal.measure)}` : '',
  ].filter(Boolean);
  const tail = details.length ? ` (${details.map(escapeMarkdown).join('; ')})` : '';
  return `- [ ] ${escapeMarkdown(clip(goal.question, GOAL_CHARS))} \`${goal.id}\`${tail}`;
}

function conclusionsSnippet(campaign: Campaign): string[] {
  return ['conclusions:', ...campaign.learning_goals.flatMap((goal) => conclusionLines(goal.id, '  '))];
}

function reviewSnippet(campaign: Campaign): string[] {
  return [
    'reviews:',
    '  - date: YYYY-MM-DD',
    '    summary:',
    '    conclusions:',
    ...campaign.learning_goals.flatMap((goal) => conclusionLines(goal.id, '      ')),
  ];
}

function conclusionLines(goalId: string, indent: string): string[] {
  return [
    `${indent}- goal: ${goalId}`,
    `${indent}  finding:          # what happened, in a sentence or two`,
    `${indent}  level:            # fundamental (the approach itself) or execution (the details)`,
    `${indent}  outcome:          # confirmed, refuted or inconclusive`,
    `${indent}  evidence:         # the figures that show it`,
    `${indent}  recommendation:   # what the next campaign should do`,
  ];
}

// Owner handles are the only text from a file that mentions on purpose; anything that is not a
// well-formed handle is escaped like any other text.
function mention(handle: string): string {
  return HANDLE.test(handle) ? handle : escapeMarkdown(handle);
}
