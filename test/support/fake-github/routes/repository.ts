// The repository itself, for what an event payload may leave out (its default branch).
import type { Route } from '../http.js';

export const repositoryRoutes: Route[] = [
  {
    method: 'GET',
    path: /^$/,
    handle(context) {
      const { owner, repo, defaultBranch = 'main' } = context.state.options;
      return {
        status: 200,
        body: {
          id: 4242,
          name: repo,
          full_name: `${owner}/${repo}`,
          owner: { login: owner },
          private: false,
          archived: false,
          default_branch: defaultBranch,
          url: context.repoUrl,
        },
      };
    },
  },
];
