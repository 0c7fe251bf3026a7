// The short README `lessons init` puts in the campaigns folder: what the folder is for and the
// few commands a team needs, for the people who open it on GitHub.
import { inlineText } from '../render/terminal-text.js';

export interface KnowledgeBaseReadmeOptions {
  /** The campaigns folder, relative to the repository root, with `/`. */
  root: string;
  /** The schema's path relative to the campaigns folder, when it lives there. */
  schema: string;
}

export function renderKnowledgeBaseReadme(options: KnowledgeBaseReadmeOptions): string {
  const root = inlineText(options.root).replaceAll('`', "'");
  const schema = inlineText(options.schema).replaceAll('`', "'");
  return `# Campaign lessons

Every campaign we run has a file in this folder: what we want to learn from it, who keeps the
knowledge, and — once it is over — what we concluded. Read the related lessons before you plan
the next campaign, and add your conclusions when yours ends.

## Start a campaign

\`\`\`sh
npx campaign-lessons new
\`\`\`

It asks for the title, the owner, the channels, what you want to learn and who keeps the
knowledge, writes \`${root}/<id>.yaml\`, and shows the lessons of related past campaigns. You
can also copy a file and edit it: editors with a YAML extension check it against
\`${schema}\` as you type.

## Look things up

| command | shows |
|---|---|
| \`npx campaign-lessons validate\` | every problem in the files, with its line |
| \`npx campaign-lessons check\` | the campaigns awaiting conclusions, with their owners |
| \`npx campaign-lessons related ${root}/<id>.yaml\` | the past lessons that matter for one campaign |
| \`npx campaign-lessons report\` | a browsable knowledge base in \`out/lessons/\` |

On GitHub, a pull request that touches this folder gets the related lessons as a comment, and
a campaign that ends without conclusions gets an issue for its owner
(\`.github/workflows/lessons.yml\`).

\`${schema}\` describes the campaign format; \`npx campaign-lessons init --upgrade\`
refreshes it. \`npx campaign-lessons help\` lists every command.
`;
}
