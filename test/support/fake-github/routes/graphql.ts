// GraphQL: only `viewer { login }`, refused to installation tokens as on GitHub.
import type { Result } from '../http.js';
import type { TokenSpec } from '../types.js';

export function graphql(input: Record<string, unknown>, token: TokenSpec): Result {
  const query = typeof input.query === 'string' ? input.query : '';
  if (!/\bviewer\s*\{\s*login\s*\}/.test(query)) {
    return {
      status: 200,
      body: { errors: [{ message: `The fake GitHub knows only viewer { login }: ${query}` }] },
    };
  }
  if (!token.viewer) {
    return {
      status: 200,
      body: {
        data: null,
        errors: [
          {
            type: 'FORBIDDEN',
            path: ['viewer'],
            locations: [{ line: 1, column: 9 }],
            message: 'Resource not accessible by integration',
          },
        ],
      },
    };
  }
  return { status: 200, body: { data: { viewer: { login: token.login } } } };
}
