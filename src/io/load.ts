// Loads a knowledge base from disk: reads the files, parses each, and runs the rules that
// need the whole root. The entry point for the CLI, the Action and the scripts.
import { parseCampaignFile } from '../core/parse/parse-file.js';
import { checkKnowledgeBase, type KnowledgeBase } from '../core/validate/knowledge-base.js';
import { readCampaignFiles } from './read-files.js';

export type { KnowledgeBase };

export interface LoadOptions {
  today: string;
  graceDays?: number;
  cwd?: string;
}

export async function loadKnowledgeBase(root: string, options: LoadOptions): Promise<KnowledgeBase> {
  return loadPaths([root], options);
}

export async function loadPaths(paths: readonly string[], options: LoadOptions): Promise<KnowledgeBase> {
  const read = await readCampaignFiles(paths, options.cwd);
  const parsed = read.files.map((f) => parseCampaignFile(f.file, f.content, f.size));
  return checkKnowledgeBase(parsed, {
    today: options.today,
    graceDays: options.graceDays,
    extraProblems: read.problems,
  });
}
