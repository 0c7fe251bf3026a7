// Writes what `lessons init` planned, inside the repository only: a new file is created
// exclusively (never over one that appeared meanwhile), a merged file is replaced atomically,
// and a link anywhere on the way is refused, since links are never followed.
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { InitFile } from '../../core/init/plan.js';

export type InitAction = 'created' | 'updated' | 'unchanged' | 'kept' | 'failed';

export interface InitResult {
  /** Relative to the repository root, with `/`. */
  path: string;
  purpose: string;
  action: InitAction;
  /** Why a file was kept or could not be set up. */
  why?: string;
  /** What to add by hand when it could not be set up. */
  byHand?: string;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

export async function writeInitFiles(repository: string, files: readonly InitFile[]): Promise<InitResult[]> {
  const results: InitResult[] = [];
  for (const file of files) {
    const result = (action: InitAction, why?: string): InitResult => ({
      path: file.path,
      purpose: file.purpose,
      action,
      ...(why ? { why } : {}),
      ...(action === 'failed' && file.byHand ? { byHand: file.byHand } : {}),
    });
    const target = path.join(repository, ...file.path.split('/'));
    const blocked = await linkOnTheWay(repository, target);
    if (blocked) {
      results.push(result('failed', `${blocked} is a link (symlink); links are never followed`));
      continue;
    }
    const existing = await readExisting(target);
    if (typeof existing === 'object' && existing !== null) {
      results.push(result('failed', existing.why));
      continue;
    }
    const update = file.update(existing);
    if (update.action === 'unchanged') results.push(result('unchanged'));
    else if (update.action === 'kept' || update.action === 'failed')
      results.push(result(update.action, update.why));
    else if (existing === null) {
      await mkdir(path.dirname(target), { recursive: true });
      const created = await writeFile(target, update.content, { flag: 'wx' }).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'EEXIST') return false;
          throw error;
        },
      );
      results.push(created ? result('created') : result('kept', 'it appeared while init ran'));
    } else {
      await replaceAtomically(target, update.content);
      results.push(result('updated'));
    }
  }
  return results;
}

/** The file's text, null when there is none, or why it cannot be used. */
async function readExisting(target: string): Promise<string | null | { why: string }> {
  const stat = await lstat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (stat === null) return null;
  if (!stat.isFile()) return { why: 'something other than a file is in its place' };
  try {
    return UTF8.decode(await readFile(target));
  } catch {
    return { why: 'it is not UTF-8 text, so it is left as it is' };
  }
}

/** The first link between the repository and the target (the repository itself may be one). */
async function linkOnTheWay(repository: string, target: string): Promise<string | undefined> {
  const parts = path.relative(repository, target).split(path.sep);
  let current = repository;
  for (const part of parts) {
    current = path.join(current, part);
    const stat = await lstat(current).catch(() => null);
    if (stat === null) return undefined;
    if (stat.isSymbolicLink()) return path.relative(repository, current).split(path.sep).join('/');
  }
  return undefined;
}

async function replaceAtomically(target: string, content: string): Promise<void> {
  const staging = path.join(
    path.dirname(target),
    `.${path.basename(target)}.lessons-${randomBytes(6).toString('hex')}`,
  );
  await writeFile(staging, content, { flag: 'wx' });
  try {
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { force: true });
    throw error;
  }
}
