import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isAlive } from '../alive.js';

/** Temp files not yet renamed, so an interrupted build can remove them. */
const pending = new Set<string>();

/** `.<name>.<pid>.<random>.tmp`: the pid says whether the writer is still alive. */
const TEMP = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** Writes a file atomically: a temp file beside it, then rename. A reader never sees half a file. */
export async function writeAtomic(path: string, data: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pending.add(tmp);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } finally {
    pending.delete(tmp);
    await rm(tmp, { force: true }).catch(() => {});
  }
}

/** Removes temp files of writes still in flight (for SIGINT/SIGTERM cleanup). */
export async function removePendingTemps(): Promise<void> {
  await Promise.all([...pending].map((p) => rm(p, { force: true }).catch(() => {})));
}

/** Removes temp files a killed build (SIGKILL, power loss) left under `dir`; those of running builds stay. */
export async function removeStaleTemps(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir, { recursive: true });
  } catch {
    return;
  }
  await Promise.all(
    names.map(async (rel) => {
      const pid = Number(TEMP.exec(basename(rel))?.[1]);
      if (pid && pid !== process.pid && !isAlive(pid)) await rm(join(dir, rel), { force: true }).catch(() => {});
    }),
  );
}
