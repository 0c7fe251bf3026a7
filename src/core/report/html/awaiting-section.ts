// The campaigns that still owe their conclusions, with the people who are asked to write them.
import type { ReportModel } from '../model.js';
import { html, type SafeHtml } from './html.js';
import { awaitingReasonText } from './labels.js';

export function awaitingSection(model: ReportModel): SafeHtml {
  return html`<section id="awaiting" class="awaiting" aria-labelledby="awaiting-title">
    <h2 id="awaiting-title">Awaiting conclusions</h2>
    ${
      model.awaiting.length === 0
        ? html`<p class="empty">Every finished campaign has recorded what it learned.</p>`
        : html`<p class="section-note">
              Knowledge is only kept when it is written down. These campaigns have not recorded what they
              learned yet.
            </p>
            <ul class="awaiting-list">
              ${model.awaiting.map(
                (item) =>
                  html`<li class="awaiting-item">
                    <p class="awaiting-title"><a href="#campaign-${item.id}">${item.title}</a></p>
                    <p class="awaiting-reason">${awaitingReasonText(item)}</p>
                    <dl class="inline-facts">
                      <div>
                        <dt>Owner</dt>
                        <dd>${item.owner}</dd>
                      </div>
                      ${
                        item.retentionOwner &&
                        html`<div>
                          <dt>Keeps the knowledge</dt>
                          <dd>${item.retentionOwner}</dd>
                        </div>`
                      }
                      <div>
                        <dt>File</dt>
                        <dd><code>${item.file}</code></dd>
                      </div>
                    </dl>
                  </li>`,
              )}
            </ul>`
    }
  </section>`;
}
