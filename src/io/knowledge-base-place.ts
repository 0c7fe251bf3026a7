// Finds the knowledge base from wherever a command runs: up from the current folder to the
// repository root (the folder with .git), the nearest lessons.config.yaml or lessons/ folder
// wins. An explicit --root wins over both and, as DESIGN §4 says, is relative to the current
// folder. Outside any repository only the current folder itself is looked at.
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE, parseLessonsConfig, type LessonsConfig } from '../core/config/lessons-config.js';
import { displayPath, InputError } from './read-files.js';

export const DEFAULT_ROOT = 'lessons';
export const SCHEMA_FILE = 'campaign.schema.json';

export interface KnowledgeBasePlace {
  /** Absolute path of the campaigns folder; it may not exist yet. */
  root: string;
  /** How the root was chosen, for messages. */
  via: 'option' | 'config' | 'folder' | 'default';
  /** The folder the root hangs off: the config's folder, the found folder's parent, or the repository. */
  base: string;
  /** The repository root (the folder holding .git), when inside one. */
  repository: string | null;
  /** Absolute path of lessons.config.yaml, when one was found. */
  configFile: string | null;
  config: LessonsConfig;
  /** Absolute path of the schema editors use: the config's, or campaign.schema.json in the root. */
  schema: string;
}

/** A lessons.config.yaml that cannot be used: named with its line, exit 2. */
export class ConfigError extends InputError {}

/** No knowledge base where one is needed: the sentence says what to do, exit 2. */
export class MissingKnowledgeBaseError extends InputError {}

export async function findKnowledgeBase(cwd: string, explicitRoot?: string): Promise<KnowledgeBasePlace> {
  const repository = await findRepository(cwd);
  const found = await findNearest(cwd, repository);
  const place: KnowledgeBasePlace = found ?? {
    root: path.join(repository ?? cwd, DEFAULT_ROOT),
    via: 'default',
    base: repository ?? cwd,
    repository,
    configFile: null,
    config: {},
    schema: '',
  };
  if (explicitRoot !== undefined) {
    place.root = path.resolve(cwd, explicitRoot);
    place.via = 'option';
  }
  place.schema = place.config.schema
    ? path.resolve(place.base, place.config.schema)
    : path.join(place.root, SCHEMA_FILE);
  return place;
}

/** The nearest folder, from `start` up, that holds .git (a folder, or a file in a worktree). */
export async function findRepository(start: string): Promise<string | null> {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (await exists(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}

async function findNearest(cwd: string, repository: string | null): Promise<KnowledgeBasePlace | null> {
  const stop = repository ?? path.resolve(cwd);
  const fromConfig = async (dir: string): Promise<KnowledgeBasePlace | null> => {
    const configFile = path.join(dir, CONFIG_FILE);
    if (!(await isFile(configFile))) return null;
    const config = await readConfig(configFile, cwd);
    const root = path.resolve(dir, config.root ?? DEFAULT_ROOT);
    return { root, via: 'config', base: dir, repository, configFile, config, schema: '' };
  };
  const dirs: string[] = [];
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    dirs.push(dir);
    if (dir === stop || path.dirname(dir) === dir) break;
  }
  for (const [index, dir] of dirs.entries()) {
    const configured = await fromConfig(dir);
    if (configured) return configured;
    const folder = path.join(dir, DEFAULT_ROOT);
    if (await isFolder(folder)) {
      // The folder a settings file further up names is that file's knowledge base: its settings
      // (the schema, where the report goes) still hold when a command runs from inside it.
      for (const above of dirs.slice(index + 1)) {
        const outer = await fromConfig(above);
        if (outer?.root === folder) return outer;
        if (outer) break;
      }
      return { root: folder, via: 'folder', base: dir, repository, configFile: null, config: {}, schema: '' };
    }
  }
  return null;
}

async function readConfig(file: string, cwd: string): Promise<LessonsConfig> {
  const { config, problems } = parseLessonsConfig(await readFile(file, 'utf8'));
  if (problems.length > 0) {
    const shown = displayPath(file, cwd);
    throw new ConfigError(
      problems.map((problem) => `${shown}:${problem.line}:${problem.column}: ${problem.message}`).join('\n'),
    );
  }
  return config;
}

/**
 * The sentence for a knowledge base that is not there, with what to do: `lessons init` in a
 * repository, or --root for a folder elsewhere.
 */
export function missingKnowledgeBase(place: KnowledgeBasePlace, cwd: string): string {
  const shown = displayPath(place.root, cwd);
  if (place.via === 'option') return `${shown}: no such file or folder.`;
  if (place.via === 'config') {
    return `${displayPath(place.configFile!, cwd)} names ${shown} as the root, and it does not exist. Create it with \`lessons new\`, or correct root: in that file.`;
  }
  if (place.repository === null) {
    return `No knowledge base here: ${cwd} is not inside a git repository and has no lessons/ folder. Run \`lessons init\` in your repository to set one up, or give --root DIR.`;
  }
  return `This repository has no knowledge base yet (no ${shown}/ folder). Run \`lessons init\` to set it up, or give --root DIR.`;
}

async function exists(target: string): Promise<boolean> {
  return lstat(target).then(
    () => true,
    () => false,
  );
}

async function isFile(target: string): Promise<boolean> {
  const stat = await lstat(target).catch(() => null);
  return stat?.isFile() ?? false;
}

async function isFolder(target: string): Promise<boolean> {
  const stat = await lstat(target).catch(() => null);
  return stat?.isDirectory() ?? false;
}
