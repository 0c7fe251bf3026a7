// GitHub's REST answers turned into the port's own shapes: only what the Action reads.
import type { Issue, IssueComment } from './port.js';

interface RestUser {
  login: string;
  type?: string;
}

export function toComment(data: { id: number; body?: string | null; user: RestUser | null }): IssueComment {
  return {
    id: data.id,
    body: data.body ?? '',
    author: data.user?.login ?? '',
    authorIsBot: data.user?.type === 'Bot',
  };
}

export function toIssue(data: {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  state_reason?: string | null;
  closed_at?: string | null;
  user: RestUser | null;
  assignees?: RestUser[] | null;
  comments?: number;
  closed_by?: RestUser | null;
}): Issue {
  return {
    number: data.number,
    title: data.title,
    body: data.body ?? '',
    state: data.state === 'closed' ? 'closed' : 'open',
    stateReason: data.state_reason ?? null,
    closedAt: data.closed_at ?? null,
    author: data.user?.login ?? '',
    authorIsBot: data.user?.type === 'Bot',
    assignees: (data.assignees ?? []).map((user) => user.login),
    comments: data.comments ?? 0,
    // Absent from listings: undefined means "not known", null means "nobody known".
    closedBy: 'closed_by' in data ? (data.closed_by?.login ?? null) : undefined,
  };
}

export function validationCodes(error: unknown): string[] {
  const errors = (error as { response?: { data?: { errors?: unknown } } }).response?.data?.errors;
  return Array.isArray(errors) ? errors.map((item: { code?: string }) => item?.code ?? '') : [];
}

export function refusesAssignee(error: unknown, status: number | undefined): boolean {
  if (status !== 422) return false;
  const data = (error as { response?: { data?: { errors?: { field?: string }[]; message?: string } } })
    .response?.data;
  return (
    (data?.errors ?? []).some((item) => item?.field === 'assignees' || item?.field === 'assignee') ||
    /assign/i.test(data?.message ?? '')
  );
}

export function isForbidden(error: unknown, status: number | undefined): boolean {
  if (status === 403) return true;
  const errors = (error as { errors?: { type?: string; message?: string }[] }).errors ?? [];
  return errors.some(
    (item) => item.type === 'FORBIDDEN' || /not accessible by integration/i.test(item.message ?? ''),
  );
}
