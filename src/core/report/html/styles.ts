// The page's stylesheet, inlined so the report is one file that works from disk. System fonts only:
// a web font would be a request to another host.

export const STYLES = `
:root {
  --bg: #f5f6f8; --surface: #fff; --text: #1c2230; --muted: #5a6375; --border: #dfe3ea;
  --accent: #3340b8; --accent-soft: #eceefe; --focus: #1d4ed8;
  --fundamental: #3f3cbb; --execution: #b4b9f5;
  --confirmed: #0f766e; --refuted: #c2410c; --inconclusive: #8a94a6; --unstated: #d5dae2;
  --alert: #b45309; --alert-soft: #fff5e6;
  --radius: 12px; --shadow: 0 1px 2px rgb(16 24 40 / 6%), 0 1px 3px rgb(16 24 40 / 8%);
  color-scheme: light;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { scroll-padding-top: 1rem; -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--text);
  font: 16px/1.55 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; }
a { color: var(--accent); text-underline-offset: 2px; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 4px; }
h1, h2, h3 { line-height: 1.25; margin: 0 0 .5rem; }
h1 { font-size: clamp(1.6rem, 4vw, 2.2rem); letter-spacing: -.01em; }
h2 { font-size: 1.35rem; }
p { margin: 0 0 .5rem; }
code { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #eef0f4;
  padding: .1em .35em; border-radius: 4px; overflow-wrap: anywhere; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
.muted, .hint, .section-note, .chart-note { color: var(--muted); }
.skip-link { position: absolute; left: 1rem; top: -3rem; background: var(--surface); padding: .5rem 1rem;
  border-radius: 8px; box-shadow: var(--shadow); z-index: 10; }
.skip-link:focus { top: 1rem; }

.site-header { background: #161b3d; color: #fff; }
.site-header .wrap { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between;
  gap: .5rem 1.5rem; padding-top: .85rem; padding-bottom: .85rem; }
.brand { margin: 0; font-weight: 700; letter-spacing: .01em; }
.brand span { color: #aab3ff; font-weight: 500; }
.site-header ul { display: flex; flex-wrap: wrap; gap: .25rem 1.1rem; list-style: none; margin: 0; padding: 0; }
.site-header a { color: #e4e7ff; text-decoration: none; font-size: .95rem; }
.site-header a:hover { color: #fff; text-decoration: underline; }
.site-header :focus-visible { outline-color: #aab3ff; }
.wrap { max-width: 1120px; margin: 0 auto; padding-left: clamp(1rem, 4vw, 2rem); padding-right: clamp(1rem, 4vw, 2rem); }
main { padding-top: 2rem; padding-bottom: 3rem; }
main section { margin-bottom: 3rem; }
.lead { font-size: 1.1rem; color: var(--muted); max-width: 60ch; }

.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 1rem; margin: 1.5rem 0; }
.stat, .chart, .lesson, .awaiting-item, .panel section, .panel-header, .filters, .campaign-list {
  background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); box-shadow: var(--shadow); }
.stat { padding: 1rem 1.25rem; }
.stat-label { color: var(--muted); font-size: .9rem; font-weight: 600; margin: 0; }
.stat-value { font-size: 2.2rem; font-weight: 700; line-height: 1.15; margin: .15rem 0 .35rem; font-variant-numeric: tabular-nums; }
.stat-note { font-size: .9rem; color: var(--muted); margin: 0; }
.stat-alert { border-color: #f3c98b; background: var(--alert-soft); }
.stat-alert .stat-value { color: var(--alert); }
.share-bar { display: block; width: 100%; height: 8px; border-radius: 4px; margin-bottom: .4rem; }

.charts { display: grid; gap: 1rem; }
.chart { margin: 0; padding: 1.1rem 1.25rem; min-width: 0; }
.chart figcaption { margin-bottom: .9rem; }
.chart-title { display: block; font-weight: 700; font-size: 1.05rem; }
.chart-note { display: block; font-size: .9rem; }
.bar { display: block; width: 100%; height: 14px; }
.level-chart .bar { height: 22px; border-radius: 6px; }
.bar-chart { list-style: none; margin: 0; padding: 0; columns: 2 26rem; column-gap: 3rem; }
.bar-row { position: relative; display: grid; grid-template-columns: minmax(5.5rem, 9rem) 1fr 2rem; align-items: center; gap: .6rem;
  break-inside: avoid; margin-bottom: .45rem; }
.bar-label { font-size: .92rem; overflow-wrap: anywhere; }
.bar-total, .column-total { font-variant-numeric: tabular-nums; color: var(--muted); font-size: .85rem; text-align: right; }
.column-scroll { overflow-x: auto; padding-bottom: .25rem; }
.column-chart { list-style: none; margin: 0; padding: 0; display: grid; grid-auto-flow: column;
  grid-auto-columns: minmax(2.2rem, 1fr); gap: .35rem; align-items: end; }
.column { position: relative; display: grid; grid-template-rows: auto 150px auto; justify-items: center; gap: .2rem; }
.column-total { text-align: center; min-height: 1.2em; }
.column-bar { width: min(70%, 2.6rem); height: 150px; display: block; }
.column-label { font-size: .8rem; color: var(--muted); font-variant-numeric: tabular-nums; }
.legend { list-style: none; padding: 0; margin: .9rem 0 0; display: flex; flex-wrap: wrap; gap: .35rem 1.1rem; font-size: .88rem; }
.swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 3px; margin-right: .4rem; vertical-align: -.05rem; }
.fill-confirmed { fill: var(--confirmed); background: var(--confirmed); }
.fill-refuted { fill: var(--refuted); background: var(--refuted); }
.fill-inconclusive { fill: var(--inconclusive); background: var(--inconclusive); }
.fill-unstated { fill: var(--unstated); background: var(--unstated); }
.fill-fundamental { fill: var(--fundamental); background: var(--fundamental); }
.fill-execution { fill: var(--execution); background: var(--execution); }
.fill-share { fill: var(--confirmed); }
.fill-track { fill: #e6e9ef; }

.filters { padding: 1rem 1.25rem; margin-bottom: 1rem; }
.field { display: flex; flex-direction: column; gap: .25rem; min-width: 0; }
.field label { font-weight: 600; font-size: .9rem; }
.field-search input { font-size: 1.05rem; }
input, select, .button { font: inherit; color: inherit; border: 1px solid #c5cbd6; border-radius: 8px;
  background: #fff; padding: .5rem .65rem; min-height: 2.6rem; }
select { width: 100%; }
input[type=search] { width: 100%; }
.hint { font-size: .85rem; }
.filter-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: .75rem; margin-top: .9rem; }
.filter-actions { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .5rem 1rem; margin-top: .9rem; }
.count { margin: 0; font-weight: 600; }
.button { cursor: pointer; background: var(--accent-soft); border-color: #c9cdf7; color: var(--accent); font-weight: 600; }
.button:hover { background: #dfe2fd; }

.lesson-list, .awaiting-list, .goal-list, .related-list, .review-list, .plain-list {
  list-style: none; margin: 0; padding: 0; display: grid; gap: .75rem; }
.lesson { padding: 1rem 1.25rem; border-left: 5px solid var(--execution); }
.lesson-fundamental { border-left-color: var(--fundamental); }
.lesson-meta { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem; margin-bottom: .45rem; }
.lesson-when { color: var(--muted); font-size: .88rem; margin-left: .25rem; }
.finding { font-size: 1.07rem; font-weight: 600; }
.recommendation, .evidence, .goal, .source { font-size: .95rem; }
.evidence, .goal, .source { color: var(--muted); }
.source { margin: .4rem 0 0; }
.field-label { display: inline-block; font-size: .75rem; font-weight: 700; text-transform: uppercase;
  letter-spacing: .05em; color: var(--muted); margin-right: .3rem; }
.badge { display: inline-block; font-size: .78rem; font-weight: 700; padding: .12rem .55rem; border-radius: 999px;
  border: 1px solid transparent; white-space: nowrap; }
.badge-fundamental { background: #e9e8ff; color: #2f2b9c; border-color: #cfcdfb; }
.badge-execution { background: #f1f2fb; color: #4b5171; border-color: #dcdff0; }
.badge-confirmed { background: #e3f4f1; color: #0b5d56; border-color: #bfe3dd; }
.badge-weak { background: #f6f6f6; color: #5b5b5b; border-color: #dcdcdc; font-weight: 600; }
.badge-refuted { background: #fdece3; color: #9a3412; border-color: #f7cdb7; }
.badge-inconclusive { background: #f1f3f6; color: #4a5568; border-color: #dde1e8; }
.badge-open { background: var(--alert-soft); color: var(--alert); border-color: #f3d3a5; }
.empty { color: var(--muted); font-style: italic; }

.awaiting-item { padding: 1rem 1.25rem; border-left: 5px solid #f0a43a; }
.awaiting-title { font-weight: 700; font-size: 1.05rem; }
.awaiting-reason { color: var(--alert); font-weight: 600; font-size: .95rem; }
.inline-facts { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; margin: 0; font-size: .92rem; }
.inline-facts dt { display: inline; color: var(--muted); margin-right: .35rem; }
.inline-facts dd { display: inline; margin: 0; }

.campaign-list { list-style: none; margin: 0; padding: 0; overflow: hidden; }
.campaign-item + .campaign-item { border-top: 1px solid var(--border); }
.campaign-link { display: flex; flex-direction: column; gap: .15rem; padding: .8rem 1.25rem; text-decoration: none; color: inherit; }
.campaign-link:hover { background: #f8f9fc; }
.campaign-link:hover .campaign-title { text-decoration: underline; }
.campaign-title { font-weight: 600; color: var(--accent); }
.campaign-meta { color: var(--muted); font-size: .9rem; }
.status { display: inline-block; font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em;
  padding: .05rem .45rem; border-radius: 4px; background: #eef0f4; color: #4a5568; margin-right: .3rem; }
.status-running { background: #e3f4f1; color: #0b5d56; }
.status-planned { background: #eceefe; color: #3340b8; }
.status-cancelled { background: #f6e8e8; color: #8c2f2f; }
.status-continuous { background: #f3ecfd; color: #6b34b8; }

.panel { display: none; }
.panel:target { display: grid; gap: 1rem; }
main:has(.panel:target) .home { display: none; }
.panel section { padding: 1.1rem 1.25rem; margin: 0; }
.panel section h2 { font-size: 1.1rem; }
.panel-header { padding: 1.25rem; }
.panel-header h1:focus { outline: none; }
.panel-header h1:focus-visible { outline: 3px solid var(--focus); }
.eyebrow { margin-bottom: .4rem; }
.summary { font-size: 1.05rem; max-width: 70ch; }
.back { font-weight: 600; text-decoration: none; }
.back:hover { text-decoration: underline; }
.notice { background: var(--alert-soft); border: 1px solid #f3d3a5; color: #7a3d06; border-radius: var(--radius); padding: .8rem 1.1rem; margin: 0; }
.facts { margin: 0; display: grid; gap: .5rem; }
.facts > div { display: grid; grid-template-columns: minmax(7rem, 11rem) 1fr; gap: .75rem; }
.facts dt { color: var(--muted); font-weight: 600; font-size: .92rem; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.facts-grid { margin-top: .75rem; }
.goal-item { border-top: 1px solid var(--border); padding-top: .65rem; }
.goal-item:first-child { border-top: 0; padding-top: 0; }
.goal-question { font-weight: 600; }
.goal-facts { margin: 0; font-size: .93rem; }
.goal-facts div { display: flex; gap: .5rem; }
.goal-facts dt { color: var(--muted); min-width: 6.5rem; }
.goal-facts dd { margin: 0; }
.panel .lesson { box-shadow: none; }
.related-item { border-top: 1px solid var(--border); padding-top: .75rem; }
.related-item:first-child { border-top: 0; padding-top: 0; }
.related-title { font-weight: 700; }
.chips { list-style: none; display: flex; flex-wrap: wrap; gap: .35rem; padding: 0; margin: 0 0 .5rem; }
.chip { font-size: .8rem; background: #f1f3f7; border: 1px solid var(--border); border-radius: 999px; padding: .05rem .55rem; color: var(--muted); }
.related-conclusions { margin: 0; padding-left: 0; list-style: none; display: grid; gap: .35rem; font-size: .95rem; }
.related-conclusions .badge { margin-right: .25rem; }

.site-footer { color: var(--muted); font-size: .88rem; border-top: 1px solid var(--border); padding-top: 1rem; padding-bottom: 2rem; }

@media (max-width: 560px) {
  body { font-size: 15px; }
  .facts > div { grid-template-columns: 1fr; gap: 0; }
  .bar-row { grid-template-columns: 5.5rem 1fr 1.6rem; }
  .stat-value { font-size: 1.9rem; }
}
@media print { .site-header nav, .filters { display: none; } .panel { display: block; } }
`;
