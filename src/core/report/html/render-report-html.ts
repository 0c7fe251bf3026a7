// Renders the knowledge base as one self-contained HTML page: inline CSS, inline SVG charts, one
// inline script, the data as JSON. It makes no request to any host and works opened from disk.
import type { ReportModel } from '../model.js';
import { awaitingSection } from './awaiting-section.js';
import { campaignPanel } from './campaign-panel.js';
import { campaignsSection } from './campaigns-section.js';
import { contentSecurityPolicy } from './content-security-policy.js';
import { embedJson } from './embed-json.js';
import { html, trustedHtml } from './html.js';
import { lessonsSection } from './lessons-section.js';
import { overviewSection } from './overview-section.js';
import { pageData } from './page-data.js';
import { SCRIPT } from './script.js';
import { STYLES } from './styles.js';

export interface HtmlOptions {
  /** Shown in the footer: where the campaigns came from, e.g. `lessons`. */
  source?: string;
}

export async function renderReportHtml(model: ReportModel, options: HtmlOptions = {}): Promise<string> {
  const known = new Set(model.campaigns.map((item) => item.campaign.id));
  const csp = await contentSecurityPolicy(STYLES, SCRIPT);
  // Built as plain strings, not in the formatted template below: the CSP hashes must match the
  // exact text between the tags, whitespace included.
  const styleElement = trustedHtml(`<style>${STYLES}</style>`);
  const scriptElement = trustedHtml(`<script>${SCRIPT}</script>`);
  // embedJson leaves no `<` in the data, so campaign text cannot end the element early.
  const dataElement = trustedHtml(
    `<script type="application/json" id="report-data">${embedJson(pageData(model))}</script>`,
  );
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${csp}" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>Campaign lessons: what we have learned</title>
        ${styleElement}
      </head>
      <body>
        <a class="skip-link" href="#lessons">Skip to the lessons</a>
        <header class="site-header">
          <div class="wrap">
            <p class="brand">Campaign lessons <span>knowledge base</span></p>
            <nav aria-label="Sections">
              <ul>
                <li><a href="#overview">Overview</a></li>
                <li><a href="#lessons">Lessons</a></li>
                <li><a href="#awaiting">Awaiting conclusions</a></li>
                <li><a href="#campaigns">All campaigns</a></li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" class="wrap">
          <div class="home">
            ${overviewSection(model)} ${lessonsSection(model)} ${awaitingSection(model)}
            ${campaignsSection(model)}
          </div>
          ${model.campaigns.map((item) => campaignPanel(item, known))}
        </main>
        <footer class="site-footer wrap">
          <p>
            Written by
            <code>lessons report</code>${options.source && html` from <code>${options.source}</code>`} for
            ${model.today}. Every campaign file asks what we want to learn and who keeps the knowledge.
          </p>
        </footer>
        ${dataElement} ${scriptElement}
      </body>
    </html> `;
  return page.value;
}
