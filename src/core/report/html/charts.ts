// The overview's charts as inline SVG: no library, no request. Bars are SVG stretched to the
// width of their row while labels stay HTML, so text keeps its size on a phone. The SVG is
// decoration for sighted readers; every figure is also in text for screen readers.
import type { OutcomeKey, OutcomeRow, OutcomeTally } from '../model.js';
import { OUTCOME_KEYS } from '../tally-outcomes.js';
import { html, type SafeHtml } from './html.js';
import { LEVEL_LABELS, OUTCOME_LABELS, percent } from './labels.js';

interface Segment {
  className: string;
  label: string;
  count: number;
}

/** A horizontal stack of segments whose full width stands for `scale`. */
function stackedBar(segments: readonly Segment[], scale: number): SafeHtml {
  let x = 0;
  const rects = segments
    .filter((segment) => segment.count > 0)
    .map((segment) => {
      const rect = html`<rect class="${segment.className}" x="${x}" y="0" width="${segment.count}" height="1"
        ><title>${segment.label}: ${segment.count}</title></rect
      >`;
      x += segment.count;
      return rect;
    });
  return html`<svg
    class="bar"
    viewBox="0 0 ${Math.max(scale, 1)} 1"
    preserveAspectRatio="none"
    aria-hidden="true"
    focusable="false"
  >
    ${rects}
  </svg>`;
}

function outcomeSegments(tally: OutcomeTally): Segment[] {
  return OUTCOME_KEYS.map((key) => ({
    className: `fill-${key}`,
    label: OUTCOME_LABELS[key],
    count: tally[key],
  }));
}

function describeTally(tally: OutcomeTally): string {
  return OUTCOME_KEYS.filter((key) => tally[key] > 0)
    .map((key) => `${tally[key]} ${OUTCOME_LABELS[key].toLowerCase()}`)
    .join(', ');
}

export function outcomeLegend(keys: readonly OutcomeKey[] = OUTCOME_KEYS): SafeHtml {
  return html`<ul class="legend">
    ${keys.map(
      (key) =>
        html`<li><span class="swatch fill-${key}" aria-hidden="true"></span>${OUTCOME_LABELS[key]}</li>`,
    )}
  </ul>`;
}

/** One row per channel: its name, a bar of outcomes, and the total. */
export function channelChart(rows: readonly OutcomeRow<string>[]): SafeHtml {
  const scale = Math.max(0, ...rows.map((row) => row.total));
  return html`<ul class="bar-chart">
    ${rows.map(
      (row) =>
        html`<li class="bar-row">
          <span class="bar-label">${row.key}</span>${stackedBar(outcomeSegments(row.tally), scale)}<span
            class="bar-total"
            aria-hidden="true"
            >${row.total}</span
          ><span class="visually-hidden">: ${describeTally(row.tally)}</span>
        </li>`,
    )}
  </ul>`;
}

/** One column per year, oldest on the left. */
export function yearChart(rows: readonly OutcomeRow<number>[]): SafeHtml {
  const scale = Math.max(1, ...rows.map((row) => row.total));
  return html`<ol class="column-chart">
    ${rows.map((row) => {
      let y = scale;
      const rects = outcomeSegments(row.tally)
        .filter((segment) => segment.count > 0)
        .map((segment) => {
          y -= segment.count;
          return html`<rect class="${segment.className}" x="0" y="${y}" width="1" height="${segment.count}"
            ><title>${segment.label}: ${segment.count}</title></rect
          >`;
        });
      return html`<li class="column">
        <span class="column-total" aria-hidden="true">${row.total || ''}</span
        ><svg
          class="column-bar"
          viewBox="0 0 1 ${scale}"
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
        >
          ${rects}</svg
        ><span class="column-label">${row.key}</span
        ><span class="visually-hidden">: ${row.total === 0 ? 'no lessons' : describeTally(row.tally)}</span>
      </li>`;
    })}
  </ol>`;
}

/** Fundamental versus execution conclusions as one bar that is always full width. */
export function levelChart(fundamental: number, execution: number): SafeHtml {
  const total = fundamental + execution;
  const segments: Segment[] = [
    { className: 'fill-fundamental', label: LEVEL_LABELS.fundamental, count: fundamental },
    { className: 'fill-execution', label: LEVEL_LABELS.execution, count: execution },
  ];
  return html`<div class="level-chart">
    ${stackedBar(segments, total)}
    <ul class="legend">
      ${segments.map(
        (segment) =>
          html`<li>
            <span class="swatch ${segment.className}" aria-hidden="true"></span>${segment.label}
            <strong>${segment.count}</strong
            >${total > 0 && html` <span class="muted">(${percent(segment.count / total)})</span>`}
          </li>`,
      )}
    </ul>
  </div>`;
}

/** A thin progress bar for a share between 0 and 1. */
export function shareBar(share: number): SafeHtml {
  const filled = Math.round(share * 1000) / 10;
  return html`<svg
    class="share-bar"
    viewBox="0 0 100 1"
    preserveAspectRatio="none"
    aria-hidden="true"
    focusable="false"
  >
    <rect class="fill-track" x="0" y="0" width="100" height="1"></rect>
    <rect class="fill-share" x="0" y="0" width="${filled}" height="1"></rect>
  </svg>`;
}
