// The workflow `lessons init` writes: a review of every pull request that touches the root and a
// daily audit, each job with only the permission it writes with, one switch for a dry run that
// starts on, a concurrency group, a timeout, and the Action pinned to its major tag.
import { stringify } from 'yaml';
import { inlineText } from '../render/terminal-text.js';

/** The Action as `uses:` names it: the major tag moves with every compatible release. */
export const ACTION_REF = 'campaign-lessons/campaign-lessons@v1';

export interface WorkflowOptions {
  /** The campaigns folder, relative to the repository root, with `/`. */
  root: string;
}

export function renderLessonsWorkflow(options: WorkflowOptions): string {
  const root = stringify(options.root, { lineWidth: 0 }).trimEnd();
  const paths = stringify(`${options.root}/**`, {
    lineWidth: 0,
    defaultStringType: 'QUOTE_SINGLE',
  }).trimEnd();
  return `# Lessons learned, checked on GitHub. Written by \`lessons init\`: yours to edit, init never
# overwrites it.
# - review: a pull request that touches ${inlineText(options.root)}/ gets its campaign files checked and one
#   comment with the related lessons of past campaigns.
# - audit: every morning (and on demand, from the Actions tab) each campaign that ended without
#   conclusions gets one issue, assigned to its owner; it closes when the conclusions land.
name: Lessons

on:
  pull_request:
    paths:
      - ${paths}
  schedule:
    - cron: '17 6 * * *'
  workflow_dispatch:

env:
  # Starts as a dry run: each run's summary (Actions tab) shows the comment and the issues it
  # would write, and nothing is written. Set this to false once that looks right.
  DRY_RUN: true

# Nothing by default: each job asks for the one permission it writes with.
permissions: {}

concurrency:
  # One review per pull request (a new push cancels the old one); audits queue, never overlap.
  group: lessons-\${{ github.event.pull_request.number || 'audit' }}
  cancel-in-progress: \${{ github.event_name == 'pull_request' }}

jobs:
  review:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    timeout-minutes: 10
    permissions:
      contents: read
      pull-requests: write # the one comment with related lessons
    steps:
      - uses: actions/checkout@v5
      - uses: ${ACTION_REF}
        with:
          mode: review
          root: ${root}
          dry-run: \${{ env.DRY_RUN }}

  audit:
    if: github.event_name != 'pull_request'
    runs-on: ubuntu-latest
    timeout-minutes: 20
    permissions:
      contents: read
      issues: write # one issue per campaign awaiting conclusions
    steps:
      - uses: actions/checkout@v5
      - uses: ${ACTION_REF}
        with:
          mode: audit
          root: ${root}
          dry-run: \${{ env.DRY_RUN }}
`;
}
