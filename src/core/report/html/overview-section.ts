// The overview: what the organisation has learned, in a few figures and three charts.
import type { ReportModel } from '../model.js';
import { channelChart, levelChart, outcomeLegend, shareBar, yearChart } from './charts.js';
import { html, type SafeHtml } from './html.js';
import { percent, plural, STATUS_LABELS } from './labels.js';

export function overviewSection(model: ReportModel): SafeHtml {
  const { counts } = model;
  const statuses = (['running', 'planned', 'closed', 'cancelled'] as const)
    .filter((status) => counts.byStatus[status] > 0)
    .map((status) => `${counts.byStatus[status]} ${STATUS_LABELS[status].toLowerCase()}`)
    .join(' · ');
  return html`<section id="overview" class="overview" aria-labelledby="overview-title">
    <h1 id="overview-title">What we have learned</h1>
    <p class="lead">
      ${plural(counts.lessons, 'lesson', 'lessons')} from
      ${plural(counts.campaigns, 'campaign', 'campaigns')}, as of ${model.today}. Fundamental lessons come
      first: they question the approach, not just the details.
    </p>
    <div class="stats">
      <div class="stat">
        <p class="stat-label">Campaigns</p>
        <p class="stat-value">${counts.campaigns}</p>
        <p class="stat-note">${statuses || 'None yet'}</p>
      </div>
      <div class="stat">
        <p class="stat-label">Finished with conclusions</p>
        <p class="stat-value">${counts.coverage === null ? '–' : percent(counts.coverage)}</p>
        ${counts.coverage !== null && shareBar(counts.coverage)}
        <p class="stat-note">
          ${counts.finished === 0 ? 'No campaign has finished yet' : `${counts.finishedWithConclusions} of ${plural(counts.finished, 'closed or cancelled campaign', 'closed or cancelled campaigns')}`}
        </p>
      </div>
      <div class="stat">
        <p class="stat-label">Lessons</p>
        <p class="stat-value">${counts.lessons}</p>
        <p class="stat-note">${counts.fundamental} fundamental · ${counts.execution} execution</p>
      </div>
      <div class="stat${counts.awaiting > 0 ? ' stat-alert' : ''}">
        <p class="stat-label">Awaiting conclusions</p>
        <p class="stat-value">${counts.awaiting}</p>
        <p class="stat-note">
          ${counts.awaiting > 0 ? html`<a href="#awaiting">See who is asked</a>` : 'Nothing is waiting'}
        </p>
      </div>
    </div>
    <div class="charts">
      <figure class="chart">
        <figcaption>
          <span class="chart-title">Fundamental or execution?</span>
          <span class="chart-note"
            >Fundamental conclusions ask whether the approach was right — was the community central, was it
            continuous communication, was there budget for content? Execution conclusions are about
            details.</span
          >
        </figcaption>
        ${counts.lessons === 0 ? html`<p class="muted">No conclusions yet.</p>` : levelChart(counts.fundamental, counts.execution)}
      </figure>
      <figure class="chart">
        <figcaption>
          <span class="chart-title">Outcomes per channel</span>
          <span class="chart-note"
            >Conclusions by whether the hypothesis held; a lesson counts for each channel of its
            campaign.</span
          >
        </figcaption>
        ${model.outcomesByChannel.length === 0 ? html`<p class="muted">No conclusions yet.</p>` : [channelChart(model.outcomesByChannel), outcomeLegend()]}
      </figure>
      <figure class="chart">
        <figcaption>
          <span class="chart-title">Outcomes per year</span>
          <span class="chart-note"
            >By the year a campaign started, or the year of the review that drew the conclusion.</span
          >
        </figcaption>
        ${model.outcomesByYear.length === 0 ? html`<p class="muted">No conclusions yet.</p>` : [html`<div class="column-scroll">${yearChart(model.outcomesByYear)}</div>`, outcomeLegend()]}
      </figure>
    </div>
  </section>`;
}
