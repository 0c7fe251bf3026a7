// The knowledge base as people use it: `lessons report` writes the page, real headless Chromium
// opens it from disk, and the tests search, filter, open panels and tab through it — with the
// example knowledge base and with a campaign whose text tries to inject markup and script.
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAwaiting } from '../../src/core/awaiting.js';
import {
  buildReportModel,
  foldText,
  type ReportLesson,
  type ReportModel,
} from '../../src/core/report/index.js';
import { loadKnowledgeBase } from '../../src/io/load.js';
import { lessons as runLessons } from '../support/cli.js';
import { launchChromium } from './chromium.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const TODAY = '2026-06-01';

async function lessons(args: string[]): Promise<void> {
  const run = await runLessons(args);
  if (run.code !== 0) throw new Error(`lessons ${args.join(' ')} failed: ${run.stderr}`);
}

/** The same report's data, for what the page should show. */
async function modelOf(root: string): Promise<ReportModel> {
  const kb = await loadKnowledgeBase(root, { today: TODAY, cwd: repo });
  const awaiting = findAwaiting(kb.entries, { today: TODAY });
  return buildReportModel({ entries: kb.entries, awaiting, relatedOf: () => [], today: TODAY });
}

const HOSTILE_TEXT = `</script><script>alert('script')</script><img src=x onerror="alert('img')"> @jdevries @acme/all`;
const HOSTILE = `id: 2015-01-hostile
title: ${JSON.stringify(`Hostile ${HOSTILE_TEXT}`)}
status: closed
owner: "@jdevries"
period: { start: 2015-01-01, end: 2015-02-01 }
channels: [outdoor]
summary: ${JSON.stringify(HOSTILE_TEXT)}
learning_goals:
  - id: reach
    question: ${JSON.stringify(`<svg onload=alert('goal')>`)}
retention: { owner: "@acme/recruitment", plan: ${JSON.stringify(`<iframe src="https://evil.example"></iframe>`)} }
conclusions:
  - goal: reach
    finding: ${JSON.stringify(`Finding ${HOSTILE_TEXT}`)}
    level: fundamental
    outcome: refuted
    recommendation: ${JSON.stringify(`<a href="javascript:alert('link')">click</a>`)}
`;

let browser: Browser;
let work: string;
let exampleUrl: string;
let hostileUrl: string;
let example: ReportModel;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'lessons-report-browser-'));
  await fs.mkdir(path.join(work, 'hostile'));
  await fs.writeFile(path.join(work, 'hostile', '2015-01-hostile.yaml'), HOSTILE);
  await lessons(['report', '--root', 'lessons', '--out', path.join(work, 'example'), '--today', TODAY]);
  await lessons([
    'report',
    '--root',
    path.join(work, 'hostile'),
    '--out',
    path.join(work, 'hostile-report'),
    '--today',
    TODAY,
  ]);
  exampleUrl = pathToFileURL(path.join(work, 'example', 'index.html')).href;
  hostileUrl = pathToFileURL(path.join(work, 'hostile-report', 'index.html')).href;
  example = await modelOf('lessons');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await fs.rm(work, { recursive: true, force: true });
});

interface Watched {
  page: Page;
  requests: string[];
  errors: string[];
  dialogs: string[];
}

async function open(url: string, viewport = { width: 1280, height: 900 }): Promise<Watched> {
  const page = await browser.newPage({ viewport });
  page.setDefaultTimeout(0);
  const watched: Watched = { page, requests: [], errors: [], dialogs: [] };
  page.on('request', (request) => watched.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  page.on('dialog', (dialog) => {
    watched.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url);
  return watched;
}

const visibleKeys = (page: Page) =>
  page.$$eval('#lesson-list > li[data-key]', (items) =>
    items.filter((item) => !(item as HTMLElement).hidden).map((item) => item.getAttribute('data-key')),
  );

const keysOf = (items: readonly ReportLesson[]) => items.map((lesson) => lesson.key);

describe('the report page, opened from disk', () => {
  it('loads with no console error and no request to any other host', async () => {
    const { page, requests, errors } = await open(exampleUrl);
    await page.locator('#lesson-search').fill('community');
    await page.goto(`${exampleUrl}#campaign-2010-03-hyves-trainee-community`);
    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    await page.close();
  });

  it('shows the overview figures of the knowledge base', async () => {
    const { page } = await open(exampleUrl);
    const stats = await page.locator('.stat').allInnerTexts();
    expect(stats[0]).toContain(String(example.counts.campaigns));
    expect(stats[1]).toContain(`${Math.round(example.counts.coverage! * 100)}%`);
    expect(stats[2]).toContain(
      `${example.counts.fundamental} fundamental · ${example.counts.execution} execution`,
    );
    expect(stats[3]).toContain(String(example.counts.awaiting));
    expect(await page.locator('.bar-chart .bar-row').count()).toBe(example.outcomesByChannel.length);
    expect(await page.locator('.column-chart .column').count()).toBe(example.outcomesByYear.length);
    await fs.mkdir(path.join(repo, 'test-output'), { recursive: true });
    await page.screenshot({ path: path.join(repo, 'test-output', 'report-overview.png') });
    await page
      .locator('#overview')
      .screenshot({ path: path.join(repo, 'test-output', 'report-overview-full.png') });
    await page.close();
  });

  it('lists every lesson, fundamental first', async () => {
    const { page } = await open(exampleUrl);
    expect(await visibleKeys(page)).toEqual(keysOf(example.lessons));
    const levels = example.lessons.map((lesson) => lesson.level);
    expect(levels.indexOf('execution')).toBeGreaterThan(levels.lastIndexOf('fundamental'));
    await page.close();
  });

  it('narrows the list as you type, in Dutch and English, ignoring accents', async () => {
    const { page } = await open(exampleUrl);
    const search = page.locator('#lesson-search');
    for (const query of ['community', 'budget content', 'coordinator', 'trainees hyves']) {
      await search.fill(query);
      const terms = foldText(query).split(/\s+/);
      const expected = example.lessons.filter((lesson) => {
        const text = foldText(
          [
            lesson.finding,
            lesson.recommendation,
            lesson.evidence,
            lesson.goal?.question,
            lesson.campaign.title,
            lesson.campaign.id,
            ...lesson.channels,
            ...lesson.audiences,
            ...lesson.tags,
          ].join(' '),
        );
        return terms.every((term) => text.includes(term));
      });
      expect(expected.length, query).toBeGreaterThan(0);
      expect(expected.length, query).toBeLessThan(example.lessons.length);
      expect(await visibleKeys(page), query).toEqual(keysOf(expected));
      await expect
        .poll(() => page.locator('#lesson-count').innerText())
        .toBe(`Showing ${expected.length} of ${example.lessons.length} lessons`);
    }
    await search.fill('coordinator');
    expect((await page.locator('#lesson-list > li:not([hidden])').allInnerTexts()).join(' ')).toContain(
      'coördinator',
    );
    await search.fill('zzzz-no-such-word');
    await expect.poll(() => page.locator('#no-lessons').isVisible()).toBe(true);
    await page.close();
  });

  it('narrows the list correctly with each filter', async () => {
    const { page } = await open(exampleUrl);
    const has: Record<string, (lesson: ReportLesson, value: string) => boolean> = {
      channel: (lesson, value) => lesson.channels.includes(value),
      audience: (lesson, value) => lesson.audiences.includes(value),
      tag: (lesson, value) => lesson.tags.includes(value),
      year: (lesson, value) => String(lesson.year) === value,
      level: (lesson, value) => lesson.level === value,
      outcome: (lesson, value) => (lesson.outcome ?? 'unstated') === value,
    };
    for (const [facet, matches] of Object.entries(has)) {
      const select = page.locator(`#filter-${facet}`);
      const values = (
        await select
          .locator('option')
          .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))
      ).filter(Boolean);
      expect(values.length, facet).toBeGreaterThan(1);
      for (const value of values) {
        await select.selectOption(value);
        const expected = example.lessons.filter((lesson) => matches(lesson, value));
        expect(expected.length, `${facet}=${value}`).toBeGreaterThan(0);
        expect(await visibleKeys(page), `${facet}=${value}`).toEqual(keysOf(expected));
      }
      await select.selectOption('');
    }
    // Filters combine with each other and with the search.
    await page.locator('#filter-level').selectOption('fundamental');
    await page.locator('#filter-outcome').selectOption('refuted');
    await page.locator('#lesson-search').fill('community');
    const combined = example.lessons.filter(
      (lesson) =>
        lesson.level === 'fundamental' &&
        lesson.outcome === 'refuted' &&
        foldText(
          [
            lesson.finding,
            lesson.recommendation,
            lesson.evidence,
            lesson.goal?.question,
            lesson.campaign.title,
            lesson.campaign.id,
            ...lesson.channels,
            ...lesson.audiences,
            ...lesson.tags,
          ].join(' '),
        ).includes('community'),
    );
    expect(await visibleKeys(page)).toEqual(keysOf(combined));
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect.poll(() => visibleKeys(page)).toEqual(keysOf(example.lessons));
    await page.close();
  });

  it("shows a campaign's panel with its goals, conclusions, retention and related lessons", async () => {
    const { page, errors } = await open(exampleUrl);
    const item = example.campaigns.find(
      (candidate) => candidate.campaign.id === '2010-03-hyves-trainee-community',
    )!;
    await page.locator(`#lesson-list a[href="#campaign-${item.campaign.id}"]`).first().click();
    const panel = page.locator(`#campaign-${item.campaign.id}`);
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await page.locator('#overview').isVisible()).toBe(false);
    const text = await panel.innerText();
    expect(text).toContain(item.campaign.title);
    for (const goal of item.campaign.learning_goals) expect(text).toContain(goal.question);
    expect(item.lessons.length).toBeGreaterThan(0);
    for (const lesson of item.lessons) expect(text).toContain(lesson.finding);
    expect(text).toContain(item.campaign.retention.owner);
    expect(text).toContain(item.campaign.retention.plan);
    expect(await panel.locator('.related-item').count()).toBeGreaterThan(0);
    expect(await page.title()).toContain(item.campaign.title);
    // Back to the list, where the reader was.
    await panel.getByRole('link', { name: '← All lessons' }).click();
    await expect.poll(() => page.locator('#overview').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the campaigns awaiting conclusions with their owners', async () => {
    const { page } = await open(exampleUrl);
    const items = page.locator('.awaiting-item');
    expect(example.awaiting.length).toBeGreaterThan(0);
    expect(await items.count()).toBe(example.awaiting.length);
    for (const [index, awaiting] of example.awaiting.entries()) {
      const text = await items.nth(index).innerText();
      expect(text).toContain(awaiting.title);
      expect(text).toContain(awaiting.owner);
    }
    await page.close();
  });

  it('is usable by keyboard, with visible focus', async () => {
    const { page } = await open(exampleUrl);
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return {
          id: element?.id ?? '',
          href: element?.getAttribute('href') ?? '',
          outline: element ? getComputedStyle(element).outlineStyle : 'none',
        };
      });
    let reachedSearch = false;
    for (let presses = 0; presses < 40 && !reachedSearch; presses += 1) {
      await page.keyboard.press('Tab');
      const now = await focused();
      if (presses === 0) {
        expect(now.href).toBe('#lessons');
        expect(now.outline).not.toBe('none');
      }
      reachedSearch = now.id === 'lesson-search';
    }
    expect(reachedSearch).toBe(true);

    let opener = '';
    for (let presses = 0; presses < 200 && !opener; presses += 1) {
      await page.keyboard.press('Tab');
      const now = await focused();
      if (now.href.startsWith('#campaign-')) {
        expect(now.outline).not.toBe('none');
        opener = now.href;
      }
    }
    expect(opener).not.toBe('');
    await page.keyboard.press('Enter');
    const id = opener.slice(1);
    await expect.poll(async () => (await focused()).id).toBe(`${id}-title`);
    expect(await page.locator(`#${id}`).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focused()).href).toBe(opener);
    expect(await page.locator(`#${id}`).isVisible()).toBe(false);

    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    await expect.poll(async () => (await focused()).id).toBe('lesson-search');
    await page.close();
  });

  it('has labels and landmarks', async () => {
    const { page } = await open(exampleUrl);
    expect(await page.locator('header.site-header').count()).toBe(1);
    expect(await page.locator('main').count()).toBe(1);
    expect(await page.locator('nav[aria-label]').count()).toBe(1);
    expect(await page.getByRole('search').count()).toBe(1);
    for (const control of await page.locator('input, select').all()) {
      const id = await control.getAttribute('id');
      expect(await page.locator(`label[for="${id}"]`).count(), String(id)).toBe(1);
    }
    await page.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const { page } = await open(exampleUrl, { width: 375, height: 740 });
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(repo, 'test-output', 'report-phone.png') });
    await page.goto(`${exampleUrl}#campaign-2010-03-hyves-trainee-community`);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('hostile campaign text', () => {
  it('stays text: no dialog, no injected element, no request', async () => {
    const { page, requests, errors, dialogs } = await open(hostileUrl);
    await page.goto(`${hostileUrl}#campaign-2015-01-hostile`);
    await page.locator('#campaign-2015-01-hostile').getByText('click').first().isVisible();
    await page.goto(`${hostileUrl}#lessons`);
    await page.locator('#lesson-search').fill('alert');

    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    const injected = await page.evaluate(() => ({
      scripts: document.scripts.length,
      elements: document.querySelectorAll(
        'img, iframe, svg[onload], [onerror], [onload], a[href^="javascript:"]',
      ).length,
    }));
    expect(injected).toEqual({ scripts: 2, elements: 0 });

    const title = await page.locator('#campaign-2015-01-hostile').getAttribute('data-title');
    expect(title).toBe(`Hostile ${HOSTILE_TEXT}`);
    const lesson = await page.locator('#lesson-list > li').first().innerText();
    expect(lesson).toContain(`Finding ${HOSTILE_TEXT}`);
    expect(lesson).toContain(`<a href="javascript:alert('link')">click</a>`);
    // Mentions are text, not links to anyone: every link stays inside the page.
    expect(await page.locator('a:not([href^="#"])').count()).toBe(0);
    await page.close();
  });
});
