import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isAlive } from '../alive.js';
import { OutputError } from '../errors.js';
import { machineMac } from '../machine.js';

/** Temp files not yet renamed, so an interrupted build can remove them. */
const pending = new Set<string>();

/**
 * `.<name>.<pid>.<random>.<signature>.tmp`: the pid says whether the writer is still alive, the signature (made with
 * this machine's secret) that lessonpack made it here, so a file a checkout names like a temp file is never deleted.
 */
const TEMP = /^\.(.+)\.(\d+)\.([0-9a-f]{8})\.([0-9a-f]{16})\.tmp$/;

const tempSignature = (dir: string, name: string, pid: number, random: string) => machineMac('temp', resolve(dir), name, String(pid), random).slice(0, 16);

/** The temp file a process writes before renaming it to `path`. */
export function tempName(path: string, pid = process.pid, random = randomBytes(4).toString('hex')): string {
  const dir = dirname(path);
  const name = basename(path);
  return join(dir, `.${name}.${pid}.${random}.${tempSignature(dir, name, pid, random)}.tmp`);
}

/** Why a write failed, in words, for errors that are the disk's or the folder's and not lessonpack's. */
const WRITE_ERRORS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the disk is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EIO: 'the disk reported an input/output error',
  EFBIG: 'the file is too large for the disk',
};

/**
 * Creates the folders from `within` down to `dir`, never through a symbolic link: a checkout that commits
 * dist/<lesson> as a link to another folder must not get PDFs (or a manifest) written there. Folders in `checked`
 * were made or checked by this writer already (a build writes five documents into each lesson's folder).
 */
async function makeRealFolders(within: string, dir: string, checked?: Set<string>): Promise<void> {
  if (checked?.has(dir)) return;
  const rel = relative(within, dir);
  if (rel.startsWith('..') || isAbsolute(rel)) throw new OutputError(dir, `is outside the output folder ${within}`);
  let path = within;
  for (const part of rel ? rel.split(sep) : []) {
    path = join(path, part);
    let stat = await lstat(path).catch(() => undefined);
    if (!stat) {
      await mkdir(path).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'EEXIST') throw e;
      });
      stat = await lstat(path);
    }
    if (stat.isSymbolicLink()) throw new OutputError(path, 'is a symbolic link: lessonpack writes only into real folders (delete the link)');
    if (!stat.isDirectory()) throw new OutputError(path, 'is not a folder (move it away)');
  }
  checked?.add(dir);
}

/**
 * Writes a file atomically: a temp file beside it, then rename. A reader never sees half a file. With `within` (the
 * output folder), no folder on the way may be a link (`checked`: see makeRealFolders). A full or read-only disk is an
 * OutputError that says so.
 */
export async function writeAtomic(path: string, data: Uint8Array | string, within?: string, checked?: Set<string>): Promise<void> {
  const tmp = tempName(path);
  pending.add(tmp);
  let renamed = false;
  try {
    if (within) await makeRealFolders(within, dirname(path), checked);
    else await mkdir(dirname(path), { recursive: true });
    // wx: never through a file or link already at the temp name.
    await writeFile(tmp, data, { flag: 'wx' }).catch(async (e: NodeJS.ErrnoException) => {
      // A folder checked earlier was removed meanwhile: make it again (checked again), once.
      if (e.code !== 'ENOENT' || !within || !checked?.delete(dirname(path))) throw e;
      await makeRealFolders(within, dirname(path), checked);
      await writeFile(tmp, data, { flag: 'wx' });
    });
    await rename(tmp, path);
    renamed = true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const why = WRITE_ERRORS[code];
    throw why ? new OutputError(path, `cannot be written: ${why} (${code})`, { cause: e }) : e;
  } finally {
    pending.delete(tmp);
    if (!renamed) await rm(tmp, { force: true }).catch(() => {});
  }
}

/** Removes temp files of writes still in flight (for SIGINT/SIGTERM cleanup). */
export async function removePendingTemps(): Promise<void> {
  await Promise.all([...pending].map((p) => rm(p, { force: true }).catch(() => {})));
}

/**
 * Removes temp files a killed build (SIGKILL, power loss) left in `dir` and its subfolders (outputs are at most one
 * folder deep); those of running builds stay, and so does every file lessonpack did not make. Links are not followed.
 */
export async function removeStaleTemps(dir: string, depth = 2): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  await Promise.all(
    entries.map(async (e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return depth > 1 ? removeStaleTemps(path, depth - 1) : undefined;
      const m = TEMP.exec(e.name);
      const pid = Number(m?.[2]);
      if (!e.isFile() || !m || !pid || pid === process.pid || isAlive(pid)) return;
      if (m[4] === tempSignature(dir, m[1] ?? '', pid, m[3] ?? '')) await rm(path, { force: true }).catch(() => {});
    }),
  );
}
