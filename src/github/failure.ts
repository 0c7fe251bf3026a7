// Tells GitHub's refusals apart and turns them into sentences a workflow author can act on. A 403
// is a rate limit when its headers or GitHub's documented wording say so (`retry-after`,
// `x-ratelimit-remaining: 0`, "secondary rate limit", GitHub Enterprise Server's "abuse
// detection"), a missing permission only when GitHub says the token may not, and otherwise
// GitHub's own message (an archived repository, SAML enforcement, an IP allow list).
import { PermissionError } from './port.js';

interface HttpFailure {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

export type Failure =
  /** The primary rate limit is used up until `resetAt` (ms since the epoch). */
  | { kind: 'rate-limit'; resetAt: number | null }
  /** A secondary rate limit: try again after `retryAfter` seconds. */
  | { kind: 'secondary-rate-limit'; retryAfter: number }
  | { kind: 'permission' }
  /** No answer, or a 5xx: a write may or may not have taken effect. */
  | { kind: 'transient' }
  | { kind: 'other' };

// GitHub: "If you receive a secondary rate limit error ... wait for at least one minute."
export const SECONDARY_FALLBACK_SECONDS = 60;

// The wordings of a token that lacks a permission: installation and fine-grained tokens, admin-only
// endpoints, and a push/write access refusal.
const PERMISSION =
  /not accessible by (integration|personal access token)|must have (admin|push|write) (rights|access)|write access to repository not granted|permission to/i;
const RATE_LIMIT_WORDING = /secondary rate limit|abuse detection|rate limit/i;

export function statusOf(error: unknown): number | undefined {
  const status = (error as HttpFailure | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function messageOf(error: unknown): string {
  const failure = error as HttpFailure | null;
  const data = failure?.response?.data as { message?: unknown } | undefined;
  return [failure?.message, typeof data?.message === 'string' ? data.message : ''].filter(Boolean).join(' ');
}

export function classifyFailure(error: unknown): Failure {
  const status = statusOf(error);
  const headers = (error as HttpFailure | null)?.response?.headers ?? {};
  if (status === 403 || status === 429) {
    if (headers['x-ratelimit-remaining'] === '0') {
      const reset = Number(headers['x-ratelimit-reset']);
      return { kind: 'rate-limit', resetAt: Number.isFinite(reset) && reset > 0 ? reset * 1000 : null };
    }
    const retryAfter = Number(headers['retry-after']);
    if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter)) {
      return { kind: 'secondary-rate-limit', retryAfter: Math.max(0, retryAfter) };
    }
    if (status === 429 || RATE_LIMIT_WORDING.test(messageOf(error))) {
      return { kind: 'secondary-rate-limit', retryAfter: SECONDARY_FALLBACK_SECONDS };
    }
    return PERMISSION.test(messageOf(error)) ? { kind: 'permission' } : { kind: 'other' };
  }
  // Octokit reports a request that got no answer (a dropped connection) as status 500.
  if (status === undefined || status >= 500) return { kind: 'transient' };
  return { kind: 'other' };
}

/** True for a 403 that says the token lacks a permission: the one refusal a workflow change fixes. */
export function isPermissionRefusal(error: unknown): boolean {
  return classifyFailure(error).kind === 'permission';
}

/**
 * @param action what was being done, as a verb phrase ("comment on the pull request")
 * @param permission the workflow permission that allows it ("pull-requests: write")
 */
export function describeFailure(error: unknown, action: string, permission: string): Error {
  if (isPermissionRefusal(error)) {
    return new PermissionError(
      permission,
      `The token may not ${action}: grant \`${permission}\` in the workflow's \`permissions\`. ` +
        'A pull request from a fork always gets a read-only token.',
    );
  }
  const status = statusOf(error);
  const message = (error as HttpFailure | null)?.message ?? String(error);
  const refused = status === 403 ? 'GitHub refused to' : 'Could not';
  return new Error(`${refused} ${action}${status ? ` (HTTP ${status})` : ''}: ${message}`, { cause: error });
}
