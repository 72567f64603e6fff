/** One build at a time per output folder: two builds writing the same files would mix their PDFs and manifests. */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isAlive } from '../alive.js';
import { UserError } from '../errors.js';
import { cacheRoot } from '../machine.js';

/** The lock of an output folder: in the user's cache, not the folder, so a checkout cannot plant one. */
function lockFile(outDir: string): string {
  return join(cacheRoot(), 'locks', `${createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 32)}.lock`);
}

/**
 * Takes the output folder's lock, or refuses with a clear message while another build (a live process) holds it.
 * A lock left by a killed build is taken over. Returns the function that releases it.
 */
export async function lockOutput(outDir: string, shown: string): Promise<() => Promise<void>> {
  const file = lockFile(outDir);
  await mkdir(join(cacheRoot(), 'locks'), { recursive: true, mode: 0o700 });
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(file, String(process.pid), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number(await readFile(file, 'utf8').catch(() => ''));
      if (holder && holder !== process.pid && isAlive(holder))
        throw new UserError(`another lessonpack build (pid ${holder}) is writing to ${shown}: wait for it to finish, or build into another folder with --out`);
      if (attempt > 2) throw new UserError(`cannot lock the output folder ${shown} (${file}): delete that file if no build is running`);
      // The holder is gone (killed) or the file is unreadable: take over.
      await rm(file, { force: true });
    }
  }
  return async () => {
    if ((await readFile(file, 'utf8').catch(() => '')) === String(process.pid)) await rm(file, { force: true });
  };
}
