// The rules that need every file of the root — unique ids, considered campaigns that exist —
// and the warnings, which only valid campaigns get.
import { describe, expect, it } from 'vitest';
import { parseCampaignFile } from '../../../src/core/parse/parse-file.js';
import type { Problem } from '../../../src/core/types.js';
import { checkKnowledgeBase, compareProblems } from '../../../src/core/validate/knowledge-base.js';
import { campaignYaml } from '../make-campaign.js';

const TODAY = '2026-11-26';
const parse = (file: string, text: string) => parseCampaignFile(file, text);
const summary = (problems: Problem[]) => problems.map((p) => [p.file, p.rule, p.line, p.column, p.severity]);

describe('checkKnowledgeBase', () => {
  it('reports a shared id in every file that uses it, naming the others', () => {
    const files = [
      parse('lessons/a/same.yaml', campaignYaml('same')),
      parse('lessons/b/same.yml', campaignYaml('same')),
      parse('lessons/c/same.yaml', campaignYaml('same')),
      parse('lessons/other.yaml', campaignYaml('other')),
    ];
    const kb = checkKnowledgeBase(files, { today: TODAY });
    expect(summary(kb.problems)).toEqual([
      ['lessons/a/same.yaml', 'unique-id', 1, 5, 'error'],
      ['lessons/b/same.yml', 'unique-id', 1, 5, 'error'],
      ['lessons/c/same.yaml', 'unique-id', 1, 5, 'error'],
    ]);
    expect(kb.problems[0]?.message).toBe(
      'The id "same" is also used by lessons/b/same.yml, lessons/c/same.yaml. Every campaign needs its own id.',
    );
    expect(kb.entries.map((e) => e.file)).toEqual(['lessons/other.yaml']);
  });

  it('counts ids of files with other errors too', () => {
    const files = [
      parse('lessons/x/same.yaml', campaignYaml('same', 'oops: 1')),
      parse('lessons/same.yaml', campaignYaml('same')),
    ];
    expect(summary(checkKnowledgeBase(files, { today: TODAY }).problems)).toEqual([
      ['lessons/same.yaml', 'unique-id', 1, 5, 'error'],
      ['lessons/x/same.yaml', 'unique-id', 1, 5, 'error'],
      ['lessons/x/same.yaml', 'schema', 13, 1, 'error'],
    ]);
  });

  it('warns about a considered id that no file has, at the item', () => {
    const files = [
      parse('lessons/new.yaml', campaignYaml('new', 'considered:', '  - old', '  - olt', '  - broken')),
      parse('lessons/old.yaml', campaignYaml('old')),
      parse('lessons/broken.yaml', campaignYaml('broken', 'oops: 1')),
    ];
    const kb = checkKnowledgeBase(files, { today: TODAY });
    expect(summary(kb.problems)).toEqual([
      ['lessons/broken.yaml', 'schema', 13, 1, 'error'],
      ['lessons/new.yaml', 'unknown-considered', 15, 5, 'warning'],
    ]);
    expect(kb.problems[1]?.message).toContain('"olt"');
  });

  it('gives warnings only to campaigns without errors', () => {
    const closed = (id: string, ...extra: string[]) =>
      campaignYaml(id, ...extra).replace('status: running', 'status: closed');
    const files = [
      parse('lessons/fine.yaml', closed('fine')),
      parse('lessons/broken.yaml', closed('broken', 'oops: 1')),
    ];
    const kb = checkKnowledgeBase(files, { today: TODAY });
    expect(summary(kb.problems)).toEqual([
      ['lessons/broken.yaml', 'schema', 13, 1, 'error'],
      ['lessons/fine.yaml', 'missing-conclusions', 3, 1, 'warning'],
    ]);
    expect(kb.entries.map((e) => e.campaign.id)).toEqual(['fine']);
  });

  it('uses 14 days of grace unless told otherwise', () => {
    const ended = campaignYaml('ended').replace('end: 2026-12-31', 'end: 2026-11-11');
    const files = [parse('lessons/ended.yaml', ended)];
    expect(checkKnowledgeBase(files, { today: TODAY }).problems.map((p) => p.rule)).toEqual([
      'ended-without-conclusions',
    ]);
    expect(checkKnowledgeBase(files, { today: TODAY, graceDays: 15 }).problems).toEqual([]);
    expect(checkKnowledgeBase(files, { today: '2026-11-12', graceDays: 0 }).problems).toHaveLength(1);
  });

  it('merges the problems found while reading and sorts everything by file and position', () => {
    const extra: Problem = {
      file: 'lessons/a-link.yaml',
      line: 1,
      column: 1,
      severity: 'warning',
      rule: 'skipped-link',
      message: 'This is a link.',
    };
    const files = [
      parse('lessons/z.yaml', 'id: z\nstatus: nope\n'),
      parse('lessons/b.yaml', campaignYaml('b', 'x-ok: 1', 'nope: 1')),
    ];
    const kb = checkKnowledgeBase(files, { today: TODAY, extraProblems: [extra] });
    const order = kb.problems.map((p) => `${p.file}:${p.line}:${p.column}`);
    expect(order[0]).toBe('lessons/a-link.yaml:1:1');
    expect(order[1]).toBe('lessons/b.yaml:14:1');
    expect([...kb.problems].sort(compareProblems)).toEqual(kb.problems);
    expect(kb.files).toBe(files);
  });
});

describe('compareProblems', () => {
  const p = (file: string, line: number, column: number, rule: string): Problem => ({
    file,
    line,
    column,
    rule,
    severity: 'error',
    message: '',
  });

  it('orders by file, line, column, then rule', () => {
    const list = [
      p('b', 1, 1, 'a'),
      p('a', 2, 1, 'a'),
      p('a', 1, 5, 'a'),
      p('a', 1, 5, 'x'),
      p('a', 1, 2, 'z'),
      p('a', 10, 1, 'a'),
    ];
    expect(list.sort(compareProblems).map((x) => `${x.file}${x.line}.${x.column}${x.rule}`)).toEqual([
      'a1.2z',
      'a1.5a',
      'a1.5x',
      'a2.1a',
      'a10.1a',
      'b1.1a',
    ]);
  });
});
