/** Cancellation by AbortSignal: a stopped build stops alone; the next build in the same process runs in full. */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { repoRoot, tempDir } from './helpers.js';

function project(): string {
  const root = tempDir('lessonpack-abort-');
  cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
  return root;
}

describe('stopping a build', () => {
  it('an abort mid-build stops it; a later build in the same process prints everything', async () => {
    const root = project();
    const stop = new AbortController();
    const first = await build({
      root,
      signal: stop.signal,
      concurrency: 1,
      onEvent: (e) => {
        if (e.type === 'document') stop.abort();
      },
    });
    expect(first.interrupted).toBe(true);
    const printed = first.documents.filter((d) => d.status === 'printed').length;
    expect(printed).toBeGreaterThanOrEqual(1);
    expect(printed).toBeLessThan(7);
    expect(first.documents.every((d) => d.status !== 'failed')).toBe(true);

    const second = await build({ root, onEvent: () => {} });
    expect(second.interrupted).toBeUndefined();
    expect(second.failed).toBe(false);
    expect(second.documents.filter((d) => d.status === 'printed' || d.status === 'cached')).toHaveLength(7);
    expect(second.documents.filter((d) => d.status === 'printed').length).toBe(7 - printed);
  }, 120_000);

  it('a signal aborted before the build starts no browser and prints nothing', async () => {
    const result = await build({ root: project(), signal: AbortSignal.abort(), onEvent: () => {} });
    expect(result.interrupted).toBe(true);
    expect(result.browserStarted).toBe(false);
    expect(result.documents.filter((d) => d.status === 'printed')).toEqual([]);
  }, 60_000);
});
