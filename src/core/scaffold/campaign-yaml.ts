// Writes a new campaign as YAML that teaches as it is read: the schema modeline for editors,
// a comment on every section saying what belongs there, and the conclusions still to come
// sketched in comments, with the fundamental questions asked first.
import { Scalar, stringify } from 'yaml';
import type { Campaign, RelatedLesson } from '../types.js';

export interface CampaignYamlOptions {
  /** The schema's path relative to the new file, for the `yaml-language-server` modeline. */
  schemaPath: string;
  /** Related past lessons found for the plan; their ids are offered for `considered`. */
  related?: readonly RelatedLesson[];
}

// Line breaks and other controls: in a plain or block scalar a typed line break would end the
// value and let the next line be read as a key of its own (`--summary $'x\nowner: "@y"'`).
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPES = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

/**
 * One YAML scalar on one line, quoted only when it must be (`"@jdevries"`, `'2024'`, `"a: b"`);
 * a value with a line break or another control becomes a double-quoted string with escapes.
 */
function scalar(value: string): string {
  if (!NEEDS_ESCAPES.test(value)) return stringify(value, { lineWidth: 0 }).trimEnd();
  const node = new Scalar(value);
  node.type = 'QUOTE_DOUBLE';
  return stringify(node, { lineWidth: 0, doubleQuotedAsJSON: true }).trimEnd();
}

function flowList(values: readonly string[]): string {
  return `[${values.map(scalar).join(', ')}]`;
}

/**
 * @example renderCampaignYaml(campaign, { schemaPath: '../schemas/campaign.schema.json' })
 */
export function renderCampaignYaml(campaign: Campaign, options: CampaignYamlOptions): string {
  const firstGoal = campaign.learning_goals[0]?.id ?? 'goal';
  const considered = (options.related ?? []).map((lesson) => lesson.id);
  const lines = [
    `# yaml-language-server: $schema=${options.schemaPath}`,
    '# Besides its own targets, every campaign answers two questions: what do we want to learn',
    '# from it, and how do we keep that knowledge (and who is responsible)?',
    `id: ${scalar(campaign.id)} # the file name without .yaml`,
    `title: ${scalar(campaign.title)}`,
    `status: ${campaign.status} # planned | running | closed | cancelled`,
    `owner: ${scalar(campaign.owner)} # accountable for the campaign: "@user" or "@org/team", in quotes`,
    'period:',
    `  start: ${campaign.period.start}`,
    campaign.period.end ? `  end: ${campaign.period.end}` : '  # end: YYYY-MM-DD (when it is known)',
    `channels: ${flowList(campaign.channels)}`,
    campaign.audiences ? `audiences: ${flowList(campaign.audiences)}` : '# audiences: [students, trainees]',
    campaign.tags ? `tags: ${flowList(campaign.tags)}` : '# tags: [community, employer-branding]',
    campaign.summary
      ? `summary: ${scalar(campaign.summary)}`
      : '# summary: One or two sentences: what is the campaign, and for whom?',
    '# budget: { currency: EUR, media: 0, content: 0 } # content needs budget as much as media does',
    'learning_goals: # what do we want to learn? A hypothesis and a measure make the answer checkable.',
    ...campaign.learning_goals.flatMap((goal) => [
      `  - id: ${scalar(goal.id)}`,
      `    question: ${scalar(goal.question)}`,
      '    # hypothesis: What do you expect to happen, and why?',
      '    # measure: How will you know? Which numbers, from which source?',
    ]),
    'retention: # how is the knowledge kept after the campaign, and who is responsible?',
    `  owner: ${scalar(campaign.retention.owner)}`,
    `  plan: ${scalar(campaign.retention.plan)}`,
    '  # share_with: [hr, employer-branding] # who else should hear the conclusions',
    ...(considered.length > 0
      ? [
          '# Related past lessons were found for this plan (`lessons related` shows them again).',
          '# Read them, then keep the ids you took into account, so reviewers see the plan was made',
          '# in their light:',
          `# considered: ${flowList(considered)}`,
        ]
      : ['# considered: [] # ids of past campaigns whose lessons you read while planning']),
    '#',
    '# Conclusions: add them when the campaign closes, or earlier as interim conclusions.',
    '# Ask first whether the approach was right, not only the details: was the community central,',
    '# was it continuous communication instead of a one-off campaign, was there budget for content?',
    '# conclusions:',
    `#   - goal: ${firstGoal}`,
    '#     finding: What did we learn?',
    '#     level: fundamental # fundamental (the approach itself) | execution (channel, timing, budget)',
    '#     outcome: confirmed # confirmed | refuted | inconclusive',
    '#     evidence: The numbers or observations behind the finding.',
    '#     recommendation: What should the next campaign do differently?',
  ];
  return lines.join('\n') + '\n';
}
