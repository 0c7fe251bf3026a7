// The knowledge-base report: its data, the self-contained HTML page and the Markdown digest.
export { buildReportModel, type ReportInput } from './build-report-model.js';
export { renderReportHtml, type HtmlOptions } from './html/render-report-html.js';
export { renderDigest } from './markdown/render-digest.js';
export { facetValues, FACET_NAMES } from './facets.js';
export { foldText } from '../fold-text.js';
export type * from './model.js';
