// Small campaigns for the report's unit tests: a valid base campaign and a way to vary it.
import type { Campaign, CampaignEntry } from '../../src/core/types.js';

export function makeCampaign(overrides: Partial<Campaign> & { id: string }): Campaign {
  return {
    title: `Campaign ${overrides.id}`,
    status: 'closed',
    owner: '@owner',
    period: { start: '2020-01-01', end: '2020-03-31' },
    channels: ['facebook'],
    learning_goals: [{ id: 'reach', question: 'Do we reach students?' }],
    retention: { owner: '@acme/recruitment', plan: 'Present it at the monthly meeting.' },
    ...overrides,
  };
}

export function entryOf(campaign: Campaign): CampaignEntry {
  return { file: `lessons/${campaign.id}.yaml`, campaign, locate: () => ({ line: 1, column: 1 }) };
}
