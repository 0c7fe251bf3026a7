// The lessons, fundamental first, with search-as-you-type and filters. The form stays hidden until
// the script runs, so without script the page is simply the full list.
import type { FacetName, ReportModel } from '../model.js';
import { FACET_NAMES } from '../facets.js';
import { html, type SafeHtml } from './html.js';
import { LEVEL_LABELS, OUTCOME_LABELS, plural } from './labels.js';
import { lessonCard } from './lesson-card.js';

const FACET_LABELS: Record<FacetName, { label: string; all: string }> = {
  channel: { label: 'Channel', all: 'All channels' },
  audience: { label: 'Audience', all: 'All audiences' },
  tag: { label: 'Tag', all: 'All tags' },
  year: { label: 'Year', all: 'All years' },
  level: { label: 'Level', all: 'All levels' },
  outcome: { label: 'Outcome', all: 'All outcomes' },
};

function optionLabel(facet: FacetName, value: string): string {
  if (facet === 'level') return LEVEL_LABELS[value as keyof typeof LEVEL_LABELS] ?? value;
  if (facet === 'outcome') return OUTCOME_LABELS[value as keyof typeof OUTCOME_LABELS] ?? value;
  return value;
}

function filterSelect(model: ReportModel, facet: FacetName): SafeHtml {
  const { label, all } = FACET_LABELS[facet];
  return html`<div class="field">
    <label for="filter-${facet}">${label}</label
    ><select id="filter-${facet}" name="${facet}" data-facet="${facet}">
      <option value="">${all}</option>
      ${model.facets[facet].map(
        (option) =>
          html`<option value="${option.value}">
            ${optionLabel(facet, option.value)} (${option.count})
          </option>`,
      )}
    </select>
  </div>`;
}

export function lessonsSection(model: ReportModel): SafeHtml {
  const total = plural(model.lessons.length, 'lesson', 'lessons');
  return html`<section id="lessons" class="lessons" aria-labelledby="lessons-title">
    <h2 id="lessons-title">Lessons</h2>
    <form id="lesson-filters" class="filters" role="search" aria-label="Search and filter lessons" hidden>
      <div class="field field-search">
        <label for="lesson-search">Search lessons</label
        ><input
          id="lesson-search"
          name="q"
          type="search"
          autocomplete="off"
          spellcheck="false"
          placeholder="Try “community”, “budget” or “doelgroep”"
          aria-describedby="search-hint"
        /><span id="search-hint" class="hint"
          >Searches findings, recommendations, evidence, goals and campaign titles. Press / to jump
          here.</span
        >
      </div>
      <div class="filter-grid">${FACET_NAMES.map((facet) => filterSelect(model, facet))}</div>
      <div class="filter-actions">
        <p id="lesson-count" class="count" role="status" aria-live="polite">Showing all ${total}</p>
        <button type="reset" class="button">Clear search and filters</button>
      </div>
    </form>
    ${
      model.lessons.length === 0
        ? html`<p class="empty">
            No conclusions yet. They appear here when campaigns record what they learned.
          </p>`
        : html`<ol id="lesson-list" class="lesson-list">
            ${model.lessons.map(lessonCard)}
          </ol>`
    }
    <p id="no-lessons" class="empty" hidden>No lesson matches. Try other words or clear a filter.</p>
  </section>`;
}
