import { existsSync, type FSWatcher, watch } from 'node:fs';

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

/** Watches folders and calls `onChange` once per burst of changes (editors often write a file in several steps). */
export function watchFolders(targets: WatchTarget[], onChange: (changes: Change[]) => void, debounceMs = 60): { close(): void } {
  const watchers: FSWatcher[] = [];
  let pending: Change[] = [];
  let timer: NodeJS.Timeout | undefined;
  const fire = () => {
    timer = undefined;
    const files = pending;
    pending = [];
    onChange(files);
  };
  for (const t of targets) {
    // Folders are watched rather than files: editors that save by renaming a temp file would end a file watch.
    if (!existsSync(t.dir)) continue;
    try {
      const w = watch(t.dir, { recursive: t.recursive }, (_event, name) => {
        const file = name ? String(name) : '';
        if (t.names && !t.names.includes(file)) return;
        pending.push({ dir: t.dir, file });
        clearTimeout(timer);
        timer = setTimeout(fire, debounceMs);
      });
      w.on('error', () => w.close());
      watchers.push(w);
    } catch {
      // A folder that vanished between the check and the watch is simply not watched.
    }
  }
  return {
    close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
