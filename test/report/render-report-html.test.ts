// The HTML page as text: escaped campaign text, safely embedded data, a CSP that pins exactly our
// own style and script, and nothing that would load from another host.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildReportModel, renderReportHtml } from '../../src/core/report/index.js';
import { entryOf, makeCampaign } from './campaign-fixtures.js';

const hostileText =
  '</script><script>alert(1)</script><img src=x onerror=alert(2)> @jdevries & "quotes" \u2028';
const hostile = makeCampaign({
  id: '2014-05-hostile',
  title: hostileText,
  summary: hostileText,
  links: ['https://example.org/?q=<b>"x"</b>'],
  learning_goals: [{ id: 'reach', question: hostileText }],
  retention: { owner: '@acme/recruitment', plan: hostileText },
  conclusions: [{ goal: 'reach', finding: hostileText, level: 'fundamental', recommendation: hostileText }],
});

async function page(): Promise<string> {
  const model = buildReportModel({
    entries: [entryOf(hostile)],
    awaiting: [],
    relatedOf: () => [],
    today: '2025-01-01',
  });
  return renderReportHtml(model, { source: 'lessons' });
}

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('renderReportHtml', () => {
  it('escapes campaign text everywhere it appears', async () => {
    const html = await page();
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain(
      '&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;',
    );
    expect(html).toContain('data-title="&lt;/script&gt;');
    expect(html).toContain('href="https://example.org/?q=&lt;b&gt;&quot;x&quot;&lt;/b&gt;"');
  });

  it('embeds the data as JSON that cannot close its script element', async () => {
    const html = await page();
    const match = /<script type="application\/json" id="report-data">([^]*?)<\/script>/.exec(html);
    expect(match).not.toBeNull();
    const json = match![1]!;
    expect(json).not.toMatch(/[<>&\u2028]/);
    const data = JSON.parse(json);
    expect(data.lessons).toHaveLength(1);
    expect(data.lessons[0].text).toContain('</script><script>alert(1)');
    expect(data.lessons[0].facets.level).toEqual(['fundamental']);
  });

  it('allows exactly its own inline style and script, and nothing from anywhere', async () => {
    const html = await page();
    const csp = (
      /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
    ).replace(/&#39;/g, "'");
    const style = /<style>([^]*?)<\/style>/.exec(html)?.[1] ?? '';
    const scripts = [...html.matchAll(/<script>([^]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    expect(csp).toBe(
      `default-src 'none'; style-src '${sha256(style)}'; script-src '${sha256(scripts[0]!)}'; img-src data:; base-uri 'none'; form-action 'none'`,
    );
    const attributes = [...html.matchAll(/<[a-z][^>]*>/gi)].flatMap((tag) =>
      [...tag[0].matchAll(/\s([a-z-]+)=("[^"]*"|'[^']*'|[^\s>]+)/gi)].map((m) => m[1]!.toLowerCase()),
    );
    expect(attributes).toContain('href');
    expect(
      attributes.filter((name) => ['src', 'srcset', 'poster', 'data', 'action', 'formaction'].includes(name)),
    ).toEqual([]);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/url\(/i);
  });
});
