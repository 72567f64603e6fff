/** The versions of the map-data packages, without loading the data: cache keys need them on every build. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** A package's folder, found from its entry point when its exports map hides package.json (d3-geo). */
export function packageDir(pkg: string): string {
  let dir: string;
  try {
    dir = dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    dir = dirname(require.resolve(pkg));
  }
  while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== pkg) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the folder of ${pkg}`);
    dir = up;
  }
  return dir;
}

export const packageVersion = (pkg: string): string => JSON.parse(readFileSync(join(packageDir(pkg), 'package.json'), 'utf8')).version;

/**
 * The code that draws maps (this folder's own files, as they run): part of a drawing's cache key, so that a change to
 * how maps are drawn (sizes, scales, label rules) gives new drawings even where the version number did not change.
 */
export const DRAWING_CODE = createHash('sha256')
  .update(
    readdirSync(import.meta.dirname)
      .filter((f) => /\.[jt]s$/.test(f))
      .sort()
      .map((f) => readFileSync(join(import.meta.dirname, f), 'utf8'))
      .join('\0'),
  )
  .digest('hex')
  .slice(0, 16);

/** The map-data packages and their versions: part of every figure's cache key (new data, new drawing). */
export const MAP_DATA_VERSION = ['world-atlas', 'topojson-client', 'd3-geo'].map((p) => `${p}@${packageVersion(p)}`).join(' ');
