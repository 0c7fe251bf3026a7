// A valid campaign to vary in unit tests, and its YAML text for tests that go through the parser.
import type { Campaign, CampaignEntry } from '../../src/core/types.js';

export function makeCampaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: 'test-campaign',
    title: 'A test campaign',
    status: 'running',
    owner: '@jdevries',
    period: { start: '2026-01-01', end: '2026-03-31' },
    channels: ['facebook'],
    learning_goals: [{ id: 'reach', question: 'Do we reach students?' }],
    retention: { owner: '@acme/recruitment', plan: 'Present it at the monthly meeting.' },
    ...overrides,
  };
}

export function entry(campaign: Campaign, file = `lessons/${campaign.id}.yaml`): CampaignEntry {
  return { file, campaign, locate: () => ({ line: 1, column: 1 }) };
}

/** The YAML of a minimal valid campaign, with extra lines appended. */
export function campaignYaml(id: string, ...extra: string[]): string {
  return [
    `id: ${id}`,
    'title: A test campaign',
    'status: running',
    'owner: "@jdevries"',
    'period: { start: 2026-01-01, end: 2026-12-31 }',
    'channels: [facebook]',
    'learning_goals:',
    '  - id: reach',
    '    question: Do we reach students?',
    'retention:',
    '  owner: "@acme/recruitment"',
    '  plan: Present it at the monthly meeting.',
    ...extra,
    '',
  ].join('\n');
}
