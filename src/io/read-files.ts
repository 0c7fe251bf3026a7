// Finds and reads campaign files on disk: folders recursively, `.yaml` and `.yml` only, links
// never followed (each one met is a `skipped-link` warning). The only file-system code the
// core's users need.
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../core/types.js';
import { MAX_FILE_BYTES } from '../core/parse/decode.js';

export interface RawFile {
  /** Relative to cwd, with `/` separators (DESIGN §1). */
  file: string;
  content: Uint8Array;
  /** Size on disk; an oversized file is not read, only reported. */
  size: number;
}

export interface ReadResult {
  files: RawFile[];
  problems: Problem[];
}

export class InputError extends Error {}

/** A path that is not what it was given as (a file for a folder, a link): one plain line, exit 2. */
export class PathError extends InputError {}

const CAMPAIGN_FILE = /\.ya?ml$/i;

export function displayPath(absolute: string, cwd: string): string {
  const rel = path.relative(cwd, absolute) || '.';
  return rel.split(path.sep).join('/');
}

/** Reads the given files and folders. A path that does not exist is an InputError (exit 2). */
export async function readCampaignFiles(paths: readonly string[], cwd = process.cwd()): Promise<ReadResult> {
  const files: RawFile[] = [];
  const problems: Problem[] = [];
  // A file can be reached twice (`validate lessons/x.yaml` also reads the root for context);
  // read twice, it would clash with itself as a duplicate id.
  const seen = new Set<string>();
  const skipLink = (abs: string): void => {
    if (seen.has(abs)) return;
    seen.add(abs);
    problems.push({
      file: displayPath(abs, cwd),
      line: 1,
      column: 1,
      severity: 'warning',
      rule: 'skipped-link',
      message:
        'This is a link (symlink); links are never followed. Put the campaign file itself in the folder.',
    });
  };
  const readOne = async (abs: string, size: number): Promise<void> => {
    if (seen.has(abs)) return;
    seen.add(abs);
    // An oversized file is not read at all: its size is enough to report it.
    const content = size > MAX_FILE_BYTES ? new Uint8Array(0) : await readFile(abs);
    files.push({ file: displayPath(abs, cwd), content, size });
  };
  const walk = async (dir: string): Promise<void> => {
    const names = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of names) {
      const abs = path.join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        if (CAMPAIGN_FILE.test(entry.name) || (await isDirBehindLink(abs))) skipLink(abs);
      } else if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') await walk(abs);
      } else if (entry.isFile() && CAMPAIGN_FILE.test(entry.name)) {
        await readOne(abs, (await lstat(abs)).size);
      }
    }
  };

  for (const given of paths) {
    const abs = path.resolve(cwd, given);
    let stat;
    try {
      stat = await lstat(abs);
    } catch {
      throw new InputError(`${given}: no such file or folder.`);
    }
    if (stat.isSymbolicLink()) skipLink(abs);
    else if (stat.isDirectory()) await walk(abs);
    else if (stat.isFile()) await readOne(abs, stat.size);
    else throw new InputError(`${given}: not a file or folder.`);
  }
  return { files, problems };
}

/**
 * Refuses a root that exists but is not a real folder: a file, or a link (links are never
 * followed, DESIGN §1). A missing root is left to the command: `new` creates it.
 */
export async function checkRootFolder(root: string, cwd: string, option = '--root'): Promise<void> {
  const stat = await lstat(path.resolve(cwd, root)).catch(() => null);
  if (!stat) return;
  if (stat.isSymbolicLink()) {
    throw new PathError(`${root} is a link (symlink); links are never followed: give the folder itself.`);
  }
  if (!stat.isDirectory()) {
    throw new PathError(
      `${root} is not a folder: ${option} takes the folder that holds the campaign files (default: lessons).`,
    );
  }
}

/**
 * Refuses a named file that cannot be a campaign: one that does not end in .yaml or .yml, and,
 * when `links` is 'refuse', a link. A missing path is left to readCampaignFiles, which names it.
 */
export async function checkCampaignFile(
  given: string,
  cwd: string,
  links: 'refuse' | 'report',
): Promise<void> {
  const stat = await lstat(path.resolve(cwd, given)).catch(() => null);
  if (!stat) return;
  if (stat.isSymbolicLink()) {
    if (links === 'refuse') {
      throw new PathError(
        `${given} is a link (symlink); links are never followed: give the campaign file itself.`,
      );
    }
    return;
  }
  if (stat.isFile() && !CAMPAIGN_FILE.test(given)) {
    throw new PathError(`${given} is not a campaign file: campaign files end in .yaml or .yml.`);
  }
}

async function isDirBehindLink(abs: string): Promise<boolean> {
  try {
    const { stat } = await import('node:fs/promises');
    return (await stat(abs)).isDirectory();
  } catch {
    return false;
  }
}
