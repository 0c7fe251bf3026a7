// `lessons check` in text: who owns each campaign awaiting conclusions, why, since when, and
// what to do about it, for the reasons present.
import { describe, expect, it } from 'vitest';
import { renderAwaitingText } from '../../../src/core/render/awaiting-text.js';
import type { Awaiting } from '../../../src/core/types.js';

const context = { today: '2026-11-27', graceDays: 14 };
const item = (id: string, reason: Awaiting['reason']): Awaiting => ({
  id,
  file: `lessons/${id}.yaml`,
  owner: '@kjanssen',
  reason,
  since: '2025-07-06',
});

describe('renderAwaitingText', () => {
  it('says all clear with the date and grace when nothing awaits', () => {
    expect(renderAwaitingText([], context)).toBe(
      '✔ No campaign awaits conclusions (today 2026-11-27, 14 days grace).\n',
    );
  });

  it('lists each campaign with why, since when, its owner and file', () => {
    const text = renderAwaitingText([item('a', 'closed-without-conclusions')], context);
    expect(text).toContain('1 campaign awaits conclusions (today 2026-11-27, 14 days grace):');
    expect(text).toContain(
      '  a  finished without conclusions since 2025-07-06  owner @kjanssen\n    lessons/a.yaml',
    );
  });

  it('says what to do only for the reasons present', () => {
    const closed = renderAwaitingText([item('a', 'closed-without-conclusions')], context);
    expect(closed).toContain('Add conclusions to each file');
    expect(closed).not.toContain('status: closed');
    expect(closed).not.toContain('add a review');

    const ended = renderAwaitingText([item('b', 'ended-without-conclusions')], context);
    expect(ended).toContain('Add conclusions to each file');
    expect(ended).toContain('also set status: closed');

    const review = renderAwaitingText([item('c', 'review-overdue')], context);
    expect(review).not.toContain('Add conclusions to each file');
    expect(review).toContain('add a review (date, summary, conclusions) under reviews');
  });
});
