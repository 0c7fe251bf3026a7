// Builds the report's data from the valid campaigns: counts, coverage, charts, lessons, filters,
// campaign panels and the awaiting list. Pure: the caller supplies `today`, the awaiting list and
// the related lessons, so the same inputs always give the same report.
import type { Awaiting, CampaignEntry, RelatedLesson, Status } from '../types.js';
import { collectLessons, compareLessons } from './collect-lessons.js';
import { buildFacets } from './facets.js';
import type { ReportAwaiting, ReportCampaign, ReportCounts, ReportLesson, ReportModel } from './model.js';
import { outcomesByChannel, outcomesByYear } from './tally-outcomes.js';

export interface ReportInput {
  entries: readonly CampaignEntry[];
  /** The campaigns awaiting conclusions on `today` (see `findAwaiting`). */
  awaiting: readonly Awaiting[];
  /** Related past lessons for one campaign (see `findRelated`). */
  relatedOf: (entry: CampaignEntry) => RelatedLesson[];
  today: string;
}

/**
 * @example
 * const model = buildReportModel({ entries, awaiting: findAwaiting(entries, { today }), today,
 *   relatedOf: (entry) => findRelated(index, entry.campaign, { limit: 5 }).related });
 */
export function buildReportModel(input: ReportInput): ReportModel {
  const awaitingById = new Map(input.awaiting.map((item) => [item.id, item]));
  const campaigns: ReportCampaign[] = input.entries
    .map((entry) => {
      const awaiting = awaitingById.get(entry.campaign.id);
      return {
        file: entry.file,
        campaign: entry.campaign,
        lessons: collectLessons(entry.campaign, entry.file),
        related: input.relatedOf(entry),
        ...(awaiting ? { awaiting } : {}),
      };
    })
    .sort(
      (a, b) =>
        compareText(b.campaign.period.start, a.campaign.period.start) ||
        compareText(a.campaign.id, b.campaign.id),
    );
  const lessons = campaigns.flatMap((item) => item.lessons).sort(compareLessons);
  return {
    today: input.today,
    counts: countAll(campaigns, lessons, input.awaiting.length),
    outcomesByChannel: outcomesByChannel(lessons),
    outcomesByYear: outcomesByYear(lessons),
    lessons,
    facets: buildFacets(lessons),
    campaigns,
    awaiting: describeAwaiting(input.awaiting, campaigns),
  };
}

function countAll(
  campaigns: readonly ReportCampaign[],
  lessons: readonly ReportLesson[],
  awaiting: number,
): ReportCounts {
  const byStatus: Record<Status, number> = { planned: 0, running: 0, closed: 0, cancelled: 0 };
  let finished = 0;
  let finishedWithConclusions = 0;
  for (const { campaign, lessons: own } of campaigns) {
    byStatus[campaign.status] += 1;
    if (campaign.status === 'closed' || campaign.status === 'cancelled') {
      finished += 1;
      if (own.length > 0) finishedWithConclusions += 1;
    }
  }
  const fundamental = lessons.filter((lesson) => lesson.level === 'fundamental').length;
  return {
    campaigns: campaigns.length,
    byStatus,
    finished,
    finishedWithConclusions,
    coverage: finished === 0 ? null : finishedWithConclusions / finished,
    lessons: lessons.length,
    fundamental,
    execution: lessons.length - fundamental,
    awaiting,
  };
}

// Waiting longest first: the oldest gap in the organisation's memory is the most urgent.
function describeAwaiting(
  awaiting: readonly Awaiting[],
  campaigns: readonly ReportCampaign[],
): ReportAwaiting[] {
  const byId = new Map(campaigns.map((item) => [item.campaign.id, item.campaign]));
  return awaiting
    .map((item) => {
      const campaign = byId.get(item.id);
      return { ...item, title: campaign?.title ?? item.id, retentionOwner: campaign?.retention.owner ?? '' };
    })
    .sort((a, b) => compareText(a.since, b.since) || compareText(a.id, b.id));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
