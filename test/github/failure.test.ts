// GitHub's refusals told apart by status, headers and documented wording: only a real permission
// refusal becomes the "missing permission" sentence (issue 8, item 9).
import { describe, expect, it } from 'vitest';
import { classifyFailure, describeFailure } from '../../src/github/failure.js';
import { PermissionError } from '../../src/github/port.js';

function failure(status: number, message: string, headers: Record<string, string> = {}) {
  return Object.assign(new Error(message), { status, response: { headers, data: { message } } });
}

describe('classifyFailure', () => {
  it.each([
    ['a read-only token', failure(403, 'Resource not accessible by integration'), { kind: 'permission' }],
    [
      'a fine-grained token',
      failure(403, 'Resource not accessible by personal access token'),
      { kind: 'permission' },
    ],
    ['an admin-only endpoint', failure(403, 'Must have admin rights to Repository.'), { kind: 'permission' }],
    [
      'the secondary rate limit',
      failure(403, 'You have exceeded a secondary rate limit.', { 'retry-after': '30' }),
      { kind: 'secondary-rate-limit', retryAfter: 30 },
    ],
    [
      'GitHub Enterprise Server’s abuse detection, without retry-after',
      failure(403, 'You have triggered an abuse detection mechanism. Please wait a few minutes.'),
      { kind: 'secondary-rate-limit', retryAfter: 60 },
    ],
    [
      'any 403 with retry-after',
      failure(403, 'Slow down', { 'retry-after': '5' }),
      { kind: 'secondary-rate-limit', retryAfter: 5 },
    ],
    ['a 429 without words', failure(429, ''), { kind: 'secondary-rate-limit', retryAfter: 60 }],
    [
      'the primary rate limit as a 403',
      failure(403, 'API rate limit exceeded for installation ID 1.', {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': '1800000000',
      }),
      { kind: 'rate-limit', resetAt: 1_800_000_000_000 },
    ],
    ['an archived repository', failure(403, 'Repository was archived so is read-only.'), { kind: 'other' }],
    [
      'SAML enforcement',
      failure(
        403,
        'Resource protected by organization SAML enforcement. You must grant your Personal Access token access.',
      ),
      { kind: 'other' },
    ],
    ['a lost answer (no status from the server)', failure(500, 'other side closed'), { kind: 'transient' }],
    ['a 502', failure(502, 'Bad Gateway'), { kind: 'transient' }],
    ['a 422', failure(422, 'Validation Failed'), { kind: 'other' }],
  ])('%s', (_name, error, expected) => {
    expect(classifyFailure(error)).toEqual(expected);
  });
});

describe('describeFailure', () => {
  it('names the permission only for a permission refusal', () => {
    const refused = describeFailure(
      failure(403, 'Resource not accessible by integration'),
      'open an issue',
      'issues: write',
    );
    expect(refused).toBeInstanceOf(PermissionError);
    expect(refused.message).toContain('grant `issues: write`');
    const archived = describeFailure(
      failure(403, 'Repository was archived so is read-only.'),
      'open an issue',
      'issues: write',
    );
    expect(archived).not.toBeInstanceOf(PermissionError);
    expect(archived.message).toBe(
      'GitHub refused to open an issue (HTTP 403): Repository was archived so is read-only.',
    );
  });
});
