// `npm run docs`: writes the generated reference pages in docs/. A test compares them with what
// this script would write, so CI fails when a page is stale.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import schema from '../../schemas/campaign.schema.json' with { type: 'json' };
import { commands } from '../../src/cli/commands/index.js';
import { CONFIG_KEYS } from '../../src/core/config/lessons-config.js';
import { renderActionReference } from './action-reference.js';
import { renderCampaignFormat } from './campaign-format.js';
import { renderCliReference } from './cli-reference.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Every generated page, by its path in the repository. */
export async function generateDocs(): Promise<Record<string, string>> {
  const action = parse(await readFile(path.join(REPO, 'action.yml'), 'utf8'));
  return {
    'docs/campaign-format.md': renderCampaignFormat(schema),
    'docs/cli.md': renderCliReference(commands, CONFIG_KEYS),
    'docs/action.md': renderActionReference(action),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const [file, content] of Object.entries(await generateDocs())) {
    await writeFile(path.join(REPO, file), content);
    console.log(`wrote ${file}`);
  }
}
