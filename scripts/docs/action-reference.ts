// docs/action.md, made from action.yml: its inputs, outputs and runtime.
import { code, generatedFrom, table } from './markdown.js';

interface ActionMetadata {
  name: string;
  description: string;
  inputs?: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

export function renderActionReference(action: ActionMetadata): string {
  const inputs = Object.entries(action.inputs ?? {});
  const example = [
    '      - uses: campaign-lessons/campaign-lessons@v1',
    '        with:',
    '          root: lessons',
  ];
  return [
    '# The GitHub Action',
    '',
    generatedFrom('action.yml'),
    '',
    action.description.trim(),
    '',
    '```yaml',
    'steps:',
    '  - uses: actions/checkout@v5',
    ...example.map((line) => line.slice(4)),
    '```',
    '',
    '`lessons init` writes a complete workflow (`.github/workflows/lessons.yml`) with both jobs, least permissions and a dry run to start: see [getting started](getting-started.md). Pin the major tag (`@v1`): it moves to every compatible release.',
    '',
    '## Inputs',
    '',
    ...table(
      ['input', 'default', 'meaning'],
      inputs.map(([name, input]) => [
        code(name),
        input.default === undefined ? '' : code(String(input.default)),
        input.description.trim(),
      ]),
    ),
    '',
    "A bad value fails the step with the input’s name, such as ``Invalid input 'grace-days': expected a whole number, got 'ten'``.",
    '',
    '## Outputs',
    '',
    ...table(
      ['output', 'meaning'],
      Object.entries(action.outputs ?? {}).map(([name, output]) => [code(name), output.description.trim()]),
    ),
    '',
    '## Runtime',
    '',
    `The Action runs \`${action.runs.main}\` on \`${action.runs.using}\`: one bundled file, nothing installed at run time. It reads the API addresses from the runner, so GitHub Enterprise Server works as well.`,
    '',
  ].join('\n');
}
