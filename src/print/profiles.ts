/** Browser profiles in the temp folder: made per launch, removed on close, and those of killed builds removed later. */
import { readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlive } from '../alive.js';

/** Browser profiles are `lessonpack-chrome-<pid>-XXXXXX` in the temp folder: the pid tells whose they are. */
export const PROFILE = 'lessonpack-chrome-';

/** Removes the profiles of builds that were killed (SIGKILL leaves no chance to clean up). */
export async function removeStaleProfiles(): Promise<void> {
  const names = await readdir(tmpdir()).catch(() => [] as string[]);
  await Promise.all(
    names.map(async (n) => {
      const pid = Number(new RegExp(`^${PROFILE}(\\d+)-`).exec(n)?.[1]);
      if (pid && !isAlive(pid)) await rm(join(tmpdir(), n), { recursive: true, force: true }).catch(() => {});
    }),
  );
}
