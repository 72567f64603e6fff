import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomic } from './atomic.js';

export interface ManifestEntry {
  /** Path relative to the output folder. */
  path: string;
  kind: string;
  lesson?: string;
  sha256: string;
  pages: number;
  bytes: number;
  /** Files the document was made from, relative to the project. */
  inputs: string[];
  /** Content hash of everything that affects the document (the cache key). */
  key: string;
}

export interface Manifest {
  generator: string;
  paper: string;
  variant: string;
  documents: ManifestEntry[];
  /** Hash of every input of the last successful build and the documents it covered (see cache.ts). */
  stamp?: { key: string; documents: string[] };
}

export const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/**
 * The manifest a build writes: manifest.json, or for a shard manifest.shard-K-of-N.json, so that shard outputs
 * copied into one folder (CI artifacts) keep every shard's manifest for `lessonpack pack` to merge.
 */
export function manifestName(shard?: { index: number; count: number }): string {
  return shard ? `manifest.shard-${shard.index}-of-${shard.count}.json` : 'manifest.json';
}

const SHARD_MANIFEST = /^manifest\.shard-\d+-of-\d+\.json$/;

/** Reads a manifest (dist/manifest.json by default); a missing or unreadable manifest is an empty one. */
export async function readManifest(outDir: string, name = 'manifest.json'): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(join(outDir, name), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/** The entries of every shard manifest in a folder. */
export async function readShardManifests(outDir: string): Promise<ManifestEntry[]> {
  const names = (await readdir(outDir).catch(() => [])).filter((n) => SHARD_MANIFEST.test(n)).sort();
  return (await Promise.all(names.map((n) => readManifest(outDir, n)))).flatMap((m) => m?.documents ?? []);
}

/** Removes the shard manifests of a folder (after their entries went into manifest.json). */
export async function removeShardManifests(outDir: string): Promise<void> {
  const names = (await readdir(outDir).catch(() => [])).filter((n) => SHARD_MANIFEST.test(n));
  await Promise.all(names.map((n) => rm(join(outDir, n), { force: true })));
}

/** Writes a manifest atomically, entries sorted by path so it is deterministic. */
export async function writeManifest(outDir: string, manifest: Manifest, name = 'manifest.json'): Promise<void> {
  const sorted = { ...manifest, documents: [...manifest.documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
  await writeAtomic(join(outDir, name), `${JSON.stringify(sorted, null, 2)}\n`);
}
