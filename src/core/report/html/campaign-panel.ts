// A campaign's own panel: what it set out to learn, what it concluded, who keeps the knowledge and
// how, and the related lessons from other campaigns. Shown when the address names it (#campaign-…).
import { WEAKER_MATCH } from '../../related/index.js';
import type { RelatedLesson } from '../../types.js';
import type { ReportCampaign } from '../model.js';
import { period } from './campaigns-section.js';
import { html, type SafeHtml } from './html.js';
import { awaitingReasonText, STATUS_LABELS } from './labels.js';
import { lessonBadges, lessonBody } from './lesson-card.js';

function fact(term: string, value: SafeHtml | string | undefined | false): SafeHtml | false {
  return (
    !!value &&
    html`<div>
      <dt>${term}</dt>
      <dd>${value}</dd>
    </div>`
  );
}

function list(values: readonly string[] | undefined): string | undefined {
  return values && values.length > 0 ? values.join(', ') : undefined;
}

function budget(item: ReportCampaign): string | undefined {
  const money = item.campaign.budget;
  if (!money) return undefined;
  const parts = [
    money.media !== undefined && `media ${money.media.toLocaleString('en')}`,
    money.content !== undefined && `content ${money.content.toLocaleString('en')}`,
  ].filter(Boolean);
  return `${money.currency} ${parts.join(', ')}`.trim();
}

function goalsSection(item: ReportCampaign): SafeHtml {
  return html`<section aria-labelledby="campaign-${item.campaign.id}-goals">
    <h2 id="campaign-${item.campaign.id}-goals">What we wanted to learn</h2>
    <ol class="goal-list">
      ${item.campaign.learning_goals.map((goal) => {
        const answered = item.lessons.some((lesson) => lesson.goal?.id === goal.id);
        return html`<li class="goal-item">
          <p class="goal-question">
            ${goal.question}${!answered && html` <span class="badge badge-open">Not answered yet</span>`}
          </p>
          <dl class="goal-facts">${fact('Hypothesis', goal.hypothesis)}${fact('Measure', goal.measure)}</dl>
        </li>`;
      })}
    </ol>
  </section>`;
}

function conclusionsSection(item: ReportCampaign): SafeHtml {
  const id = item.campaign.id;
  return html`<section aria-labelledby="campaign-${id}-conclusions">
    <h2 id="campaign-${id}-conclusions">What we concluded</h2>
    ${
      item.lessons.length === 0
        ? html`<p class="empty">No conclusions yet.</p>`
        : html`<ol class="lesson-list">
            ${item.lessons.map((lesson) => html`<li class="lesson lesson-${lesson.level}">${lessonBody(lesson, false)}</li>`)}
          </ol>`
    }
  </section>`;
}

function reviewsSection(item: ReportCampaign): SafeHtml | false {
  const reviews = item.campaign.reviews ?? [];
  const id = item.campaign.id;
  return (
    (item.campaign.mode === 'continuous' || reviews.length > 0) &&
    html`<section aria-labelledby="campaign-${id}-reviews">
      <h2 id="campaign-${id}-reviews">Reviews</h2>
      ${item.campaign.review_every_days && html`<p class="section-note">Reviewed every ${item.campaign.review_every_days} days.</p>`}${
        reviews.length === 0
          ? html`<p class="empty">No review yet.</p>`
          : html`<ol class="review-list">
              ${[...reviews]
                .sort((a, b) => (a.date < b.date ? 1 : -1))
                .map(
                  (review) =>
                    html`<li>
                      <p><strong>${review.date}</strong> ${review.summary}</p>
                    </li>`,
                )}
            </ol>`
      }
    </section>`
  );
}

function retentionSection(item: ReportCampaign): SafeHtml {
  const { retention } = item.campaign;
  const id = item.campaign.id;
  return html`<section aria-labelledby="campaign-${id}-retention">
    <h2 id="campaign-${id}-retention">How the knowledge is kept</h2>
    <dl class="facts">
      ${fact('Responsible', retention.owner)}${fact('Plan', retention.plan)}${fact('Shared with', list(retention.share_with))}
    </dl>
  </section>`;
}

function relatedItem(related: RelatedLesson, known: ReadonlySet<string>): SafeHtml {
  return html`<li class="related-item">
    <p class="related-title">
      ${known.has(related.id) ? html`<a href="#campaign-${related.id}">${related.title}</a>` : related.title}
      ${related.strength === 'weak' && html`<span class="badge badge-weak">${WEAKER_MATCH}</span>`}
    </p>
    ${
      related.reasons.length > 0 &&
      html`<ul class="chips" aria-label="Why it is related">
        ${related.reasons.map((reason) => html`<li class="chip">${reason}</li>`)}
      </ul>`
    }
    <ul class="related-conclusions">
      ${related.conclusions.map((conclusion) => html`<li>${lessonBadges(conclusion)} ${conclusion.finding}</li>`)}
    </ul>
  </li>`;
}

function relatedSection(item: ReportCampaign, known: ReadonlySet<string>): SafeHtml {
  const id = item.campaign.id;
  return html`<section aria-labelledby="campaign-${id}-related">
    <h2 id="campaign-${id}-related">Related lessons from other campaigns</h2>
    ${
      item.related.length === 0
        ? html`<p class="empty">No related lessons found.</p>`
        : html`<ol class="related-list">
            ${item.related.map((related) => relatedItem(related, known))}
          </ol>`
    }
  </section>`;
}

function linksSection(item: ReportCampaign, known: ReadonlySet<string>): SafeHtml | false {
  const considered = item.campaign.considered ?? [];
  // The schema only admits http(s) links; checking again keeps a `javascript:` URL out regardless.
  const links = (item.campaign.links ?? []).filter((link) => /^https?:\/\//i.test(link));
  const id = item.campaign.id;
  return (
    (considered.length > 0 || links.length > 0) &&
    html`<section aria-labelledby="campaign-${id}-links">
      <h2 id="campaign-${id}-links">Read while planning, and links</h2>
      <dl class="facts">
        ${fact(
          'Lessons considered',
          considered.length > 0 &&
            html`<ul class="plain-list">
              ${considered.map((other) => html`<li>${known.has(other) ? html`<a href="#campaign-${other}">${other}</a>` : other}</li>`)}
            </ul>`,
        )}${fact(
          'Links',
          links.length > 0 &&
            html`<ul class="plain-list">
              ${links.map((link) => html`<li><a href="${link}" rel="noopener noreferrer external">${link}</a></li>`)}
            </ul>`,
        )}
      </dl>
    </section>`
  );
}

export function campaignPanel(item: ReportCampaign, known: ReadonlySet<string>): SafeHtml {
  const { campaign } = item;
  const id = campaign.id;
  return html`<article
    id="campaign-${id}"
    class="panel"
    aria-labelledby="campaign-${id}-title"
    data-title="${campaign.title}"
  >
    <p><a class="back" href="#lessons">← All lessons</a></p>
    <header class="panel-header">
      <p class="eyebrow">
        <span class="status status-${campaign.status}">${STATUS_LABELS[campaign.status]}</span
        >${campaign.mode === 'continuous' && html` <span class="status status-continuous">Continuous</span>`}
      </p>
      <h1 id="campaign-${id}-title" tabindex="-1">${campaign.title}</h1>
      ${campaign.summary && html`<p class="summary">${campaign.summary}</p>`}
      <dl class="facts facts-grid">
        ${fact('Period', period(campaign.period.start, campaign.period.end))}${fact('Owner', campaign.owner)}${fact('Channels', list(campaign.channels))}${fact('Audiences', list(campaign.audiences))}${fact('Tags', list(campaign.tags))}${fact('Budget', budget(item))}${fact('File', html`<code>${item.file}</code>`)}
      </dl>
    </header>
    ${item.awaiting && html`<p class="notice">${awaitingReasonText(item.awaiting)}. ${campaign.owner} is asked to record what was learned.</p>`}
    ${goalsSection(item)} ${conclusionsSection(item)} ${reviewsSection(item)} ${retentionSection(item)}
    ${relatedSection(item, known)} ${linksSection(item, known)}
  </article>`;
}
