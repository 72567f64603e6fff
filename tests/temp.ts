/**
 * Temp folders of the test file running, removed after its last test (tests/setup.ts). Kept apart from helpers.ts so
 * that the setup file imports nothing of lessonpack: a file that replaces a module (vi.mock) must import it first.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Temp folders made by the test file running: tests/setup.ts removes them when its tests are done. */
const made: string[] = [];
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) removeDir(dir);
}

/** Removes a folder and everything in it, read-only parts included. */
export function removeDir(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
  } catch {
    // A test may have made part of it read-only: give the owner write access back, then remove it.
    execFileSync('chmod', ['-R', 'u+rwx', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A fresh temporary folder, removed after the test file's last test. */
export function tempDir(prefix = 'lessonpack-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
