import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The installed lessonpack package (holds schemas/, templates/, styles/). Works from src/ (tsx) and lib/ (compiled). */
export const packageRoot = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('lessonpack: cannot find its package.json');
    dir = up;
  }
  return dir;
})();
