/** The versions of the map-data packages, without loading the data: cache keys need them on every build. */
import { existsSync, readFileSync } from 'node:fs';
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

/** The map-data packages and their versions: part of every figure's cache key (new data, new drawing). */
export const MAP_DATA_VERSION = ['world-atlas', 'topojson-client', 'd3-geo'].map((p) => `${p}@${packageVersion(p)}`).join(' ');
