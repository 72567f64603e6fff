import { existsSync } from 'node:fs';
import { basename, dirname, relative } from 'node:path';
import { type FSWatcher, watch } from 'chokidar';

export interface WatchTarget {
  dir: string;
  recursive: boolean;
  /** Only changes to these file names count (for folders that also hold unrelated files, like the project root). */
  names?: string[];
}

/** A changed file: the watched folder and the name inside it. */
export interface Change {
  dir: string;
  file: string;
}

/**
 * Watches folders and calls `onChange` once per burst of changes (editors often write a file in several steps).
 * chokidar follows a file that an editor replaces by renaming a temp file over it ("safe save": vim, many IDEs,
 * `sed -i`), which Node's own recursive fs.watch loses for good.
 */
export function watchFolders(targets: WatchTarget[], onChange: (changes: Change[]) => void, debounceMs = 60): { close(): Promise<void>; ready: Promise<void> } {
  const watchers: FSWatcher[] = [];
  let pending: Change[] = [];
  let timer: NodeJS.Timeout | undefined;
  const fire = () => {
    timer = undefined;
    const files = pending;
    pending = [];
    onChange(files);
  };
  const ready: Promise<void>[] = [];
  for (const t of targets) {
    if (!existsSync(t.dir)) continue;
    const w = watch(t.dir, {
      ignoreInitial: true,
      depth: t.recursive ? 20 : 0,
      // Editors' temp and backup files (4913, .swp, ~) are not lesson files; their renames are followed anyway.
      ignored: (path: string) => path !== t.dir && (t.names ? !t.names.includes(basename(path)) && dirname(path) === t.dir : false),
      atomic: true,
    });
    w.on('all', (_event, path) => {
      pending.push({ dir: t.dir, file: relative(t.dir, path) });
      clearTimeout(timer);
      timer = setTimeout(fire, debounceMs);
    });
    // A folder that vanishes or cannot be read stops being watched; the others go on.
    w.on('error', () => {});
    ready.push(new Promise((resolve) => w.once('ready', () => resolve())));
    watchers.push(w);
  }
  return {
    ready: Promise.all(ready).then(() => {}),
    async close() {
      clearTimeout(timer);
      await Promise.all(watchers.map((w) => w.close()));
    },
  };
}
