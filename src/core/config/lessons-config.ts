// lessons.config.yaml: the optional settings file of a repository's knowledge base. It names
// another root than lessons/ (and where editors find the schema). Every key is one entry of
// CONFIG_KEYS, which also documents it (docs/cli.md), so a new setting is one entry there.
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { inlineText } from '../render/terminal-text.js';

export const CONFIG_FILE = 'lessons.config.yaml';

export interface LessonsConfig {
  /** Folder of campaign files, relative to the config file's folder, with `/` separators. */
  root?: string;
  /** The campaign schema for editors, relative to the config file's folder. */
  schema?: string;
}

export interface ConfigKey {
  name: keyof LessonsConfig;
  describe: string;
  example: string;
  /** The value, or a sentence on what is wrong with it. */
  parse(value: unknown): { value: string } | { problem: string };
}

export interface ConfigProblem {
  line: number;
  column: number;
  message: string;
}

export const CONFIG_KEYS: readonly ConfigKey[] = [
  {
    name: 'root',
    describe:
      'The folder of campaign files, relative to the folder of lessons.config.yaml. Default: lessons.',
    example: 'marketing/lessons',
    parse: relativePath,
  },
  {
    name: 'schema',
    describe:
      'The campaign schema that editors check files against, relative to the folder of lessons.config.yaml; `lessons new` points its modeline at it. Default: campaign.schema.json in the root, where `lessons init` puts it.',
    example: 'schemas/campaign.schema.json',
    parse: relativePath,
  },
];

/** Reads the settings file; every problem names its line, so the file can be fixed at once. */
export function parseLessonsConfig(text: string): { config: LessonsConfig; problems: ConfigProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number | undefined, message: string): ConfigProblem => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { line, column: col, message };
  };
  if (doc.errors.length > 0) {
    return {
      config: {},
      problems: doc.errors.map((error) =>
        at(error.pos[0], `Not valid YAML: ${firstSentence(error.message)}`),
      ),
    };
  }
  const contents = doc.contents as Node | null;
  if (contents === null || (isScalar(contents) && contents.value === null))
    return { config: {}, problems: [] };
  if (!isMap(contents)) {
    return {
      config: {},
      problems: [at(contents.range?.[0], 'Expected settings as keys and values, such as root: lessons.')],
    };
  }
  const config: LessonsConfig = {};
  const problems: ConfigProblem[] = [];
  const names = CONFIG_KEYS.map((key) => key.name);
  for (const pair of contents.items) {
    const keyNode = pair.key as Node | null;
    const name = isScalar(keyNode) ? String(keyNode.value) : '';
    const key = CONFIG_KEYS.find((candidate) => candidate.name === name);
    if (!key) {
      problems.push(
        at(
          keyNode?.range?.[0],
          `Unknown setting '${inlineText(name)}': the settings are ${names.join(', ')}.`,
        ),
      );
      continue;
    }
    const valueNode = pair.value as Node | null;
    const parsed = key.parse(isScalar(valueNode) ? valueNode.value : valueNode?.toJSON());
    if ('problem' in parsed)
      problems.push(at(valueNode?.range?.[0] ?? keyNode?.range?.[0], `${name}: ${parsed.problem}`));
    else config[key.name] = parsed.value;
  }
  return { config, problems };
}

/** A path inside the repository, written the same on every system: relative, with `/`. */
function relativePath(value: unknown): { value: string } | { problem: string } {
  if (typeof value !== 'string' || value.trim() === '') {
    return { problem: 'expected a folder or file path, such as lessons.' };
  }
  const path = value.trim();
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return { problem: 'a path cannot hold control characters.' };
  if (path.includes('\\'))
    return { problem: `use / between folders: ${inlineText(path.replaceAll('\\', '/'))}.` };
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) {
    return { problem: 'give a path relative to this file, so it holds in every clone of the repository.' };
  }
  const parts = path.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.includes('..')) return { problem: 'the path must stay inside this folder (no ..).' };
  return { value: parts.join('/') || '.' };
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
