// lessons.config.yaml as `lessons init` writes it, when the root is not the default lessons/.
import { stringify } from 'yaml';
import { CONFIG_KEYS } from '../config/lessons-config.js';

export function renderConfigFile(options: { root: string }): string {
  const root = CONFIG_KEYS.find((key) => key.name === 'root')!;
  return [
    '# campaign-lessons settings, found by every `lessons` command run in this repository.',
    `# root: ${root.describe}`,
    `root: ${stringify(options.root, { lineWidth: 0 }).trimEnd()}`,
    '',
  ].join('\n');
}
