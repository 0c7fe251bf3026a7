// The `unknown-slug` warning: a channel or audience slug no other campaign uses while a near one
// is in use, at the slug's line, with the slug that was probably meant.
import { describe, expect, it } from 'vitest';
import { parseCampaignFile } from '../../../src/core/parse/parse-file.js';
import { checkKnowledgeBase } from '../../../src/core/validate/knowledge-base.js';
import { withinEdits } from '../../../src/core/validate/unknown-slug.js';
import { campaignYaml } from '../make-campaign.js';

const TODAY = '2026-11-26';

function campaign(
  id: string,
  channels: string[],
  audiences: string[] = [],
): ReturnType<typeof parseCampaignFile> {
  const text = campaignYaml(id, `audiences: [${audiences.join(', ')}]`).replace(
    'channels: [facebook]',
    `channels: [${channels.join(', ')}]`,
  );
  return parseCampaignFile(`lessons/${id}.yaml`, text);
}

function hints(...files: ReturnType<typeof parseCampaignFile>[]): string[][] {
  return checkKnowledgeBase(files, { today: TODAY })
    .problems.filter((problem) => problem.rule === 'unknown-slug')
    .map((problem) => [problem.file, `${problem.line}:${problem.column}`, problem.severity, problem.message]);
}

describe('unknown-slug', () => {
  it('asks whether a slug of its own meant the common one, at the slug', () => {
    expect(
      hints(
        campaign('a', ['instagram']),
        campaign('b', ['instagram', 'radio']),
        campaign('c', ['radio', 'instagram-reels']),
      ),
    ).toEqual([
      [
        'lessons/c.yaml',
        '6:19',
        'warning',
        'No other campaign uses the channel "instagram-reels", but 2 use "instagram". Did you mean "instagram"? One slug for one thing lets related lessons find each other.',
      ],
    ]);
  });

  it('finds misspelt and differently spelt audiences', () => {
    const found = hints(
      campaign('a', ['radio'], ['hbo-studenten']),
      campaign('b', ['radio'], ['hbo-studenten', 'nurses']),
      campaign('c', ['radio'], ['nurses']),
      campaign('d', ['radio'], ['hbo-students', 'nurse']),
    );
    expect(found.map((hint) => hint[3]!.split('. ')[0])).toEqual([
      'No other campaign uses the audience "hbo-students", but 2 use "hbo-studenten"',
      'No other campaign uses the audience "nurse", but 2 use "nurses"',
    ]);
  });

  it('stays quiet for slugs in use elsewhere, far from any other, or of another kind', () => {
    expect(hints(campaign('a', ['radio']), campaign('b', ['radio']))).toEqual([]);
    expect(hints(campaign('a', ['radio']), campaign('b', ['radio']), campaign('c', ['billboard']))).toEqual(
      [],
    );
    // A Facebook group is a community, a Facebook page a feed: not a misspelling.
    expect(
      hints(campaign('a', ['facebook']), campaign('b', ['facebook']), campaign('c', ['facebook-group'])),
    ).toEqual([]);
    // Short parts are never "almost" alike: wo- is not mbo-.
    expect(
      hints(
        campaign('a', ['radio'], ['mbo-studenten']),
        campaign('b', ['radio'], ['mbo-studenten']),
        campaign('c', ['radio'], ['wo-studenten']),
      ),
    ).toEqual([]);
    // With no other campaign, nothing is unknown.
    expect(hints(campaign('a', ['instagram-reels']))).toEqual([]);
  });

  it('counts edits within a bound', () => {
    expect(withinEdits('linkedin', 'linkdin', 1)).toBe(true);
    expect(withinEdits('linkedin', 'lnkdin', 1)).toBe(false);
    expect(withinEdits('studenten', 'students', 2)).toBe(true);
    expect(withinEdits('abc', 'abcdef', 2)).toBe(false);
  });
});
