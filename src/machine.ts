/**
 * What only this machine can supply: a folder outside every project (the user's cache) and a secret kept there. A
 * checkout can plant any file in the project, so whatever a build trusts from an earlier build (cached pieces, manifest
 * entries, its own temp files) lives in that folder or is signed with that secret.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { UserError } from './errors.js';

/** The user's cache folder for lessonpack: $XDG_CACHE_HOME/lessonpack, else ~/.cache/lessonpack. */
export function cacheRoot(): string {
  const base = process.env.XDG_CACHE_HOME && isAbsolute(process.env.XDG_CACHE_HOME) ? process.env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'lessonpack');
}

/** Whether `path` is `root` or inside it. */
function within(root: string, path: string): boolean {
  const rel = relative(resolve(root), resolve(path));
  return !rel || !(rel.startsWith('..') || isAbsolute(rel));
}

/** Refuses a cache folder inside the project: a checkout could then supply the secret and the cache. */
export function checkCacheOutside(projectRoot: string): void {
  if (within(projectRoot, cacheRoot()))
    throw new UserError(
      `the cache folder ${cacheRoot()} is inside the project, where a checkout could supply it: set XDG_CACHE_HOME to a folder outside the project`,
    );
}

const secrets = new Map<string, Buffer>();

/** This machine's secret: 32 random bytes made on first use, readable by this user only. */
export function machineSecret(): Buffer {
  const file = join(cacheRoot(), 'secret');
  const known = secrets.get(file);
  if (known) return known;
  mkdirSync(cacheRoot(), { recursive: true, mode: 0o700 });
  try {
    writeFileSync(file, randomBytes(32), { flag: 'wx', mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  // Opened without following a link and checked on the descriptor: a regular file of exactly 32 bytes.
  const fd = openSync(file, 'r');
  try {
    const stat = fstatSync(fd);
    const secret = Buffer.alloc(32);
    if (!stat.isFile() || stat.size !== 32 || readSync(fd, secret, 0, 32, 0) !== 32)
      throw new UserError(`${file} is not lessonpack's secret (32 bytes): delete it, and the next build makes a new one`);
    secrets.set(file, secret);
    return secret;
  } finally {
    closeSync(fd);
  }
}

/** A signature only this machine can make: HMAC-SHA256 of the parts with the machine's secret. */
export function machineMac(...parts: string[]): string {
  return createHmac('sha256', machineSecret()).update(parts.join('\0')).digest('hex');
}

/** This project's folder in the cache, named by its real path. */
export function projectCacheDir(realRoot: string): string {
  return join(cacheRoot(), 'projects', createHmac('sha256', 'lessonpack').update(realRoot).digest('hex').slice(0, 24));
}
