// The report's data: counts, the share of finished campaigns with conclusions, the charts' tallies,
// the order of lessons, the filters' values and the awaiting list.
import { describe, expect, it } from 'vitest';
import { buildReportModel, type ReportInput } from '../../src/core/report/index.js';
import type { Awaiting, Campaign, RelatedLesson } from '../../src/core/types.js';
import { entryOf, makeCampaign } from './campaign-fixtures.js';

const hyves = makeCampaign({
  id: '2010-03-hyves',
  title: 'Hyves community',
  period: { start: '2010-03-01', end: '2010-06-30' },
  channels: ['hyves'],
  audiences: ['trainees'],
  tags: ['community'],
  conclusions: [
    { goal: 'reach', finding: 'Only the giveaway drew members.', level: 'execution', outcome: 'confirmed' },
    { finding: 'A community is continuous work.', level: 'fundamental', outcome: 'refuted' },
  ],
});
const posters = makeCampaign({
  id: '2014-05-posters',
  title: 'Posters on the tram',
  period: { start: '2014-05-01' },
  channels: ['outdoor', 'hyves'],
  conclusions: [{ finding: 'Nobody remembered the URL.', level: 'execution' }],
});
const silent = makeCampaign({ id: '2016-01-silent', status: 'cancelled', period: { start: '2016-01-01' } });
const forgotten = makeCampaign({
  id: '2012-01-forgotten',
  period: { start: '2012-01-01', end: '2012-02-01' },
});
const running = makeCampaign({ id: '2024-01-running', status: 'running', period: { start: '2024-01-01' } });
const community = makeCampaign({
  id: '2019-01-community',
  status: 'running',
  mode: 'continuous',
  review_every_days: 90,
  period: { start: '2019-01-01' },
  channels: ['linkedin'],
  reviews: [
    {
      date: '2021-04-01',
      summary: 'Quarterly review',
      conclusions: [{ finding: 'Members answer each other.', level: 'fundamental', outcome: 'confirmed' }],
    },
  ],
});

const all: Campaign[] = [hyves, posters, silent, forgotten, running, community];
const awaiting: Awaiting[] = [
  {
    id: silent.id,
    file: entryOf(silent).file,
    owner: '@owner',
    reason: 'closed-without-conclusions',
    since: '2016-01-01',
  },
  {
    id: forgotten.id,
    file: entryOf(forgotten).file,
    owner: '@owner',
    reason: 'closed-without-conclusions',
    since: '2012-02-01',
  },
];

function build(campaigns: Campaign[] = all, relatedOf: ReportInput['relatedOf'] = () => []) {
  return buildReportModel({ entries: campaigns.map(entryOf), awaiting, relatedOf, today: '2025-01-01' });
}

describe('buildReportModel', () => {
  it('counts campaigns by status, lessons by level, and finished campaigns with conclusions', () => {
    const { counts } = build();
    expect(counts).toEqual({
      campaigns: 6,
      byStatus: { planned: 0, running: 2, closed: 3, cancelled: 1 },
      finished: 4,
      finishedWithConclusions: 2,
      coverage: 0.5,
      lessons: 4,
      fundamental: 2,
      execution: 2,
      awaiting: 2,
    });
  });

  it('counts conclusions drawn in reviews as lessons with the review date', () => {
    const lesson = build().lessons.find((item) => item.campaign.id === community.id);
    expect(lesson).toMatchObject({
      reviewDate: '2021-04-01',
      date: '2021-04-01',
      year: 2021,
      key: `${community.id}/1`,
    });
  });

  it('has no coverage share when nothing has finished', () => {
    const { counts } = build([running]);
    expect(counts.finished).toBe(0);
    expect(counts.coverage).toBeNull();
  });

  it('puts fundamental lessons first, then the most recent, then file order', () => {
    const order = build().lessons.map((lesson) => [lesson.level, lesson.finding]);
    expect(order).toEqual([
      ['fundamental', 'Members answer each other.'],
      ['fundamental', 'A community is continuous work.'],
      ['execution', 'Nobody remembered the URL.'],
      ['execution', 'Only the giveaway drew members.'],
    ]);
  });

  it('keeps file order between lessons of one campaign with the same level', () => {
    const twice = makeCampaign({
      id: '2020-01-twice',
      conclusions: [
        { finding: 'first', level: 'execution' },
        { finding: 'second', level: 'execution' },
        { finding: 'third', level: 'execution' },
      ],
    });
    expect(build([twice]).lessons.map((lesson) => lesson.finding)).toEqual(['first', 'second', 'third']);
  });

  it('links a conclusion to the question of the goal it names', () => {
    const lesson = build().lessons.find((item) => item.finding === 'Only the giveaway drew members.');
    expect(lesson?.goal).toEqual({ id: 'reach', question: 'Do we reach students?' });
  });

  it('tallies outcomes per channel, busiest first, counting a lesson for each channel', () => {
    expect(build().outcomesByChannel).toEqual([
      { key: 'hyves', total: 3, tally: { confirmed: 1, refuted: 1, inconclusive: 0, unstated: 1 } },
      { key: 'linkedin', total: 1, tally: { confirmed: 1, refuted: 0, inconclusive: 0, unstated: 0 } },
      { key: 'outdoor', total: 1, tally: { confirmed: 0, refuted: 0, inconclusive: 0, unstated: 1 } },
    ]);
  });

  it('tallies outcomes per year, oldest first, with the empty years in between', () => {
    const years = build().outcomesByYear;
    expect(years.map((row) => row.key)).toEqual([
      2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021,
    ]);
    expect(years.find((row) => row.key === 2010)?.tally).toEqual({
      confirmed: 1,
      refuted: 1,
      inconclusive: 0,
      unstated: 0,
    });
    expect(years.find((row) => row.key === 2013)?.total).toBe(0);
    expect(build([running]).outcomesByYear).toEqual([]);
  });

  it('offers each filter value with the number of lessons that have it', () => {
    const { facets } = build();
    expect(facets.channel).toEqual([
      { value: 'hyves', count: 3 },
      { value: 'linkedin', count: 1 },
      { value: 'outdoor', count: 1 },
    ]);
    expect(facets.year.map((option) => option.value)).toEqual(['2021', '2014', '2010']);
    expect(facets.level).toEqual([
      { value: 'fundamental', count: 2 },
      { value: 'execution', count: 2 },
    ]);
    expect(facets.outcome).toEqual([
      { value: 'confirmed', count: 2 },
      { value: 'refuted', count: 1 },
      { value: 'unstated', count: 1 },
    ]);
    expect(facets.audience).toEqual([{ value: 'trainees', count: 2 }]);
    expect(facets.tag).toEqual([{ value: 'community', count: 2 }]);
  });

  it('lists the campaigns most recent first, each with its lessons, related lessons and awaiting state', () => {
    const related: RelatedLesson = {
      id: hyves.id,
      file: 'x',
      title: hyves.title,
      score: 1,
      strength: 'strong',
      reasons: [],
      conclusions: [],
    };
    const model = build(all, (entry) => (entry.campaign.id === posters.id ? [related] : []));
    expect(model.campaigns.map((item) => item.campaign.id)).toEqual([
      running.id,
      community.id,
      silent.id,
      posters.id,
      forgotten.id,
      hyves.id,
    ]);
    expect(model.campaigns.find((item) => item.campaign.id === posters.id)?.related).toEqual([related]);
    expect(model.campaigns.find((item) => item.campaign.id === hyves.id)?.lessons).toHaveLength(2);
    expect(model.campaigns.find((item) => item.campaign.id === silent.id)?.awaiting?.reason).toBe(
      'closed-without-conclusions',
    );
  });

  it('lists what awaits conclusions, waiting longest first, with title and retention owner', () => {
    expect(build().awaiting).toEqual([
      { ...awaiting[1], title: forgotten.title, retentionOwner: '@acme/recruitment' },
      { ...awaiting[0], title: silent.title, retentionOwner: '@acme/recruitment' },
    ]);
  });
});
