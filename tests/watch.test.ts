/**
 * The preview's watcher and the ways editors save: in place, by renaming a temp file over the original ("safe save":
 * VS Code, JetBrains, `sed -i`), and vim's backup-then-write. Every save must be seen, however many came before.
 */
import { cpSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPreview } from '../src/preview/server.js';
import { type Change, watchFolders } from '../src/preview/watch.js';
import { repoRoot, tempDir } from './helpers.js';

const saves = {
  inPlace: (file: string, text: string) => writeFileSync(file, text),
  renameOver: (file: string, text: string) => {
    writeFileSync(`${file}.tmp-save`, text);
    renameSync(`${file}.tmp-save`, file);
  },
  vim: (file: string, text: string) => {
    renameSync(file, `${file}~`);
    writeFileSync(file, text);
    rmSync(`${file}~`);
  },
};

/** The changes of the next burst (the test fails if none comes within 5 s). */
function nextBurst(queue: Change[][]): Promise<Change[]> {
  return vi.waitFor(
    () => {
      const burst = queue.shift();
      if (!burst) throw new Error('no change seen');
      return burst;
    },
    { timeout: 5000, interval: 20 },
  );
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe('watchFolders', () => {
  it('sees every save of every kind, in any order, many times over', async () => {
    const dir = tempDir('lessonpack-watch-');
    const file = join(dir, 'lesson.json');
    writeFileSync(file, '{}');
    const bursts: Change[][] = [];
    const watcher = watchFolders([{ dir, recursive: true }], (c) => bursts.push(c));
    close = watcher.close;
    await watcher.ready;
    const order = ['renameOver', 'renameOver', 'inPlace', 'vim', 'renameOver', 'vim', 'inPlace', 'renameOver'] as const;
    for (const [i, kind] of order.entries()) {
      saves[kind](file, `{"n": ${i}}`);
      const burst = await nextBurst(bursts);
      expect(
        burst.map((c) => c.file),
        `${kind} save ${i}`,
      ).toContain('lesson.json');
      // Let the burst close before the next save, as a person typing would.
      await new Promise((r) => setTimeout(r, 150));
    }
  });
});

describe('preview reloads after safe saves', () => {
  it('every rename-save of a lesson bumps the version the pages reload on', async () => {
    const root = tempDir('lessonpack-watch-preview-');
    cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
    const versions: number[] = [];
    const server = await startPreview({ root, port: 0, onChange: (v) => versions.push(v) });
    close = server.close;
    const lesson = join(root, 'lessons/mini-lesson.json');
    for (let i = 0; i < 5; i++) {
      const before = server.version;
      saves[i % 2 ? 'vim' : 'renameOver'](lesson, JSON.stringify({ ...JSON.parse('{}'), n: i }));
      await expect.poll(() => server.version, { message: `save ${i}`, timeout: 5000, interval: 20 }).toBeGreaterThan(before);
      await new Promise((r) => setTimeout(r, 150));
    }
    expect(versions.length).toBeGreaterThanOrEqual(5);
  });
});
