/** Content hashes of a build's inputs: the cache keys that let a build skip unchanged work and never serve a stale PDF. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { type Manifest, type ManifestEntry, readManifest, readShardManifests, verifiedEntries } from './write/manifest.js';

/** Files under a folder, recursively, sorted (a missing folder has none). */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * One hash over the names and contents of files (a missing file counts as absent, not as an error). Names are taken
 * relative to the first of `roots` that holds them, so the same project hashes alike in any folder on any machine.
 */
export function hashFiles(files: string[], roots: string[] = []): string {
  const name = (f: string) => {
    for (const root of roots) {
      const rel = relative(root, f);
      if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
    }
    return f;
  };
  const h = createHash('sha256');
  for (const f of files)
    h.update(name(f))
      .update('\0')
      .update(existsSync(f) ? readFileSync(f) : '\u0000missing')
      .update('\0');
  return h.digest('hex');
}

/** What a whole build read: every file it may read and every option that changes its output. */
export interface StampInputs {
  /** Hash of what every document depends on (version, paper, variant, date, templates, styles, fonts, config, logo). */
  common: string;
  /** Folders read in full (lessons, sources). */
  dirs: string[];
  /** Single files read besides those folders (lesson files named on the command line). */
  files: string[];
  /** Options that select or shape the documents (selectors, shard, packs). */
  options: unknown;
}

/**
 * A hash of every input of a build. When the manifest records the same stamp and every output it lists is still
 * on disk, nothing can have changed, and the build returns without loading, validating or rendering anything.
 */
export function inputStamp(inputs: StampInputs): string {
  return createHash('sha256')
    .update([inputs.common, JSON.stringify(inputs.options), ...inputs.dirs.map((d) => `${d}\n${hashFiles(listFiles(d))}`), hashFiles(inputs.files)].join('\n'))
    .digest('hex');
}

/** The manifest's entries for a stamp's documents, if the stamp matches and every file is on disk with its recorded size. */
export function stampedDocuments(manifest: Manifest | undefined, stamp: string, outDir: string): Manifest['documents'] | undefined {
  if (!manifest?.stamp || manifest.stamp.key !== stamp) return undefined;
  const entries = new Map(manifest.documents.map((e) => [e.path, e]));
  const out: Manifest['documents'] = [];
  for (const path of manifest.stamp.documents) {
    const entry = entries.get(path);
    const file = join(outDir, path);
    if (!entry || !existsSync(file) || statSync(file).size !== entry.bytes) return undefined;
    out.push(entry);
  }
  return out;
}

/**
 * What the output folder holds, as far as the cache can tell: the entries of the build's own manifest and of the
 * folder's other manifests (shards built elsewhere and copied in) whose file on disk still has the recorded size and
 * sha256. An entry whose file is gone or changed is dropped; a document is then reused only if its key matches too.
 */
export async function knownOutputs(outDir: string, own: Manifest | undefined, ownName: string): Promise<Map<string, ManifestEntry>> {
  const known = new Map((await verifiedEntries(outDir, own)).map((e) => [e.path, e]));
  const others = [...(ownName === 'manifest.json' ? [] : ((await readManifest(outDir))?.documents ?? [])), ...(await readShardManifests(outDir))];
  const unknown = others.filter((e) => !known.has(e.path));
  for (const e of await verifiedEntries(outDir, { documents: unknown } as Manifest)) if (!known.has(e.path)) known.set(e.path, e);
  return known;
}
