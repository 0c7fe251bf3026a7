// The YAML `lessons new` writes: valid whatever people typed, and with its guidance in comments.
import { describe, expect, it } from 'vitest';
import { parseCampaignFile } from '../../../src/core/parse/parse-file.js';
import { renderCampaignYaml } from '../../../src/core/scaffold/campaign-yaml.js';
import { draftToCampaign } from '../../../src/core/scaffold/draft.js';
import type { RelatedLesson } from '../../../src/core/types.js';

describe('renderCampaignYaml', () => {
  it('quotes what YAML would otherwise read as something else', () => {
    const campaign = draftToCampaign({
      id: 'tricky',
      title: 'Posters: "Mis de boot niet" # 2',
      owner: '@acme/recruitment',
      status: 'planned',
      start: '2027-01-01',
      channels: ['2024', 'no', 'null'],
      audiences: ['true'],
      tags: [],
      summary: '- starts like a list item, and has: a colon',
      goals: ['@team: do we reach *everyone*?', "It's [not] {flow}"],
      retentionOwner: '@acme/hr',
      retentionPlan: '> folded? | literal?',
    });
    const text = renderCampaignYaml(campaign, { schemaPath: '../schemas/campaign.schema.json' });
    const parsed = parseCampaignFile('lessons/tricky.yaml', text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.campaign).toEqual(campaign);
  });

  it('starts with the modeline and sketches the conclusions and considered lessons in comments', () => {
    const campaign = draftToCampaign({
      id: 'plain',
      title: 'Plain',
      owner: '@a',
      status: 'planned',
      start: '2027-01-01',
      channels: ['radio'],
      audiences: [],
      tags: [],
      goals: ['Does radio reach technicians?'],
      retentionOwner: '@a',
      retentionPlan: 'Onboarding folder.',
    });
    const related: RelatedLesson[] = [
      {
        id: '2021-03-radio',
        file: 'x',
        title: 'Radio',
        score: 1,
        strength: 'strong',
        reasons: [],
        conclusions: [],
      },
    ];
    const text = renderCampaignYaml(campaign, { schemaPath: '../../schemas/campaign.schema.json', related });
    expect(text.startsWith('# yaml-language-server: $schema=../../schemas/campaign.schema.json\n')).toBe(
      true,
    );
    expect(text).toContain('# considered: [2021-03-radio]');
    expect(text).toContain('#   - goal: radio-reach-technicians');
    expect(text).toContain('#     level: fundamental');
  });
});
