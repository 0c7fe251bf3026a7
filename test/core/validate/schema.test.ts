// The campaign schema itself: what editors show (title and description everywhere), what it
// requires, and that every object refuses unknown keys but keeps x- extensions.
import { describe, expect, it } from 'vitest';
import { parseCampaignFile } from '../../../src/core/parse/parse-file.js';
import { campaignSchema, validateSchema } from '../../../src/core/validate/schema.js';
import { makeCampaign } from '../make-campaign.js';

type SchemaNode = Record<string, unknown>;
const schema = campaignSchema as unknown as SchemaNode;

/** Every subschema with its JSON pointer. */
function walk(node: unknown, pointer = '#', out: [string, SchemaNode][] = []): [string, SchemaNode][] {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return out;
  out.push([pointer, node as SchemaNode]);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'examples' || key === 'default' || key === 'enum' || key === 'const') continue;
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${pointer}/${key}/${i}`, out));
    else walk(value, `${pointer}/${key}`, out);
  }
  return out;
}

// The example of DESIGN §1, verbatim.
const DESIGN_EXAMPLE = `# yaml-language-server: $schema=../schemas/campaign.schema.json
id: 2010-03-hyves-trainee-community
title: Trainee community on Hyves
status: closed                  # planned | running | closed | cancelled
owner: "@jdevries"              # accountable for the campaign: @user or @org/team
period: { start: 2010-03-01, end: 2010-06-30 }
channels: [hyves]
audiences: [students, trainees]
tags: [community, employer-branding]
budget: { currency: EUR, media: 15000, content: 2000 }
summary: A community for technical trainees, with weekly posts by recruiters.
learning_goals:                 # what do we want to learn? (at least one)
  - id: reach
    question: Do we reach technical students through a Hyves community?
    hypothesis: Students join when the community is active.
    measure: Members, and applications with source Hyves
retention:                      # how do we retain the knowledge, and who is responsible?
  owner: "@acme/recruitment"
  plan: Present at the monthly recruitment meeting; add to the onboarding folder.
  share_with: [hr, employer-branding]
conclusions:                    # expected once the campaign is closed or cancelled
  - goal: reach
    finding: The community grew only during the giveaway and went quiet afterwards.
    level: fundamental          # fundamental | execution
    outcome: refuted            # confirmed | refuted | inconclusive
    evidence: 1,200 members in week 2; 40 active members after the giveaway.
    recommendation: Treat a community as continuous communication, not a campaign.
considered: [2009-11-linkedin-group]   # past campaigns whose lessons were read while planning
`;

describe('campaign.schema.json', () => {
  it('is JSON Schema 2020-12 with an $id, a title and a description', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/.+campaign\.schema\.json$/);
    expect(schema.title).toBeTruthy();
    expect(schema.description).toBeTruthy();
  });

  it('gives every property a title and a description, so editors show help', () => {
    const missing: string[] = [];
    // The if/then/else of continuous mode only restates properties; editors read the main ones.
    for (const [pointer, node] of walk(schema).filter(([p]) => !p.includes('/allOf/'))) {
      const properties = node.properties as Record<string, SchemaNode> | undefined;
      for (const [name, property] of Object.entries(properties ?? {})) {
        if (!property.title || !property.description) missing.push(`${pointer}/properties/${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has examples for the main properties', () => {
    const properties = schema.properties as Record<string, SchemaNode>;
    for (const name of ['id', 'title', 'status', 'period', 'channels']) {
      expect(properties[name]?.examples, name).toBeDefined();
    }
  });

  it('requires learning goals, an owner and a retention plan with owner and plan', () => {
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'id',
        'title',
        'status',
        'owner',
        'period',
        'channels',
        'learning_goals',
        'retention',
      ]),
    );
    const retention = (schema.properties as Record<string, SchemaNode>).retention as SchemaNode;
    expect(retention.required).toEqual(['owner', 'plan']);
  });

  it('closes every object to unknown keys and opens it to x- keys', () => {
    const objects = walk(schema).filter(([, node]) => node.type === 'object');
    expect(objects.length).toBeGreaterThanOrEqual(7);
    for (const [pointer, node] of objects) {
      expect(node.additionalProperties, pointer).toBe(false);
      expect(Object.keys((node.patternProperties as object) ?? {}), pointer).toEqual(['^x-']);
    }
  });

  it('accepts the example of DESIGN §1', () => {
    const parsed = parseCampaignFile('lessons/2010-03-hyves-trainee-community.yaml', DESIGN_EXAMPLE);
    expect(parsed.problems).toEqual([]);
    expect(parsed.campaign?.budget).toEqual({ currency: 'EUR', media: 15000, content: 2000 });
  });
});

describe('validateSchema', () => {
  it('accepts a minimal campaign and every optional field', () => {
    expect(validateSchema(makeCampaign())).toEqual([]);
    expect(
      validateSchema(
        makeCampaign({
          mode: 'continuous',
          review_every_days: 1,
          reviews: [
            { date: '2024-02-29', summary: 'Leap day.', conclusions: [{ finding: 'f', level: 'execution' }] },
          ],
          period: { start: '2026-01-01', end: '2026-01-01' },
          audiences: ['a'],
          tags: ['0-day'],
          budget: { currency: 'EUR' },
          summary: 's',
          conclusions: [
            {
              goal: 'reach',
              finding: 'f',
              level: 'fundamental',
              outcome: 'inconclusive',
              evidence: 'e',
              recommendation: 'r',
            },
          ],
          considered: ['x'],
          links: ['https://example.org/a?b=c#d', 'http://example.org'],
          'x-anything': { Goes: [1] },
        }),
      ),
    ).toEqual([]);
  });

  it.each([
    ['@jdevries', true],
    ['@j', true],
    ['@jan-de-vries', true],
    ['@acme/recruitment', true],
    ['@acme/team_name.v2', true],
    ['@' + 'a'.repeat(39), true],
    ['@' + 'a'.repeat(40), false],
    ['jdevries', false],
    ['@-jdevries', false],
    ['@jdevries-', false],
    ['@jan--devries', false],
    ['@acme/', false],
    ['@acme/recruitment/extra', false],
    ['@jan devries', false],
  ])('handle %s valid: %s', (owner, valid) => {
    expect(validateSchema(makeCampaign({ owner })).length === 0).toBe(valid);
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['20260101', false],
    ['2026-01-01T00:00:00Z', false],
    ['2026-01-01 10:00', false],
  ])('date %s valid: %s', (start, valid) => {
    expect(validateSchema(makeCampaign({ period: { start } })).length === 0).toBe(valid);
  });

  it.each([
    ['https://example.org', true],
    ['http://example.org/a?b=c#d', true],
    ['HTTPS://Example.nl/Vacatures', true],
    ['https://user@example.org:8080/x', true],
    ['https://', false],
    ['https:///x', false],
    ['https://?q', false],
    ['ftp://example.org', false],
    ['www.example.org', false],
    ['https://exa mple.org', false],
  ])('link %s valid: %s', (link, valid) => {
    const problems = validateSchema(makeCampaign({ links: [link] }));
    expect(problems.length === 0).toBe(valid);
    if (!valid) {
      expect(problems).toEqual([
        {
          path: ['links', 0],
          at: 'value',
          pointer: '/links/0',
          message:
            'A link must be a full web address starting with http:// or https://, such as https://www.example.org/campaign.',
        },
      ]);
    }
  });

  it('refuses review_every_days and reviews outside continuous mode, mode: campaign included', () => {
    const reviews = [{ date: '2026-02-01', summary: 's' }];
    expect(validateSchema(makeCampaign({ review_every_days: 30 })).map((p) => p.path)).toEqual([
      ['review_every_days'],
    ]);
    expect(validateSchema(makeCampaign({ mode: 'campaign', reviews })).map((p) => p.path)).toEqual([
      ['reviews'],
    ]);
    expect(validateSchema(makeCampaign({ mode: 'continuous', review_every_days: 30, reviews }))).toEqual([]);
  });

  it('refuses a fractional or textual review cadence', () => {
    expect(validateSchema(makeCampaign({ mode: 'continuous', review_every_days: 1.5 }))).toHaveLength(1);
    expect(
      validateSchema({
        ...makeCampaign({ mode: 'continuous' }),
        review_every_days: '90',
      } as unknown as object),
    ).toHaveLength(1);
  });
});
