/** A full or read-only output disk: one clear message, the build stops, and the PDFs already there are kept. */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { UserError } from '../src/errors.js';
import { sha256 } from '../src/write/manifest.js';
import { quietBuild, repoRoot, tempDir } from './helpers.js';

/** The error every write of a temp file gets while set (the disk, as the operating system reports it). */
const disk = vi.hoisted(() => ({ error: '' }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile: typeof real.writeFile = async (path, data, options) => {
    if (disk.error && String(path).endsWith('.tmp')) throw Object.assign(new Error(`${disk.error}: simulated`), { code: disk.error });
    return real.writeFile(path, data, options);
  };
  return { ...real, writeFile, default: { ...real, writeFile } };
});

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** Every file of the output folder with its checksum. */
const snapshot = (out: string) =>
  Object.fromEntries(
    readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort()
      .map((f) => [f, sha256(readFileSync(f))]),
  );

describe('an output disk that cannot be written', () => {
  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EROFS', 'the disk is read-only'],
  ])('%s: the build stops with one message saying so; every PDF and the manifest already there are kept', async (code, words) => {
    const root = tempDir('lessonpack-disk-');
    roots.push(root);
    cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
    const out = join(root, 'dist');
    await quietBuild({ root, packs: false });
    const before = snapshot(out);
    const file = join(root, 'lessons/mini-lesson.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('When did the Korean War begin?', 'In which year did the Korean War begin?'));

    disk.error = code;
    const error = await quietBuild({ root, packs: false }).then(
      () => undefined,
      (e: unknown) => e,
    );
    disk.error = '';

    expect(error).toBeInstanceOf(UserError);
    // The first write that fails names its file (a PDF, or the manifest that drops an entry before its PDF is replaced).
    expect((error as Error).message).toMatch(new RegExp(`^dist/\\S+ cannot be written: ${words} \\(${code}\\); the PDFs already in dist are kept$`));
    expect(snapshot(out)).toEqual(before);
  });
});
