// What `lessons init` sets up, as a list of files: each says where it goes, what it is for, and
// what to write given what is there now. More generated files (an issue form) are one more
// entry. Pure: the adapter reads the existing files and writes the results.
import { renderConfigFile } from './config-file.js';
import { mergeRecommendations, mergeYamlSchemas } from './editor-settings.js';
import { renderKnowledgeBaseReadme } from './knowledge-base-readme.js';
import { compareSchema, copiedVersion, renderSchemaCopy, type JsonSchema } from './schema-copy.js';
import { renderLessonsWorkflow } from './workflow.js';

export const YAML_EXTENSION = 'redhat.vscode-yaml';

export type FileUpdate =
  | { action: 'create' | 'update'; content: string }
  | { action: 'unchanged' }
  | { action: 'kept'; why: string }
  | { action: 'failed'; why: string };

export interface InitFile {
  /** Relative to the repository root, with `/`. */
  path: string;
  /** What it is for: one line of the transcript. */
  purpose: string;
  /** What to do given the file's current content (null: there is none). */
  update(existing: string | null): FileUpdate;
  /** What a person adds by hand when the file cannot be merged. */
  byHand?: string;
}

export interface InitPlanOptions {
  /** The campaigns folder, relative to the repository root, with `/`. */
  root: string;
  /** The schema for editors, relative to the repository root. */
  schema: string;
  /** The same, relative to the campaigns folder (for its README). */
  schemaFromRoot: string;
  schemaJson: JsonSchema;
  version: string;
  /** Write lessons.config.yaml (the root is not the default). */
  config: boolean;
  workflow: boolean;
  editor: boolean;
  /** Refresh a schema copy from another version. */
  upgrade: boolean;
}

export function planInit(options: InitPlanOptions): InitFile[] {
  const { root } = options;
  const files: InitFile[] = [];
  if (options.config) {
    files.push(
      newFile(
        'lessons.config.yaml',
        'names the campaigns folder for every lessons command',
        renderConfigFile({ root }),
      ),
    );
  }
  files.push(
    newFile(
      `${root}/README.md`,
      'what the folder is for, and how to add a campaign',
      renderKnowledgeBaseReadme({ root, schema: options.schemaFromRoot }),
    ),
    schemaFile(options),
  );
  if (options.editor) {
    files.push(
      {
        path: '.vscode/settings.json',
        purpose: `VS Code checks ${root}/**/*.y*ml against the schema`,
        update: (existing) => mergeYamlSchemas(empty(existing), `./${options.schema}`, [`${root}/**/*.y*ml`]),
        byHand: `"yaml.schemas": ${JSON.stringify({ [`./${options.schema}`]: [`${root}/**/*.y*ml`] })}`,
      },
      {
        path: '.vscode/extensions.json',
        purpose: `VS Code offers the YAML extension (${YAML_EXTENSION})`,
        update: (existing) => mergeRecommendations(empty(existing), YAML_EXTENSION),
        byHand: `"recommendations": ["${YAML_EXTENSION}"]`,
      },
    );
  }
  if (options.workflow) {
    files.push(
      newFile(
        '.github/workflows/lessons.yml',
        'reviews pull requests and audits every morning, as a dry run to start',
        renderLessonsWorkflow({ root }),
      ),
    );
  }
  return files;
}

/** A file init writes once: created when missing, never overwritten. */
function newFile(path: string, purpose: string, content: string): InitFile {
  return {
    path,
    purpose,
    update: (existing) =>
      existing === null
        ? { action: 'create', content }
        : existing === content
          ? { action: 'unchanged' }
          : { action: 'kept', why: 'it exists and init never overwrites a file' },
  };
}

function schemaFile(options: InitPlanOptions): InitFile {
  const content = renderSchemaCopy(options.schemaJson, options.version);
  return {
    path: options.schema,
    purpose: 'the campaign format, where editors find it',
    update(existing) {
      if (existing === null) return { action: 'create', content };
      const state = compareSchema(existing, options.schemaJson);
      if (state === 'same') return { action: 'unchanged' };
      if (state === 'not-ours') return { action: 'kept', why: 'it is not a campaign-lessons schema' };
      if (options.upgrade) return { action: 'update', content };
      const from = copiedVersion(existing);
      return {
        action: 'kept',
        why: `it is the schema of ${from ? `version ${from}` : 'another version'}; \`lessons init --upgrade\` refreshes it to ${options.version}`,
      };
    },
  };
}

/** An empty settings file is treated as none. */
function empty(existing: string | null): string | null {
  return existing === null || existing.trim() === '' ? null : existing;
}
