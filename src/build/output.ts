/**
 * The output folder while a build writes to it: locked, its manifest's entries verified against the files on disk,
 * each output written atomically and listed as soon as it is there; at the end the failed outputs' old files go,
 * the manifest is saved and the lock released.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { knownOutputs } from '../cache.js';
import { UserError } from '../errors.js';
import { writeAtomic } from '../write/atomic.js';
import { lockOutput } from '../write/lock.js';
import { type Manifest, type ManifestEntry, ManifestWriter, removeShardManifests } from '../write/manifest.js';

export interface OutputFolder {
  /** What the folder holds, as the manifest lists it (updated as outputs are written). */
  entries: Map<string, ManifestEntry>;
  /** Writes an output (atomically) and records it in the manifest on disk. */
  store(entry: ManifestEntry, bytes: Uint8Array): Promise<void>;
  /**
   * Removes the old files of outputs that failed (so no stale copy is printed, nor packed), drops entries whose
   * file is gone, saves the manifest (with the stamp of a complete build) and releases the folder. Returns what
   * it removed.
   */
  close(end: { failed: string[]; stamp?: Manifest['stamp']; finished: boolean }): Promise<string[]>;
}

export async function openOutput(
  outDir: string,
  shown: string,
  old: Manifest | undefined,
  header: Omit<Manifest, 'documents' | 'stamp'>,
  manifestFile: string,
): Promise<OutputFolder> {
  await mkdir(outDir, { recursive: true }).catch((e: NodeJS.ErrnoException) => {
    throw new UserError(`cannot create the output folder ${shown} (${e.code ?? e.message}): choose another with --out`, [], { cause: e });
  });
  // From here to close(), this build is the only one writing to the folder.
  const unlock = await lockOutput(outDir, shown);
  // The manifest describes what is on disk, so even --force starts from it (forcing only skips the cache); an entry
  // whose file is gone or changed is dropped. A shard writes its own manifest, which takes in the folder's others.
  const entries = await knownOutputs(outDir, old, manifestFile).catch(async (e) => {
    await unlock();
    throw e;
  });
  const manifest = new ManifestWriter(outDir, header, entries, manifestFile);
  const checked = new Set<string>();
  return {
    entries,
    store: (entry, bytes) => manifest.replace(entry, () => writeAtomic(join(outDir, entry.path), bytes, outDir, checked)),
    close: async ({ failed, stamp, finished }) => {
      try {
        // Only files the manifest lists (a build wrote them) are ever removed.
        const removed = failed.filter((path) => entries.has(path));
        for (const path of removed) await rm(join(outDir, path), { force: true });
        for (const e of entries.values()) if (!existsSync(join(outDir, e.path))) entries.delete(e.path);
        // If the build stopped early on another error, that error is the one to show.
        const saved = await manifest.save(stamp).then(
          () => true,
          (e) => {
            if (finished) throw e;
            return false;
          },
        );
        // manifest.json now lists what the shard manifests did (and anything they listed that is still valid).
        if (saved && manifestFile === 'manifest.json') await removeShardManifests(outDir);
        return removed;
      } finally {
        await unlock();
      }
    },
  };
}
