// The job summary stays within what GitHub shows, keeping what was done before the long tables.
import { describe, expect, it } from 'vitest';
import { renderAuditSummary } from '../../src/action/summary.js';
import type { Problem } from '../../src/core/types.js';

describe('renderAuditSummary', () => {
  it('cuts a knowledge base’s worth of problems, never what the run did', () => {
    const problems: Problem[] = Array.from({ length: 20_000 }, (_, i) => ({
      file: `lessons/campaign-${i}.yaml`,
      line: 4,
      column: 1,
      severity: 'warning',
      rule: 'missing-conclusions',
      message: 'This campaign is closed but has no conclusions. What did you learn?',
    }));
    const summary = renderAuditSummary({
      today: '2026-11-26',
      graceDays: 14,
      rows: [
        {
          id: 'a',
          title: 'Campaign | A',
          file: 'lessons/a.yaml',
          owner: '@kjanssen',
          reason: 'closed-without-conclusions',
          since: '2020-01-01',
          issue: 'opened #3',
        },
      ],
      closed: [{ number: 2, id: 'b', why: 'conclusions landed', status: 'done' }],
      problems,
      fileUrl: (file) => `https://github.com/acme/careers/blob/main/${file}`,
      hiddenAnnotations: 19_990,
      writes: [{ kind: 'open-issue', description: 'open an issue for a', status: 'done' }],
      notices: [],
    });
    expect(summary.length).toBeLessThanOrEqual(300_000);
    expect(summary).toContain(
      '| [Campaign &#124; A](https://github.com/acme/careers/blob/main/lessons/a.yaml) | @\u200dkjanssen |',
    );
    expect(summary).toContain('| #2 | b | conclusions landed | done |');
    expect(summary).toContain('| open an issue for a | done |');
    expect(summary).toContain('the file named by the `report` output has everything');
  });
});
