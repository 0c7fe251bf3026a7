// Exactly one open issue per campaign awaiting conclusions, decided from the labelled issues.
import { describe, expect, it } from 'vitest';
import { planIssues, type IssuePlanInput } from '../../src/action/issue-plan.js';
import {
  CLOSED_BY_ACTION_MARKER,
  campaignMarker,
  renderAuditIssue,
} from '../../src/core/render/audit-issue.js';
import type { Awaiting, Campaign, CampaignEntry } from '../../src/core/types.js';
import type { Issue } from '../../src/github/port.js';

const BOT = 'github-actions[bot]';
const SHA = 'c0ffee5a1b2c';

function campaign(id: string, extra: Partial<Campaign> = {}): Campaign {
  return {
    id,
    title: `Campaign ${id}`,
    status: 'closed',
    owner: '@kjanssen',
    period: { start: '2020-01-01', end: '2020-02-01' },
    channels: ['outdoor'],
    learning_goals: [{ id: 'reach', question: 'Did it reach people?' }],
    retention: { owner: '@acme/recruitment', plan: 'Present it at the monthly meeting of the team.' },
    ...extra,
  };
}

const entry = (c: Campaign): CampaignEntry => ({
  file: `lessons/${c.id}.yaml`,
  campaign: c,
  locate: () => ({ line: 1, column: 1 }),
});
const awaits = (c: Campaign): Awaiting => ({
  id: c.id,
  file: `lessons/${c.id}.yaml`,
  owner: c.owner,
  reason: 'closed-without-conclusions',
  since: '2020-02-01',
});
const fileUrl = (file: string) => `https://github.com/acme/careers/blob/main/${file}`;

function issue(number: number, id: string, extra: Partial<Issue> = {}): Issue {
  return {
    number,
    title: `Lessons missing: Campaign ${id}`,
    body: `${campaignMarker(id)}\nold text`,
    state: 'open',
    stateReason: null,
    closedAt: null,
    author: BOT,
    authorIsBot: true,
    assignees: ['kjanssen'],
    comments: 0,
    ...extra,
  };
}

function input(
  campaigns: Campaign[],
  awaiting: Campaign[],
  issues: Issue[],
  extra: Partial<IssuePlanInput> = {},
): IssuePlanInput {
  return {
    awaiting: awaiting.map(awaits),
    entries: new Map(campaigns.map((c) => [c.id, entry(c)])),
    presentIds: new Set(campaigns.map((c) => c.id)),
    issues,
    sha: SHA,
    fileUrl,
    ...extra,
  };
}

const a = campaign('a');
const rendered = renderAuditIssue({
  awaiting: awaits(a),
  campaign: a,
  fileUrl: fileUrl('lessons/a.yaml'),
  ownerUnassignable: false,
});

describe('planIssues', () => {
  it('opens an issue, assigned to a person, with a fallback text should GitHub refuse them', () => {
    const { steps } = planIssues(input([a], [a], []));
    expect(steps).toEqual([
      {
        kind: 'open',
        id: 'a',
        title: rendered.title,
        body: rendered.body,
        assignee: 'kjanssen',
        unassignedBody: expect.stringContaining('@kjanssen could not be assigned'),
      },
    ]);
  });

  it('leaves an up-to-date issue alone and closes the newer of two open ones as a duplicate', () => {
    const current = issue(4, 'a', { title: rendered.title, body: rendered.body });
    const { steps, notes } = planIssues(input([a], [a], [issue(9, 'a'), current]));
    expect(notes).toEqual([{ kind: 'up-to-date', id: 'a', number: 4 }]);
    expect(steps).toEqual([
      {
        kind: 'close',
        id: 'a',
        number: 9,
        reason: 'duplicate',
        why: 'duplicate',
        comment: expect.stringContaining('Duplicate of #4'),
        body: `${campaignMarker('a')}\nold text\n\n${CLOSED_BY_ACTION_MARKER}\n`,
      },
    ]);
  });

  it('closes as completed when conclusions land, and as not planned when the file is gone', () => {
    const concluded = campaign('a', { conclusions: [{ finding: 'x', level: 'fundamental' }] });
    const { steps } = planIssues(input([concluded], [], [issue(4, 'a'), issue(5, 'gone')]));
    expect(steps.map((s) => s.kind === 'close' && [s.number, s.reason, s.why])).toEqual([
      [4, 'completed', 'concluded'],
      [5, 'not_planned', 'deleted'],
    ]);
  });

  it('does not judge a campaign whose file has errors', () => {
    const { steps, notes } = planIssues(input([], [], [issue(4, 'a')], { presentIds: new Set(['a']) }));
    expect(steps).toEqual([]);
    expect(notes).toEqual([{ kind: 'file-invalid', id: 'a', number: 4 }]);
  });

  it('reopens the issue it closed last (its body has the closing marker), and respects one a person closed', () => {
    const closedByUs = issue(4, 'a', {
      state: 'closed',
      closedAt: '2024-01-02T00:00:00Z',
      body: `${campaignMarker('a')}\nold text\n\n${CLOSED_BY_ACTION_MARKER}\n`,
    });
    const reopen = planIssues(input([a], [a], [closedByUs])).steps;
    expect(reopen.map((s) => [s.kind, 'number' in s && s.number])).toEqual([['reopen', 4]]);
    expect(reopen[0]).toMatchObject({ body: rendered.body });
    const closedByPerson = issue(4, 'a', { state: 'closed', closedAt: '2024-01-02T00:00:00Z' });
    expect(planIssues(input([a], [a], [closedByPerson]))).toEqual({
      steps: [],
      notes: [{ kind: 'closed-by-person', id: 'a', number: 4 }],
    });
  });

  it('goes by the issue closed last: a duplicate closed earlier does not bring the campaign back', () => {
    const duplicate = issue(9, 'a', {
      state: 'closed',
      closedAt: '2024-01-01T00:00:00Z',
      body: `${campaignMarker('a')}\n${CLOSED_BY_ACTION_MARKER}`,
    });
    const personClosed = issue(4, 'a', { state: 'closed', closedAt: '2024-03-01T00:00:00Z' });
    expect(planIssues(input([a], [a], [duplicate, personClosed])).steps).toEqual([]);
  });

  it('assigns a changed owner beside the assignees people added, unless GitHub refused them before', () => {
    const moved = campaign('a', { owner: '@tvandenberg' });
    const current = renderAuditIssue({
      awaiting: awaits(moved),
      campaign: moved,
      fileUrl: fileUrl('lessons/a.yaml'),
      ownerUnassignable: false,
    });
    const open = issue(4, 'a', { title: current.title, body: current.body, assignees: ['kjanssen'] });
    const { steps, notes } = planIssues(input([moved], [moved], [open]));
    expect(notes).toEqual([]);
    expect(steps).toEqual([
      {
        kind: 'assign',
        id: 'a',
        number: 4,
        login: 'tvandenberg',
        unassignedBody: expect.stringContaining('@tvandenberg could not be assigned'),
      },
    ]);
    const assigned = { ...open, assignees: ['kjanssen', 'TVandenberg'] };
    expect(planIssues(input([moved], [moved], [assigned])).steps).toEqual([]);
    const refused = issue(4, 'a', { body: (steps[0] as { unassignedBody: string }).unassignedBody });
    expect(planIssues(input([moved], [moved], [{ ...refused, title: current.title }])).steps).toEqual([]);
  });

  it('keeps the mention of an unassignable owner when it rewrites an issue', () => {
    const fallback = renderAuditIssue({
      awaiting: awaits(a),
      campaign: a,
      fileUrl: fileUrl('lessons/a.yaml'),
      ownerUnassignable: true,
    });
    const changed = campaign('a', { title: 'Renamed' });
    const { steps } = planIssues(input([changed], [changed], [issue(4, 'a', { body: fallback.body })]));
    expect(steps).toEqual([
      expect.objectContaining({
        kind: 'update',
        number: 4,
        body: expect.stringContaining('could not be assigned'),
      }),
    ]);
  });
});
