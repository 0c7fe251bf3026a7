// The related-lessons engine end to end on small knowledge bases: each signal, the threshold,
// candidates, reasons, conclusions, `considered`, "also running" and determinism.
import { describe, expect, it } from 'vitest';
import { buildRelatedIndex, findRelated } from '../../../src/core/related/index.js';
import type { Campaign, Conclusion } from '../../../src/core/types.js';
import { LessonIndex } from '../../../src/core/related/index/lesson-index.js';
import { strengthOf } from '../../../src/core/related/rank/cut.js';
import { queryOf } from '../../../src/core/related/rank/query.js';
import { rankLessons as rank } from '../../../src/core/related/rank/rank.js';
import { entry, makeCampaign } from '../make-campaign.js';

const refuted = (finding: string, recommendation?: string): Conclusion => ({
  finding,
  level: 'fundamental',
  outcome: 'refuted',
  ...(recommendation === undefined ? {} : { recommendation }),
});

const hyves = makeCampaign({
  id: '2010-03-hyves-trainee-community',
  title: 'Trainee-community op Hyves',
  status: 'closed',
  channels: ['hyves'],
  audiences: ['students', 'trainees'],
  tags: ['community', 'employer-branding'],
  summary: 'Een community voor technische trainees, met wekelijkse berichten van recruiters en een giveaway.',
  learning_goals: [
    {
      id: 'reach',
      question: 'Worden technische studenten lid van een actieve community?',
      hypothesis: 'Studenten blijven actief als de community leeft.',
    },
  ],
  conclusions: [
    refuted(
      'De community groeide alleen tijdens de giveaway en viel daarna stil.',
      'Zie een community als continue communicatie, niet als campagne.',
    ),
    { finding: 'De berichten werden te laat geplaatst.', level: 'execution', outcome: 'confirmed' },
  ],
});

const posters = makeCampaign({
  id: '2013-02-toilet-posters',
  title: 'Posters op toiletdeuren',
  status: 'closed',
  channels: ['outdoor'],
  audiences: ['engineers'],
  tags: ['guerrilla', 'awareness'],
  summary: 'Posters met een QR-code aan de binnenkant van toiletdeuren op de universiteit.',
  learning_goals: [{ id: 'qr', question: 'Leidt de QR-code tot sollicitaties?' }],
  conclusions: [refuted('Een poster alleen levert geen sollicitaties op.')],
});

const radio = makeCampaign({
  id: '2021-03-radio-spot',
  title: 'Radio spot for maintenance technicians',
  status: 'closed',
  channels: ['radio'],
  audiences: ['technicians'],
  summary: 'A regional radio spot asking technicians to apply.',
  learning_goals: [{ id: 'apply', question: 'Do technicians apply after hearing a radio spot?' }],
  conclusions: [{ finding: 'Listeners remembered the jingle but did not apply.', level: 'execution' }],
});

const tiktokPlan = makeCampaign({
  id: '2027-02-tiktok-trainee-community',
  title: 'Trainee community on TikTok',
  status: 'planned',
  channels: ['tiktok'],
  audiences: ['trainees'],
  tags: ['community'],
  summary: 'A TikTok community where future trainees follow our current trainees, with a giveaway at launch.',
  learning_goals: [
    {
      id: 'active',
      question: 'Do members stay active in the community after the giveaway?',
      hypothesis: 'A strong launch keeps the community alive.',
    },
  ],
});

function index(campaigns: Campaign[]): LessonIndex {
  return buildRelatedIndex(campaigns.map((c) => entry(c))) as LessonIndex;
}

function rankLessons(lessons: LessonIndex, target: Campaign) {
  return rank(lessons, queryOf(lessons, target), target.id);
}

function related(campaigns: Campaign[], target: Campaign, limit?: number) {
  return findRelated(
    buildRelatedIndex(campaigns.map((c) => entry(c))),
    target,
    limit === undefined ? {} : { limit },
  );
}

describe('findRelated', () => {
  it('finds a Dutch lesson about the same problem on another channel for an English plan', () => {
    const result = related([hyves, posters, radio], tiktokPlan);
    expect(result.campaign).toBe(tiktokPlan.id);
    expect(result.related.map((lesson) => lesson.id)).toEqual([hyves.id]);
    const [lesson] = result.related;
    expect(lesson).toMatchObject({ file: `lessons/${hyves.id}.yaml`, title: hyves.title });
    expect(lesson!.score).toBeGreaterThan(0);
    expect(lesson!.score).toBeLessThanOrEqual(1);
    expect(Number(lesson!.score.toFixed(3))).toBe(lesson!.score);
  });

  it('explains each result with reasons a person can check', () => {
    const [lesson] = related([hyves, posters, radio], tiktokPlan).related;
    expect(lesson!.reasons).toContain('shared audience: trainees');
    expect(lesson!.reasons).toContain('shared tag: community');
    const goal = lesson!.reasons.find((reason) => reason.startsWith('similar goal: '));
    expect(goal).toBeDefined();
    expect(goal).toMatch(/giveaway|actie|active/);
    // A word matched across languages names the lesson's word beside the plan's (a shared tag
    // is named once, as a tag, so this plan has none).
    const plan = makeCampaign({
      ...tiktokPlan,
      tags: [],
      learning_goals: [{ id: 'g', question: 'Is our gemeenschap alive?' }],
    });
    const reasons = related([hyves, posters, radio], plan).related[0]!.reasons;
    expect(reasons.some((reason) => reason.includes('gemeenschap (community)'))).toBe(true);
  });

  it('names the shared fundamental question first, then a shared channel', () => {
    const plan = makeCampaign({ ...tiktokPlan, id: 'plan', channels: ['hyves'] });
    const reasons = related([hyves, posters, radio], plan).related[0]!.reasons;
    expect(reasons[0]).toBe(
      'same fundamental question: who keeps the community alive once the launch is over?',
    );
    expect(reasons[1]).toBe('same channel: hyves');
  });

  it('returns nothing when nothing is related', () => {
    const plan = makeCampaign({
      id: 'unrelated',
      title: 'Kantine menu survey',
      channels: ['intranet'],
      audiences: ['kitchen-staff'],
      summary: 'Vegetarische maaltijden in het bedrijfsrestaurant.',
      learning_goals: [{ id: 'food', question: 'Eten collega’s vaker vegetarisch als de prijs daalt?' }],
    });
    expect(related([hyves, posters, radio], plan).related).toEqual([]);
  });

  it('never returns the campaign itself, nor a campaign without conclusions', () => {
    const selfInIndex = makeCampaign({
      ...tiktokPlan,
      conclusions: [refuted('Interim: the community went quiet.')],
    });
    const withoutConclusions = makeCampaign({ ...hyves, id: '2011-hyves-copy', conclusions: undefined });
    const result = related([hyves, selfInIndex, withoutConclusions, posters], tiktokPlan);
    const ids = result.related.map((lesson) => lesson.id);
    expect(ids).toContain(hyves.id);
    expect(ids).not.toContain(tiktokPlan.id);
    expect(ids).not.toContain('2011-hyves-copy');
  });

  it('counts conclusions of reviews, whatever the status', () => {
    const continuous = makeCampaign({
      ...hyves,
      id: '2015-continuous-community',
      status: 'running',
      mode: 'continuous',
      review_every_days: 90,
      conclusions: undefined,
      reviews: [{ date: '2015-06-01', summary: 'Quarter review', conclusions: hyves.conclusions }],
    });
    const result = related([continuous, posters], tiktokPlan);
    expect(result.related.map((lesson) => lesson.id)).toEqual([continuous.id]);
    expect(result.related[0]!.conclusions[0]!.finding).toBe(hyves.conclusions![0]!.finding);
  });

  it('ranks a lesson that shares channel, audience or tag above the same lesson that does not', () => {
    const base = makeCampaign({
      ...hyves,
      id: 'a-base',
      channels: ['myspace'],
      audiences: ['pupils'],
      tags: ['other'],
    });
    const variants: [string, Partial<Campaign>][] = [
      ['channel', { channels: ['tiktok'] }],
      ['audience', { audiences: ['trainees'] }],
      ['tag', { tags: ['community'] }],
    ];
    for (const [signal, change] of variants) {
      const sharing = makeCampaign({ ...base, id: `b-sharing-${signal}`, ...change });
      const ranked = related([base, sharing], tiktokPlan).related;
      expect(
        ranked.map((lesson) => lesson.id),
        signal,
      ).toEqual([sharing.id, base.id]);
      expect(ranked[0]!.score, signal).toBeGreaterThan(ranked[1]!.score);
    }
  });

  it('weighs fundamental and refuted conclusions more than execution details', () => {
    const finding = 'De community viel stil na de giveaway.';
    const fundamental = makeCampaign({ ...hyves, id: 'b-fundamental', conclusions: [refuted(finding)] });
    const execution = makeCampaign({
      ...hyves,
      id: 'a-execution',
      conclusions: [{ finding, level: 'execution', outcome: 'confirmed' }],
    });
    const ranked = related([execution, fundamental], tiktokPlan).related;
    expect(ranked.map((lesson) => lesson.id)).toEqual([fundamental.id, execution.id]);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
  });

  it('lists the best-matching conclusions first, with level and outcome', () => {
    const [lesson] = related([hyves, posters], tiktokPlan).related;
    expect(lesson!.conclusions[0]).toEqual({
      finding: hyves.conclusions![0]!.finding,
      level: 'fundamental',
      outcome: 'refuted',
    });
    expect(lesson!.conclusions.length).toBeLessThanOrEqual(3);
  });

  it('gives outcome null for a conclusion that states none, so the json always has the key', () => {
    const unstated = makeCampaign({
      ...hyves,
      conclusions: [{ finding: hyves.conclusions![0]!.finding, level: 'fundamental' }],
    });
    const [lesson] = related([unstated], tiktokPlan).related;
    expect(lesson!.conclusions).toEqual([
      { finding: hyves.conclusions![0]!.finding, level: 'fundamental', outcome: null },
    ]);
    expect(JSON.parse(JSON.stringify(lesson!.conclusions[0]))).toHaveProperty('outcome', null);
  });

  it('marks a lesson already considered, without changing the ranking', () => {
    const plain = related([hyves, posters, radio], tiktokPlan).related;
    const considered = related([hyves, posters, radio], { ...tiktokPlan, considered: [hyves.id] }).related;
    expect(considered.map((l) => [l.id, l.score])).toEqual(plain.map((l) => [l.id, l.score]));
    expect(considered[0]!.reasons.at(-1)).toBe('already considered while planning');
    expect(plain[0]!.reasons).not.toContain('already considered while planning');
  });

  it('respects the limit and breaks ties by id, deterministically', () => {
    const copies = ['c', 'a', 'b'].map((suffix) => makeCampaign({ ...hyves, id: `hyves-${suffix}` }));
    const result = related(copies, tiktokPlan);
    expect(result.related.map((lesson) => lesson.id)).toEqual(['hyves-a', 'hyves-b', 'hyves-c']);
    expect(related(copies, tiktokPlan, 2).related.map((lesson) => lesson.id)).toEqual(['hyves-a', 'hyves-b']);
    expect(related(copies, tiktokPlan, 0).related).toEqual([]);
    expect(JSON.stringify(related([...copies].reverse(), tiktokPlan))).toBe(JSON.stringify(result));
  });

  it('rejects a limit that is not a whole number', () => {
    const index = buildRelatedIndex([entry(hyves)]);
    expect(() => findRelated(index, tiktokPlan, { limit: -1 })).toThrow(RangeError);
    expect(() => findRelated(index, tiktokPlan, { limit: 1.5 })).toThrow(RangeError);
  });

  it('lists running campaigns on a shared channel or audience as also running', () => {
    const running = makeCampaign({
      id: '2027-01-tiktok-ads',
      title: 'TikTok ads for technicians',
      status: 'running',
      channels: ['tiktok'],
      audiences: ['technicians'],
    });
    const runningForTrainees = makeCampaign({
      id: '2027-01-open-day',
      title: 'Open day',
      status: 'running',
      channels: ['event'],
      audiences: ['trainees'],
    });
    const elsewhere = makeCampaign({ id: '2027-01-radio', status: 'running', channels: ['radio'] });
    const closed = makeCampaign({ ...running, id: '2026-tiktok-closed', status: 'closed' });
    const result = related([hyves, running, runningForTrainees, elsewhere, closed], tiktokPlan);
    // Both share one slug: ties are broken by id.
    expect(result.alsoRunning).toEqual([
      {
        id: runningForTrainees.id,
        file: `lessons/${runningForTrainees.id}.yaml`,
        title: 'Open day',
        status: 'running',
        reasons: ['shared audience: trainees'],
      },
      {
        id: running.id,
        file: `lessons/${running.id}.yaml`,
        title: running.title,
        status: 'running',
        reasons: ['same channel: tiktok'],
      },
    ]);
    // A planned campaign is listed only when asked for (lessons new), and a shared topic counts.
    const planned = makeCampaign({
      ...runningForTrainees,
      id: '2027-05-planned',
      status: 'planned',
      audiences: [],
      tags: ['community'],
    });
    expect(related([hyves, planned], tiktokPlan).alsoRunning).toEqual([]);
    const index = buildRelatedIndex([hyves, planned].map((c) => entry(c)));
    expect(findRelated(index, tiktokPlan, { alsoPlanned: true }).alsoRunning).toEqual([
      {
        id: planned.id,
        file: `lessons/${planned.id}.yaml`,
        title: 'Open day',
        status: 'planned',
        reasons: ['shared tag: community'],
      },
    ]);
    // Sharing more comes first.
    const both = makeCampaign({ ...running, id: '2027-09-both', audiences: ['trainees'] });
    expect(related([both, running], tiktokPlan).alsoRunning.map((item) => [item.id, item.reasons])).toEqual([
      [both.id, ['same channel: tiktok', 'shared audience: trainees']],
      [running.id, ['same channel: tiktok']],
    ]);
    // A running plan is not "also running" next to itself.
    const self = makeCampaign({ ...tiktokPlan, status: 'running' });
    expect(related([self], tiktokPlan).alsoRunning).toEqual([]);
  });

  it('counts only campaigns with conclusions in the index size', () => {
    expect(buildRelatedIndex([entry(hyves), entry(tiktokPlan), entry(posters)]).size).toBe(2);
    expect(related([], tiktokPlan)).toEqual({ campaign: tiktokPlan.id, related: [], alsoRunning: [] });
  });
});

describe('fundamentals, channel and audience types, and the cut', () => {
  const salaryAds = makeCampaign({
    id: '2021-09-tiktok-salary-ads',
    title: 'TikTok ads with the salary for technicians',
    status: 'closed',
    channels: ['tiktok'],
    audiences: ['technicians'],
    summary: 'Ads that name the monthly salary range in the first second of the video.',
    learning_goals: [{ id: 'pay', question: 'Does naming the salary bring more applicants?' }],
    conclusions: [refuted('Naming the salary doubled the clicks but not the applications.')],
  });

  it('ranks the same problem on another channel above another problem on the same channel', () => {
    const ranked = related([salaryAds, hyves], tiktokPlan).related.map((lesson) => lesson.id);
    expect(ranked[0]).toBe(hyves.id);
  });

  it('matches near-equal slugs and channels of one kind, and says so', () => {
    const reels = makeCampaign({
      ...tiktokPlan,
      id: 'reels',
      channels: ['instagram-reels'],
      audiences: ['hbo-students'],
    });
    const instagram = makeCampaign({ ...hyves, id: 'instagram', channels: ['instagram'] });
    const reasons = related([instagram], reels).related[0]!.reasons;
    expect(reasons).toContain('similar channel: instagram-reels ~ instagram');
    expect(reasons).toContain('similar audience: hbo-students ~ students (student)');
    const discord = makeCampaign({ ...tiktokPlan, id: 'discord', channels: ['discord'] });
    expect(related([hyves], discord).related[0]!.reasons).toContain(
      'same kind of channel: discord ~ hyves (online community)',
    );
  });

  it('marks weaker matches and shows them only beside a strong one', () => {
    const traineeAds = makeCampaign({
      ...salaryAds,
      id: '2022-01-tiktok-trainee-ads',
      title: 'TikTok ads for trainees',
      audiences: ['trainees'],
      summary: 'Ads that name the salary, and a prize for sharing them.',
      learning_goals: [{ id: 'pay', question: 'Do trainees click on ads that name the salary?' }],
    });
    const result = related([hyves, traineeAds], tiktokPlan).related;
    expect(result.map((lesson) => [lesson.id, lesson.strength])).toEqual([
      [hyves.id, 'strong'],
      [traineeAds.id, 'weak'],
    ]);
    // Without a strong match beside it, a weaker match is not shown at all: here a plan that
    // shares only the channel with the lesson.
    const menu = makeCampaign({
      id: 'menu',
      title: 'Kantine menu op TikTok',
      channels: ['tiktok'],
      summary: 'Vegetarische maaltijden in het bedrijfsrestaurant.',
      learning_goals: [{ id: 'food', question: 'Eten collega’s vaker vegetarisch als de prijs daalt?' }],
    });
    const ranked = rankLessons(index([traineeAds, posters]), menu);
    expect(ranked.map((scored) => strengthOf(scored))).toContain('weak');
    expect(related([traineeAds, posters], menu).related).toEqual([]);
  });

  it('keeps a strong match strong, with about the same score, in a large knowledge base', () => {
    const topics = [
      'kantine',
      'parkeren',
      'fietsplan',
      'koffie',
      'verlof',
      'printers',
      'verhuizing',
      'ict-storing',
    ];
    const filler = Array.from({ length: 200 }, (_, i) =>
      makeCampaign({
        id: `filler-${String(i).padStart(3, '0')}`,
        title: `Onderzoek ${topics[i % topics.length]} ${i}`,
        status: 'closed',
        channels: [['intranet', 'email', 'poster'][i % 3]!],
        summary: `Een peiling onder collega's over ${topics[i % topics.length]} op locatie ${i}.`,
        learning_goals: [{ id: 'q', question: `Wat vinden collega's van ${topics[i % topics.length]}?` }],
        conclusions: [
          {
            finding: `De meeste collega's zijn tevreden over ${topics[i % topics.length]}.`,
            level: 'execution',
          },
        ],
      }),
    );
    const alone = related([hyves, posters, radio], tiktokPlan).related[0]!;
    const among = related([hyves, posters, radio, ...filler], tiktokPlan).related;
    expect(alone.strength).toBe('strong');
    expect(among[0]).toMatchObject({ id: hyves.id, strength: 'strong' });
    expect(Math.abs(among[0]!.score - alone.score)).toBeLessThan(0.1);
    expect(among.filter((lesson) => lesson.id.startsWith('filler-'))).toEqual([]);
  });
});
