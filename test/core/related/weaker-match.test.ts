// Every view marks a weaker match as such: the CLI text, `lessons new`, the report page (the
// review comment's snapshot shows it in test/action/render-review-comment.test.ts).
import { describe, expect, it } from 'vitest';
import { renderRelatedText } from '../../../src/core/related/explain/render-text.js';
import { buildReportModel, renderReportHtml } from '../../../src/core/report/index.js';
import { renderNewCampaignRelated } from '../../../src/core/scaffold/related-text.js';
import type { RelatedLesson } from '../../../src/core/types.js';
import { entryOf, makeCampaign } from '../../report/campaign-fixtures.js';

const lesson = (id: string, strength: RelatedLesson['strength']): RelatedLesson => ({
  id,
  file: `lessons/${id}.yaml`,
  title: `Lesson ${id}`,
  score: strength === 'strong' ? 0.612 : 0.221,
  strength,
  reasons: ['shared audience: trainees'],
  conclusions: [{ finding: 'It went quiet.', level: 'fundamental', outcome: 'refuted' }],
});
const related = [lesson('strong-one', 'strong'), lesson('weak-one', 'weak')];

describe('a weaker match', () => {
  it('is marked in the text of lessons related', () => {
    const text = renderRelatedText(
      { campaign: 'plan', related, alsoRunning: [] },
      { campaigns: new Map(), title: 'Plan' },
    );
    expect(text).toContain('1. Lesson strong-one  score 0.612\n');
    expect(text).toContain('2. Lesson weak-one  score 0.221 · weaker match\n');
  });

  it('is marked in what lessons new prints', () => {
    const text = renderNewCampaignRelated(related, []);
    expect(text).toContain('1. Lesson strong-one  lessons/strong-one.yaml\n');
    expect(text).toContain('2. Lesson weak-one (weaker match)  lessons/weak-one.yaml\n');
  });

  it('is marked on the report page', async () => {
    const campaign = makeCampaign({ id: '2027-01-plan', status: 'planned' });
    const model = buildReportModel({
      entries: [entryOf(campaign)],
      awaiting: [],
      relatedOf: () => related,
      today: '2027-01-01',
    });
    const html = await renderReportHtml(model, { source: 'lessons' });
    expect(html.match(/<span class="badge badge-weak">weaker match<\/span>/g)).toHaveLength(1);
    expect(html).toMatch(/Lesson weak-one\s*<span class="badge badge-weak">weaker match<\/span>/);
  });
});
