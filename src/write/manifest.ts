import { createHash } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { readInputFile } from '../load/files.js';
import { machineMac } from '../machine.js';
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
  /** This machine's signature of the entry (see signEntry): entries without a valid one are not trusted. */
  mac?: string;
  /** The file's format when it is not a PDF (docx, html, qti, text). */
  format?: string;
  /** The A/B version letter of a versioned worksheet or answer key. */
  version?: string;
}

export interface Manifest {
  generator: string;
  paper: string;
  variant: string;
  documents: ManifestEntry[];
  /** Hash of every input of the last successful build and the documents it covered, signed (see cache.ts). */
  stamp?: { key: string; documents: string[]; mac?: string };
}

export const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/**
 * The manifest a build writes: manifest.json, or for a shard manifest.shard-K-of-N.json, so that shard outputs
 * copied into one folder (CI artifacts) keep every shard's manifest for `lessonpack pack` to merge.
 */
export function manifestName(shard?: { index: number; count: number }): string {
  return shard ? `manifest.shard-${shard.index}-of-${shard.count}.json` : 'manifest.json';
}

/** Largest manifest read (one of 1,000 lessons is about 3 MB). */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

const SHARD_MANIFEST = /^manifest\.shard-\d+-of-\d+\.json$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** An entry as a manifest on disk has it: every field of its type, or it is dropped (its file is then printed again). */
function isEntry(e: unknown): e is ManifestEntry {
  if (!isObject(e)) return false;
  const text = ['path', 'kind', 'sha256', 'key'].every((k) => typeof e[k] === 'string');
  const optional = ['lesson', 'mac', 'format', 'version'].every((k) => e[k] === undefined || typeof e[k] === 'string');
  return text && optional && Number.isInteger(e.pages) && Number.isInteger(e.bytes) && isStrings(e.inputs);
}

/**
 * A manifest's text as a Manifest, or undefined. A checkout may plant any JSON here: entries of another shape are
 * dropped and a stamp of another shape is ignored, so what follows only ever sees the fields it reads (whose
 * signatures it then checks).
 */
export function parseManifest(text: string): Manifest | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(json)) return undefined;
  const { stamp } = json;
  const stamped = isObject(stamp) && typeof stamp.key === 'string' && isStrings(stamp.documents) && (stamp.mac === undefined || typeof stamp.mac === 'string');
  return {
    generator: String(json.generator ?? ''),
    paper: String(json.paper ?? ''),
    variant: String(json.variant ?? ''),
    documents: Array.isArray(json.documents) ? json.documents.filter(isEntry) : [],
    ...(stamped ? { stamp: { key: stamp.key as string, documents: stamp.documents as string[], mac: stamp.mac as string | undefined } } : {}),
  };
}

/** Reads a manifest (dist/manifest.json by default); a missing or unreadable manifest is an empty one. */
export async function readManifest(outDir: string, name = 'manifest.json'): Promise<Manifest | undefined> {
  // A planted manifest may be a link to a device or a pipe: read only a regular file of the output folder.
  const read = readInputFile(join(outDir, name), name, { root: outDir, maxBytes: MAX_MANIFEST_BYTES });
  return 'bytes' in read ? parseManifest(read.bytes.toString('utf8')) : undefined;
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

/**
 * A path a build writes: relative, inside the output folder (no segment can be "." or ".."), a PDF or one of the
 * other formats (.docx, .html, .qti.zip) or README.txt; version letters (worksheet-A.pdf) are upper case.
 */
const ENTRY_PATH = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*\.(pdf|docx|html|zip|txt)$/;

/** Largest PDF read back to verify it (a unit pack of a long unit is a few megabytes). */
const MAX_PDF_BYTES = 512 * 1024 * 1024;

/** The signature of an entry: made with this machine's secret, so a manifest a checkout commits cannot carry one. */
function entryMac(e: ManifestEntry): string {
  return machineMac('entry', e.path, e.kind, e.lesson ?? '', e.sha256, String(e.bytes), String(e.pages), e.key, JSON.stringify(e.inputs));
}

/** Entries already signed: a manifest is saved after every output, and its entries do not change once made. */
const signed = new WeakMap<ManifestEntry, ManifestEntry>();

/** The entry signed by this machine (what a build writes into its manifest). */
export function signEntry(e: ManifestEntry): ManifestEntry {
  const known = signed.get(e);
  if (known) return known;
  const { mac: _, ...rest } = e;
  const entry = { ...rest, mac: entryMac(rest) };
  signed.set(e, entry);
  return entry;
}

/** Whether an entry was signed by this machine and names a file inside the output folder. */
export function trustedEntry(e: ManifestEntry): boolean {
  return typeof e?.path === 'string' && ENTRY_PATH.test(e.path) && typeof e.mac === 'string' && e.mac === entryMac(e);
}

/**
 * The entries of a manifest this machine signed that still describe the file at their path, byte for byte. Nothing
 * else is even read: an entry could name ../../dev/zero, or a file a checkout planted to be packed as if printed here.
 */
export async function verifiedEntries(outDir: string, manifest: Manifest | undefined): Promise<ManifestEntry[]> {
  const entries = Array.isArray(manifest?.documents) ? manifest.documents.filter(trustedEntry) : [];
  return entries.filter((e) => {
    const read = readInputFile(join(outDir, e.path), e.path, { root: outDir, maxBytes: MAX_PDF_BYTES });
    return 'bytes' in read && read.bytes.length === e.bytes && sha256(read.bytes) === e.sha256;
  });
}

/** Writes a manifest atomically, entries signed and sorted by path so it is deterministic. */
export async function writeManifest(outDir: string, manifest: Manifest, name = 'manifest.json'): Promise<void> {
  const documents = manifest.documents.map(signEntry).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  await writeAtomic(join(outDir, name), `${JSON.stringify({ ...manifest, documents }, null, 2)}\n`, outDir);
}

/**
 * How long a new entry may wait before the manifest is saved with it. A removal is saved before its file changes;
 * an addition only makes the manifest complete, and one lost with a killed build costs a reprint, never a wrong file
 * (the next build trusts only entries whose file matches). Saving after every output wrote the whole manifest once
 * per output: its cost grew with the square of the number of outputs.
 */
export const ADDITION_DELAY_MS = 2000;

/**
 * Keeps the build's manifest (see manifestName) in step with the files while a build runs, so a build killed at any
 * point leaves a manifest that lists no file it does not match. Writes run one at a time, each with the entries as
 * they are when it starts.
 */
export class ManifestWriter {
  private chain: Promise<void> = Promise.resolve();
  /** The save that will write the additions made since the last one. */
  private timer?: NodeJS.Timeout;
  /** A delayed save failed (a full disk): the next store reports it. */
  private failure?: unknown;
  /** The manifest on disk may carry a stamp (an older build's, or one saved here): the next addition drops it at once. */
  private stamped = true;

  constructor(
    private readonly outDir: string,
    private readonly header: Omit<Manifest, 'documents' | 'stamp'>,
    readonly entries: Map<string, ManifestEntry>,
    private readonly name = 'manifest.json',
  ) {}

  /** A write asked for but not started yet: every request made meanwhile shares it (it takes the entries as they are then). */
  private queued?: Promise<void>;

  /**
   * Resolves once a manifest with the current entries (or later ones) is on disk. Only the end of a successful build
   * passes a stamp: a stamp claims the outputs are complete, which no manifest saved mid-build may claim.
   */
  save(stamp?: Manifest['stamp']): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.stamped = stamp !== undefined;
    // Requests made while one is written share the next write.
    if (this.queued && !stamp) return this.queued;
    const write = () => {
      if (!stamp) this.queued = undefined;
      const documents = [...this.entries.values()];
      return writeManifest(this.outDir, { ...this.header, documents, ...(stamp ? { stamp } : {}) }, this.name);
    };
    const next = this.chain.then(write, write);
    this.chain = next;
    if (!stamp) this.queued = next;
    return next;
  }

  /** Saves a new entry soon (see ADDITION_DELAY_MS); at once if the manifest on disk may claim completeness. */
  private added(): Promise<void> {
    if (this.stamped) return this.save();
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.save().catch((e: unknown) => {
        this.failure ??= e;
      });
    }, ADDITION_DELAY_MS).unref();
    return Promise.resolve();
  }

  /** Replaces a document: its old entry leaves the manifest before the file changes, the new one joins after. */
  async replace(entry: ManifestEntry, writeFile: () => Promise<void>): Promise<void> {
    if (this.failure) throw this.failure;
    const old = this.entries.get(entry.path);
    // The same bytes again (a forced rebuild) leave the old entry true while the file is replaced.
    const same = old?.sha256 === entry.sha256 && old.bytes === entry.bytes;
    if (old && !same) {
      this.entries.delete(entry.path);
      await this.save();
    }
    try {
      await writeFile();
    } catch (e) {
      // The write is atomic, so the old file is still there, whole: list it again.
      if (old && !same) {
        this.entries.set(entry.path, old);
        await this.save();
      }
      throw e;
    }
    this.entries.set(entry.path, entry);
    await this.added();
  }
}
