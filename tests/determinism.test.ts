/** Same inputs, same bytes: in any folder, on any machine with the same Chromium; the date comes from SOURCE_DATE_EPOCH. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { quietBuild, repoRoot, tempDir } from './helpers.js';

/** A copy of the mini project at a path of its own; its PDFs' sha256 by path. */
async function buildCopy(prefix: string): Promise<{ root: string; sums: Record<string, string> }> {
  const root = join(tempDir(prefix), 'nested', 'deeper', 'course');
  cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
  // Files the project brings (a template override, a logo) are hashed into every key: by name inside the project.
  mkdirSync(join(root, 'branding/templates/partials'), { recursive: true });
  writeFileSync(join(root, 'branding/templates/partials/student-lines.hbs'), '<p class="student-lines">Name ______</p>\n');
  writeFileSync(join(root, 'branding/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><rect width="20" height="20"/></svg>');
  writeFileSync(join(root, 'lessonpack.config.json'), JSON.stringify({ templates: 'branding/templates', logo: 'branding/logo.svg' }));
  const result = await quietBuild({ root, packs: true });
  expect(result.failed).toBe(false);
  const manifest = JSON.parse(readFileSync(join(root, 'dist/manifest.json'), 'utf8')) as { documents: { path: string; sha256: string }[] };
  return { root, sums: Object.fromEntries(manifest.documents.map((d) => [d.path, d.sha256])) };
}

afterEach(() => {
  delete process.env.SOURCE_DATE_EPOCH;
});

describe('deterministic output', () => {
  it('two checkouts in different folders give byte-identical PDFs', async () => {
    const a = await buildCopy('lessonpack-det-a-');
    const b = await buildCopy('lessonpack-det-bb-longer-name-');
    expect(Object.keys(a.sums).length).toBeGreaterThan(5);
    expect(b.sums).toEqual(a.sums);
  }, 240_000);

  it('SOURCE_DATE_EPOCH sets the date of every PDF, packs included (and so the bytes); unset, a fixed date', async () => {
    const builds: Record<string, { root: string; sums: Record<string, string> }> = {};
    for (const [name, epoch] of [
      ['2023', '1700000000'],
      ['2001', '1000000000'],
      ['unset', undefined],
    ] as const) {
      if (epoch) process.env.SOURCE_DATE_EPOCH = epoch;
      else delete process.env.SOURCE_DATE_EPOCH;
      builds[name] = await buildCopy(`lessonpack-det-epoch-${name}-`);
    }
    const expected = { '2023': '2023-11-14T22:13:20.000Z', '2001': '2001-09-09T01:46:40.000Z', unset: '2024-01-01T00:00:00.000Z' };
    for (const [name, { root, sums }] of Object.entries(builds)) {
      const files = Object.keys(sums).filter((path) => path.endsWith('.pdf'));
      expect(files).toEqual(expect.arrayContaining(['mini-lesson/handout.pdf', 'mini-lesson/teacher-pack.pdf']));
      // Every date anywhere in the file (document info, XMP metadata if any) is the build's date.
      for (const path of files) expect([path, datesIn(join(root, 'dist', path))]).toEqual([path, [expected[name as keyof typeof expected]]]);
    }
    // A different date, different bytes: for every file.
    for (const path of Object.keys(builds.unset?.sums ?? {}).filter((p) => p.endsWith('.pdf'))) {
      const [a, b, c] = ['2023', '2001', 'unset'].map((n) => builds[n]?.sums[path]);
      expect(new Set([a, b, c]).size, path).toBe(3);
    }
    // The date is an input like any other: rebuilt in place with another date, nothing comes from the cache.
    const again = builds['2001']?.root ?? '';
    const rebuilt = await quietBuild({ root: again });
    expect(rebuilt.documents.filter((d) => d.status !== 'printed')).toEqual([]);
    expect(datesIn(join(again, 'dist/mini-lesson/handout.pdf'))).toEqual([expected.unset]);
  }, 360_000);
});

/** Every date a PDF holds, as ISO strings: the document info's (D:...) and any XMP date. */
function datesIn(file: string): string[] {
  const text = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], { maxBuffer: 256 * 1024 * 1024 }).toString('latin1');
  const info = [...text.matchAll(/\(D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z?[^)]*\)/g)].map(
    ([, y, mo, d, h, mi, s]) => `${y}-${mo}-${d}T${h}:${mi}:${s}.000Z`,
  );
  const xmp = [...text.matchAll(/<xmp:\w*Date>([^<]+)</g)].map((m) => new Date(m[1] ?? '').toISOString());
  return [...new Set([...info, ...xmp])];
}
