// Every campaign, most recent first, each a link to its panel.
import type { ReportModel } from '../model.js';
import { html, type SafeHtml } from './html.js';
import { plural, STATUS_LABELS } from './labels.js';

export function period(start: string, end: string | undefined): string {
  return end && end !== start ? `${start} – ${end}` : start;
}

export function campaignsSection(model: ReportModel): SafeHtml {
  return html`<section id="campaigns" class="campaigns" aria-labelledby="campaigns-title">
    <h2 id="campaigns-title">All campaigns</h2>
    ${
      model.campaigns.length === 0
        ? html`<p class="empty">No campaigns yet. Start one with <code>lessons new</code>.</p>`
        : html`<ul class="campaign-list">
            ${model.campaigns.map(
              ({ campaign, lessons, awaiting }) =>
                html`<li class="campaign-item">
                  <a class="campaign-link" href="#campaign-${campaign.id}"
                    ><span class="campaign-title">${campaign.title}</span
                    ><span class="campaign-meta"
                      ><span class="status status-${campaign.status}">${STATUS_LABELS[campaign.status]}</span>
                      ${period(campaign.period.start, campaign.period.end)} · ${campaign.channels.join(', ')}
                      ·
                      ${lessons.length === 0 ? (awaiting ? 'awaiting conclusions' : 'no conclusions yet') : plural(lessons.length, 'lesson', 'lessons')}</span
                    ></a
                  >
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}
