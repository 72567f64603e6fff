/** The write stage on its own: the manifest kept in step with the files, and temp files of dead builds. */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { removeStaleTemps, tempName, writeAtomic } from '../src/write/atomic.js';
import { ADDITION_DELAY_MS, type ManifestEntry, ManifestWriter, sha256, signEntry, verifiedEntries } from '../src/write/manifest.js';
import { tempDir } from './helpers.js';

const entry = (path: string, content: string): ManifestEntry => ({
  path,
  kind: 'handout',
  sha256: sha256(content),
  pages: 1,
  bytes: Buffer.byteLength(content),
  inputs: [],
  key: path,
});
const listed = (out: string) => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).documents.map((e: ManifestEntry) => e.path);

describe('the manifest on disk', () => {
  it('ends with the latest state however many saves overlap', async () => {
    const out = tempDir();
    const entries = new Map<string, ManifestEntry>();
    const writer = new ManifestWriter(out, { generator: 'test', paper: 'letter', variant: 'standard' }, entries);
    const saves: Promise<void>[] = [];
    for (let i = 0; i < 30; i++) {
      entries.set(`d${i}.pdf`, entry(`d${i}.pdf`, String(i)));
      saves.push(writer.save());
    }
    await Promise.all(saves);
    expect(listed(out)).toHaveLength(30);
  });

  it("writes the build's own manifest file, and a stamp only when asked: a save during a build never claims completeness", async () => {
    const out = tempDir();
    const name = 'manifest.shard-2-of-3.json';
    const writer = new ManifestWriter(out, { generator: 'test', paper: 'letter', variant: 'standard' }, new Map(), name);
    const read = () => JSON.parse(readFileSync(join(out, name), 'utf8'));
    await writer.replace(entry('a.pdf', 'a'), () => writeAtomic(join(out, 'a.pdf'), 'a'));
    expect(read()).not.toHaveProperty('stamp');
    await writer.save({ key: 'k', documents: ['a.pdf'] });
    expect(read().stamp).toMatchObject({ key: 'k', documents: ['a.pdf'] });
    // A document stored after that drops the claim again.
    await writer.replace(entry('b.pdf', 'b'), () => writeAtomic(join(out, 'b.pdf'), 'b'));
    expect(read()).not.toHaveProperty('stamp');
    expect(read().documents.map((e: ManifestEntry) => e.path)).toEqual(['a.pdf', 'b.pdf']);
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
  });

  it('saves new entries in batches, and a batch that could not be saved fails the next store', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const out = tempDir();
      const writer = new ManifestWriter(out, { generator: 'test', paper: 'letter', variant: 'standard' }, new Map());
      const store = (path: string) => writer.replace(entry(path, path), () => writeAtomic(join(out, path), path));
      // The first addition drops an older build's stamp at once; the next ones wait for the batch.
      await store('a.pdf');
      expect(listed(out)).toEqual(['a.pdf']);
      await store('b.pdf');
      await store('c.pdf');
      expect(listed(out)).toEqual(['a.pdf']);
      await vi.advanceTimersByTimeAsync(ADDITION_DELAY_MS);
      await vi.waitFor(() => expect(listed(out)).toEqual(['a.pdf', 'b.pdf', 'c.pdf']));
      // A folder where the manifest goes: the next batch cannot be saved.
      rmSync(join(out, 'manifest.json'));
      mkdirSync(join(out, 'manifest.json', 'in-the-way'), { recursive: true });
      await store('d.pdf');
      await vi.advanceTimersByTimeAsync(ADDITION_DELAY_MS);
      await vi.waitFor(() => expect(store('e.pdf')).rejects.toThrow(/EISDIR|ENOTEMPTY|directory/i));
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the old entry when writing the new file fails, since the old file is still there', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'a.pdf'), 'old');
    const entries = new Map([['a.pdf', entry('a.pdf', 'old')]]);
    const writer = new ManifestWriter(out, { generator: 'test', paper: 'letter', variant: 'standard' }, entries);
    const seen: string[][] = [];
    await expect(
      writer.replace(entry('a.pdf', 'new'), async () => {
        // While the file is being replaced, the manifest does not claim either version.
        seen.push(listed(out));
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(seen).toEqual([[]]);
    expect(await verifiedEntries(out, JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')))).toEqual([signEntry(entry('a.pdf', 'old'))]);
  });

  it('drops entries whose file is gone or differs', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'same.pdf'), 'same');
    writeFileSync(join(out, 'changed.pdf'), 'changed by hand');
    const manifest = {
      generator: 'test',
      paper: 'letter',
      variant: 'standard',
      documents: [entry('same.pdf', 'same'), entry('changed.pdf', 'changed'), entry('gone.pdf', 'x')].map(signEntry),
    };
    expect((await verifiedEntries(out, manifest)).map((e) => e.path)).toEqual(['same.pdf']);
    expect(await verifiedEntries(out, { documents: 'not a list' } as never)).toEqual([]);
  });
});

describe('temp files', () => {
  it('of a dead build are removed; those of a running one stay', async () => {
    const out = tempDir();
    await writeAtomic(join(out, 'x/keep.pdf'), 'kept');
    // pid 2^22 + 1 is above Linux's maximum pid, so no process has it.
    const dead = tempName(join(out, 'x/a.pdf'), 2 ** 22 + 1);
    const live = tempName(join(out, 'x/b.pdf'), process.ppid);
    writeFileSync(dead, 'half');
    writeFileSync(live, 'in progress');
    await removeStaleTemps(out);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(readFileSync(join(out, 'x/keep.pdf'), 'utf8')).toBe('kept');
  });
});
