// Entry point of the bundled Action (dist/index.js): builds the real dependencies and runs.
import * as core from '@actions/core';
import { createOctokitPort } from '../github/octokit-port.js';
import { run } from './run.js';

await run({
  core,
  env: process.env,
  createGitHub: (config) => createOctokitPort({ ...config, log: { info: core.info, debug: core.debug } }),
  now: () => new Date(),
});
// The summary is written once, at the end; outside a runner there is no file to write it to.
if (process.env.GITHUB_STEP_SUMMARY) await core.summary.write();
