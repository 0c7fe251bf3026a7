// Writes the report folder atomically and only there: the files go into a fresh folder beside the
// output folder, which then takes the old one's place, so a half-written report never replaces a
// good one. Folders that hold anything but a previous report are refused, never overwritten.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { InputError } from './read-files.js';

export interface ReportFile {
  /** A plain file name inside the output folder, such as `index.html`. */
  name: string;
  content: string;
}

export interface WriteReportOptions {
  cwd: string;
  /** The campaigns folder: the report is never written into it, nor over it. */
  root: string;
  /** The home folder, never replaced; defaults to none. */
  home?: string;
}

/** The file-system calls used, so a test can make one fail half-way. */
export type ReportFileSystem = Pick<
  typeof fs,
  'lstat' | 'readdir' | 'mkdir' | 'writeFile' | 'rename' | 'rm' | 'realpath'
>;

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Writes `files` as the whole content of `outDir` and returns the folder's absolute path. */
export async function writeReport(
  outDir: string,
  files: readonly ReportFile[],
  options: WriteReportOptions,
  fileSystem: ReportFileSystem = fs,
): Promise<string> {
  const names = files.map((file) => file.name);
  for (const name of names) {
    if (!SAFE_NAME.test(name)) throw new Error(`Report file name '${name}' is not a plain file name.`);
  }
  if (new Set(names).size !== names.length) throw new Error('Report file names must be unique.');

  const out = path.resolve(options.cwd, outDir);
  await refuseUnsafeTarget(out, options, fileSystem);
  const existing = await existingReport(out, names, fileSystem);

  const parent = path.dirname(out);
  await fileSystem.mkdir(parent, { recursive: true });
  const staging = path.join(parent, `.${path.basename(out)}.tmp-${randomBytes(6).toString('hex')}`);
  await fileSystem.mkdir(staging);
  try {
    for (const file of files) {
      await fileSystem.writeFile(path.join(staging, file.name), file.content, { flag: 'wx' });
    }
    if (!existing) {
      await fileSystem.rename(staging, out);
      return out;
    }
    // Two renames: the old report moves aside, the new one takes its place, then the old one goes.
    const retired = path.join(parent, `.${path.basename(out)}.old-${randomBytes(6).toString('hex')}`);
    await fileSystem.rename(out, retired);
    try {
      await fileSystem.rename(staging, out);
    } catch (error) {
      await fileSystem.rename(retired, out);
      throw error;
    }
    await fileSystem.rm(retired, { recursive: true, force: true });
    return out;
  } catch (error) {
    await fileSystem.rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Refuses output folders whose replacement would destroy something that is not a report. */
async function refuseUnsafeTarget(out: string, options: WriteReportOptions, fileSystem: ReportFileSystem) {
  const refuse = (why: string) => {
    throw new InputError(
      `Refusing to write the report to '${out}': ${why}. Choose a folder of its own, such as out/lessons.`,
    );
  };
  if (path.parse(out).root === out) refuse('it is the root of the file system');
  const target = await canonical(out, fileSystem);
  const root = await canonical(path.resolve(options.cwd, options.root), fileSystem);
  const guarded: [string, string][] = [
    [root, 'the campaigns folder'],
    [await canonical(options.cwd, fileSystem), 'the current folder'],
  ];
  if (options.home) guarded.push([await canonical(options.home, fileSystem), 'your home folder']);
  // Name the folder itself before a folder it merely contains: `--out .` is "the current folder".
  for (const [folder, label] of guarded) if (target === folder) refuse(`it is ${label}`);
  for (const [folder, label] of guarded) if (isInside(target, folder)) refuse(`it contains ${label}`);
  if (isInside(root, target)) refuse('it is inside the campaigns folder');
}

/** Whether `out` holds a previous report (true), does not exist (false), or must not be touched. */
async function existingReport(out: string, names: readonly string[], fileSystem: ReportFileSystem) {
  const stat = await fileSystem.lstat(out).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    if (error.code === 'ENOTDIR') {
      // `--out notes.txt/site`: a file stands where a folder of the path should be.
      const file = (await fileInTheWay(out, fileSystem)) ?? path.dirname(out);
      throw new InputError(
        `Cannot write the report to '${out}': '${file}' is a file, not a folder. Choose another folder with --out.`,
      );
    }
    throw error;
  });
  if (!stat) return false;
  if (stat.isSymbolicLink()) {
    throw new InputError(`Refusing to write the report to '${out}': it is a link. Name the folder itself.`);
  }
  if (!stat.isDirectory())
    throw new InputError(`Refusing to write the report to '${out}': it is not a folder.`);
  const foreign = (await fileSystem.readdir(out)).filter((entry) => !names.includes(entry));
  if (foreign.length > 0) {
    const shown = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? ', …' : '');
    throw new InputError(
      `Refusing to write the report to '${out}': it holds files that are not part of a report (${shown}). Choose an empty or new folder.`,
    );
  }
  return true;
}

/** The nearest ancestor of `target` that exists and is not a folder, if any. */
async function fileInTheWay(target: string, fileSystem: ReportFileSystem): Promise<string | undefined> {
  for (
    let current = path.dirname(target);
    current !== path.dirname(current);
    current = path.dirname(current)
  ) {
    const stat = await fileSystem.lstat(current).catch(() => null);
    if (stat) return stat.isDirectory() ? undefined : current;
  }
  return undefined;
}

/** Whether `candidate` lies strictly inside `folder`. */
function isInside(folder: string, candidate: string): boolean {
  const relative = path.relative(folder, candidate);
  return (
    relative !== '' &&
    relative !== '..' &&
    !relative.startsWith(`..${path.sep}`) &&
    !path.isAbsolute(relative)
  );
}

/** The real path of `target`'s nearest existing ancestor joined with the rest, so links cannot hide a folder. */
async function canonical(target: string, fileSystem: ReportFileSystem): Promise<string> {
  const missing: string[] = [];
  let current = target;
  for (;;) {
    try {
      return path.join(await fileSystem.realpath(current), ...missing.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return target;
      missing.push(path.basename(current));
      current = parent;
    }
  }
}
