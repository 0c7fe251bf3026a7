// The Markdown digest: fundamental lessons, then lessons by channel, then what awaits conclusions,
// with campaign text that cannot mention, link or add markup on GitHub.
import { describe, expect, it } from 'vitest';
import { buildReportModel, renderDigest } from '../../src/core/report/index.js';
import type { Awaiting } from '../../src/core/types.js';
import { entryOf, makeCampaign } from './campaign-fixtures.js';

const hyves = makeCampaign({
  id: '2010-03-hyves',
  title: 'Hyves community',
  period: { start: '2010-03-01', end: '2010-06-30' },
  channels: ['hyves'],
  conclusions: [
    {
      finding: 'A community is continuous work.',
      level: 'fundamental',
      outcome: 'refuted',
      recommendation: 'Plan content for a year.',
      evidence: '40 active members after the giveaway.',
    },
    { finding: 'The giveaway drew members.', level: 'execution', outcome: 'confirmed' },
  ],
});
const hostile = makeCampaign({
  id: '2014-05-hostile',
  title: 'Ask @jdevries <script>alert(1)</script>',
  period: { start: '2014-05-01' },
  channels: ['outdoor', 'hyves'],
  conclusions: [{ finding: '# Heading [link](https://evil.example) ![x](y)', level: 'execution' }],
});
const silent = makeCampaign({ id: '2016-01-silent', title: 'Silent @everyone', status: 'cancelled' });
const awaiting: Awaiting[] = [
  {
    id: silent.id,
    file: entryOf(silent).file,
    owner: '@owner',
    reason: 'closed-without-conclusions',
    since: '2016-01-01',
  },
];

function digest(): string {
  const entries = [hyves, hostile, silent].map(entryOf);
  return renderDigest(buildReportModel({ entries, awaiting, relatedOf: () => [], today: '2025-01-01' }));
}

describe('renderDigest', () => {
  it('shows fundamental lessons, then lessons by channel, then what awaits conclusions', () => {
    expect(digest()).toMatchInlineSnapshot(`
      "# What we have learned

      3 lessons from 3 campaigns, as of 2025-01-01. 2 of 3 finished campaigns (67%) recorded conclusions. 1 fundamental, 2 about execution.

      Open \`index.html\` in this folder in a browser for the searchable knowledge base, with a page per campaign.

      ## Fundamental lessons

      Conclusions that question the approach itself, not only the details of how it was carried out.

      - **A community is continuous work.** _(Fundamental, Refuted)_
        - Next time: Plan content for a year.
        - Evidence: 40 active members after the giveaway.
        - From _Hyves community_ (2010; hyves)

      ## Lessons by channel

      ### hyves

      - A community is continuous work. _(Fundamental, Refuted)_ — _Hyves community_, 2010
      - #‍ Heading \\[link\\](https‍://evil.example) \\!\\[x\\](y) _(Execution)_ — _Ask @‍jdevries \\<script\\>alert(1)\\</script\\>_, 2014
      - The giveaway drew members. _(Execution, Confirmed)_ — _Hyves community_, 2010

      ### outdoor

      - #‍ Heading \\[link\\](https‍://evil.example) \\!\\[x\\](y) _(Execution)_ — _Ask @‍jdevries \\<script\\>alert(1)\\</script\\>_, 2014

      ## Awaiting conclusions

      These campaigns have not recorded what they learned yet.

      | Campaign | Why | Owner | Keeps the knowledge | File |
      | --- | --- | --- | --- | --- |
      | Silent @‍everyone | Finished without conclusions (since 2016-01-01) | @‍owner | @‍acme/recruitment | lessons/2016-01-silent.yaml |
      "
    `);
  });

  it('leaves no raw HTML, mention, heading or table pipe from campaign text', () => {
    const text = digest();
    expect(text).not.toContain('<script>');
    expect(text).not.toMatch(/@(jdevries|everyone|owner)/);
    expect(text).not.toMatch(/^#+ Heading/m);
    expect(text).not.toContain('](https://evil.example)');
  });

  it('keeps a pipe in campaign text inside its table cell', () => {
    const piped = makeCampaign({ id: '2016-01-piped', title: 'Posters | flyers', status: 'cancelled' });
    const item: Awaiting = { ...awaiting[0]!, id: piped.id, file: entryOf(piped).file };
    const model = buildReportModel({
      entries: [entryOf(piped)],
      awaiting: [item],
      relatedOf: () => [],
      today: '2025-01-01',
    });
    const row = renderDigest(model)
      .split('\n')
      .find((line) => line.includes('Posters'));
    expect(row?.split('|')).toHaveLength(7);
  });

  it('says so when there is nothing to show', () => {
    const text = renderDigest(
      buildReportModel({ entries: [], awaiting: [], relatedOf: () => [], today: '2025-01-01' }),
    );
    expect(text).toContain('_No fundamental lessons yet._');
    expect(text).toContain('_No lessons yet._');
    expect(text).toContain('Every finished campaign has recorded what it learned.');
  });
});
