import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
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

/** Reads dist/manifest.json; a missing or unreadable manifest is an empty one. */
export async function readManifest(outDir: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/** Writes the manifest atomically, entries sorted by path so it is deterministic. */
export async function writeManifest(outDir: string, manifest: Manifest): Promise<void> {
  const sorted = { ...manifest, documents: [...manifest.documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
  await writeAtomic(join(outDir, 'manifest.json'), `${JSON.stringify(sorted, null, 2)}\n`);
}
