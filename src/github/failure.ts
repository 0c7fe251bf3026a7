// Turns GitHub's refusals into sentences a workflow author can act on: a 403 names the permission
// the workflow must grant, anything else says what was being done.
import { PermissionError } from './port.js';

interface HttpFailure {
  status?: number;
  message?: string;
}

export function statusOf(error: unknown): number | undefined {
  const status = (error as HttpFailure | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** True for a 403 that is about permissions, not one of GitHub's rate limits (those are retried). */
export function isPermissionRefusal(error: unknown): boolean {
  const message = (error as HttpFailure | null)?.message ?? '';
  return statusOf(error) === 403 && !/rate limit/i.test(message);
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
  return new Error(`Could not ${action}${status ? ` (HTTP ${status})` : ''}: ${message}`, { cause: error });
}
