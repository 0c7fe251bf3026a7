// The run's context from the runner's environment, and the mode each event takes.
import { describe, expect, it } from 'vitest';
import { readContext, resolveMode } from '../../src/action/context.js';
import { pullRequestPayload, pushPayload } from '../support/action-harness.js';

const env = {
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: '/runner/event.json',
  GITHUB_SHA: 'abc1234',
  GITHUB_REF: 'refs/pull/7/merge',
  GITHUB_REPOSITORY: 'acme/careers',
  GITHUB_WORKSPACE: '/runner/work/careers',
  GITHUB_SERVER_URL: 'https://ghes.example',
  GITHUB_API_URL: 'https://ghes.example/api/v3',
  GITHUB_GRAPHQL_URL: 'https://ghes.example/api/graphql',
  RUNNER_TEMP: '/runner/temp',
  GITHUB_ACTION: '__acme_lessons',
};

describe('readContext', () => {
  it('reads the pull request from a real webhook payload, and the endpoints of GitHub Enterprise Server', () => {
    const context = readContext(env, () => JSON.stringify(pullRequestPayload(7, 'head123')));
    expect(context).toEqual({
      eventName: 'pull_request',
      owner: 'acme',
      repo: 'careers',
      sha: 'abc1234',
      ref: 'refs/pull/7/merge',
      branch: null,
      defaultBranch: 'main',
      workspace: '/runner/work/careers',
      serverUrl: 'https://ghes.example',
      apiUrl: 'https://ghes.example/api/v3',
      graphqlUrl: 'https://ghes.example/api/graphql',
      runnerTemp: '/runner/temp',
      stepId: '__acme_lessons',
      runId: null,
      pull: {
        number: 7,
        headSha: 'head123',
        baseSha: expect.stringMatching(/^[0-9a-f]{40}$/),
        changedFiles: expect.any(Number),
        baseRef: 'main',
        headRef: 'changes',
        headRepo: 'acme/careers',
      },
    });
  });

  it('reads the branch of a push, and defaults to github.com', () => {
    const { GITHUB_SERVER_URL: _s, GITHUB_API_URL: _a, GITHUB_GRAPHQL_URL: _g, ...rest } = env;
    const context = readContext({ ...rest, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' }, () =>
      JSON.stringify(pushPayload()),
    );
    expect(context).toMatchObject({
      branch: 'main',
      pull: null,
      apiUrl: 'https://api.github.com',
      graphqlUrl: 'https://api.github.com/graphql',
      serverUrl: 'https://github.com',
    });
  });

  it('derives GraphQL’s address on GitHub Enterprise Server when GITHUB_GRAPHQL_URL is unset', () => {
    const { GITHUB_GRAPHQL_URL: _g, ...rest } = env;
    const context = readContext({ ...rest, GITHUB_API_URL: 'https://ghes.example/api/v3/' }, () =>
      JSON.stringify(pushPayload()),
    );
    expect(context).toMatchObject({
      apiUrl: 'https://ghes.example/api/v3',
      graphqlUrl: 'https://ghes.example/api/graphql',
    });
  });

  it('says what is missing outside a runner', () => {
    expect(() => readContext({ ...env, GITHUB_REPOSITORY: '' }, () => '{}')).toThrow(
      'GITHUB_REPOSITORY is not set',
    );
    expect(() => readContext(env, () => '{not json')).toThrow(
      'Could not read the event payload /runner/event.json',
    );
  });
});

describe('resolveMode', () => {
  it.each([
    ['pull_request', 'review'],
    ['pull_request_target', 'review'],
    ['push', 'audit'],
    ['schedule', 'audit'],
    ['workflow_dispatch', 'audit'],
  ])('auto on %s is %s', (event, mode) => {
    expect(resolveMode('auto', event)).toBe(mode);
  });

  it('follows an explicit mode, and asks for one on other events', () => {
    expect(resolveMode('audit', 'pull_request')).toBe('audit');
    expect(() => resolveMode('auto', 'issues')).toThrow('set mode to review or audit');
  });
});
