/** Content hashes of a build's inputs: the cache keys that let a build skip unchanged work and never serve a stale PDF. */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { readInputFile } from './load/files.js';
import { machineMac } from './machine.js';
import { type Manifest, type ManifestEntry, readManifest, readShardManifests, trustedEntry, verifiedEntries } from './write/manifest.js';

/** Files under a folder, recursively, sorted (a missing folder has none). */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Largest file hashed by content; a bigger one is refused when it is read, so its size and time will do here. */
const MAX_HASHED_BYTES = 64 * 1024 * 1024;

/**
 * One hash over the names and contents of files (a missing file counts as absent, not as an error). Names are taken
 * relative to the first of `roots` that holds them, so the same project hashes alike in any folder on any machine. It
 * runs before validation, so it reads like the loaders do: a pipe or a device is never read, a huge file not in full.
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
  for (const f of files) {
    const read = readInputFile(f, f, { maxBytes: MAX_HASHED_BYTES });
    const stat = 'bytes' in read ? undefined : statSync(f, { throwIfNoEntry: false });
    h.update(name(f))
      .update('\0')
      .update('bytes' in read ? read.bytes : `\u0000${read.problem}:${stat?.size}:${stat?.mtimeMs}`)
      .update('\0');
  }
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

/**
 * What identifies the files on disk without reading them: size, modification time and inode. A file a checkout puts
 * in place (even with the same size and content hash in a manifest) gets a new inode and time.
 */
function fingerprint(outDir: string, paths: string[]): string | undefined {
  const parts: string[] = [];
  for (const path of paths) {
    const stat = lstatSync(join(outDir, path), { throwIfNoEntry: false });
    if (!stat?.isFile()) return undefined;
    parts.push(`${path}:${stat.size}:${stat.mtimeMs}:${stat.ino}`);
  }
  return parts.join('\n');
}

/** The stamp of a successful build, signed by this machine over its key, its documents' entries and their files. */
export function signStamp(outDir: string, key: string, entries: ManifestEntry[]): Manifest['stamp'] {
  const documents = entries.map((e) => e.path);
  const files = fingerprint(outDir, documents);
  return files === undefined ? undefined : { key, documents, mac: machineMac('stamp', key, files, ...entries.map((e) => `${e.path}:${e.sha256}`)) };
}

/**
 * The manifest's entries for a stamp's documents, if the stamp matches, this machine signed it and every file is
 * still the one it signed. A manifest committed to the project can carry the right key (anyone can compute it), but
 * not the signature.
 */
export function stampedDocuments(manifest: Manifest | undefined, stamp: string, outDir: string): Manifest['documents'] | undefined {
  if (!manifest?.stamp || manifest.stamp.key !== stamp || !Array.isArray(manifest.stamp.documents) || !Array.isArray(manifest.documents)) return undefined;
  const entries = new Map(manifest.documents.filter(trustedEntry).map((e) => [e.path, e]));
  const out: Manifest['documents'] = [];
  for (const path of manifest.stamp.documents) {
    const entry = entries.get(path);
    if (!entry) return undefined;
    out.push(entry);
  }
  return signStamp(outDir, stamp, out)?.mac === manifest.stamp.mac ? out : undefined;
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

/**
 * A folder of text entries named by their content key (e.g. map drawings by figureKey, which includes the map data's
 * version): a key that exists can only hold its own content. Writes go through a temp file and a rename, so a killed
 * build leaves no half entry; a folder that cannot be written only means no cache.
 */
export function fileCache(dir: string, ext: string): { read(key: string): string | undefined; write(key: string, text: string): void } {
  const file = (key: string) => join(dir, `${key}${ext}`);
  return {
    read: (key) => {
      try {
        return readFileSync(file(key), 'utf8');
      } catch {
        return undefined;
      }
    },
    write: (key, text) => {
      try {
        mkdirSync(dir, { recursive: true });
        const temp = `${file(key)}.${process.pid}.tmp`;
        writeFileSync(temp, text);
        renameSync(temp, file(key));
      } catch {}
    },
  };
}
