// GitHub's ways of answering that every resource shares: errors with its JSON shapes, pagination
// with Link headers, and the checks of request bodies that end in a 422.
import type { Shapes } from './shapes.js';
import type { FakeState } from './state.js';
import type { TokenSpec } from './types.js';

export const DOCS = 'https://docs.github.com/rest';
/** The id the fake repository has: GitHub writes next links on /repositories/<id>/…. */
export const REPO_ID = 4242;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

export interface Result {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** What a route gets: the request, the token's identity, the state and the URL helpers. */
export interface RouteContext {
  method: string;
  url: URL;
  /** The parsed JSON body ({} when there was none). */
  input: Record<string, unknown>;
  token: TokenSpec;
  state: FakeState;
  shapes: Shapes;
  /** REST base URL (with /api/v3 on Enterprise Server). */
  base: string;
  /** `${base}/repos/owner/repo` */
  repoUrl: string;
}

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Matches the path after /repos/{owner}/{repo} (or the whole path when `global`). */
  path: RegExp;
  global?: boolean;
  handle(context: RouteContext, match: RegExpExecArray): Result;
}

export function notFound(): HttpError {
  return new HttpError(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
}

export function validationFailed(
  errors: Record<string, unknown>[],
  message = 'Validation Failed',
): HttpError {
  return new HttpError(422, { message, errors, documentation_url: DOCS, status: '422' });
}

// The JSON-schema refusal GitHub sends for a body of the wrong shape, before any other check.
function invalidRequest(detail: string): HttpError {
  return new HttpError(422, {
    message: `Invalid request.\n\n${detail}`,
    documentation_url: DOCS,
    status: '422',
  });
}

type FieldType = 'string' | 'string?' | 'string|null' | 'string[]' | 'boolean';

/**
 * Checks a request body as GitHub's schema does: required fields present, known fields of the
 * right type. Unknown fields are ignored, as GitHub does.
 */
export function checkBody(input: Record<string, unknown>, fields: Record<string, FieldType>): void {
  for (const [name, type] of Object.entries(fields)) {
    const value = input[name];
    if (value === undefined) {
      if (type === 'string') throw invalidRequest(`"${name}" wasn't supplied.`);
      continue;
    }
    const ok =
      type === 'string[]'
        ? Array.isArray(value) && value.every((item) => typeof item === 'string')
        : type === 'boolean'
          ? typeof value === 'boolean'
          : typeof value === 'string' || (type === 'string|null' && value === null);
    if (!ok) {
      const shown = JSON.stringify(value);
      const expected =
        type === 'string[]' ? 'an array of strings' : type === 'boolean' ? 'a boolean' : 'a string';
      throw invalidRequest(`For 'properties/${name}', ${shown} is not ${expected}.`);
    }
  }
}

/** GitHub refuses issue and comment bodies over 65,536 characters. */
export function checkBodyLength(text: unknown, resource: string): void {
  if (typeof text === 'string' && text.length > 65_536) {
    throw validationFailed([
      { resource, code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' },
    ]);
  }
}

export function refuseReadOnly(context: RouteContext): void {
  if (!context.token.write) {
    throw new HttpError(403, {
      message: 'Resource not accessible by integration',
      documentation_url: `${DOCS}/issues`,
      status: '403',
    });
  }
}

// GitHub's pagination: per_page (30 by default, at most 100), page from 1, and a Link header with
// next/last (and prev/first) built on the URL that was asked for.
export function page(context: RouteContext, items: readonly unknown[], cap = Infinity): Result {
  const { url } = context;
  const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
  const number = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
  const all = items.slice(0, cap);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const repoPath = new URL(context.repoUrl).pathname;
  const link = (p: number, rel: string) => {
    const target = new URL(url.href);
    target.searchParams.set('page', String(p));
    // GitHub writes next links on /repositories/<id>/…: clients must follow them as given.
    target.pathname = target.pathname.replace(
      `${repoPath}/`,
      repoPath.replace(/\/repos\/.*$/, `/repositories/${REPO_ID}/`),
    );
    return `<${target.href}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (number > 1) links.push(link(number - 1, 'prev'), link(1, 'first'));
  if (number < last) links.push(link(number + 1, 'next'), link(last, 'last'));
  return {
    status: 200,
    body: all.slice((number - 1) * perPage, number * perPage),
    headers: links.length ? { link: links.join(', ') } : {},
  };
}
