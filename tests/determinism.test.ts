/** Same inputs, same bytes: in any folder, on any machine with the same Chromium; the date comes from SOURCE_DATE_EPOCH. */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
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

  it('SOURCE_DATE_EPOCH sets the PDF dates (and so the bytes)', async () => {
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    const dated = await buildCopy('lessonpack-det-epoch-');
    const pdf = await PDFDocument.load(readFileSync(join(dated.root, 'dist/mini-lesson/handout.pdf')), { updateMetadata: false });
    expect(pdf.getCreationDate()?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(pdf.getModificationDate()?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
    delete process.env.SOURCE_DATE_EPOCH;
    const undated = await buildCopy('lessonpack-det-plain-');
    expect(undated.sums['mini-lesson/handout.pdf']).not.toBe(dated.sums['mini-lesson/handout.pdf']);
    const plain = await PDFDocument.load(readFileSync(join(undated.root, 'dist/mini-lesson/handout.pdf')), { updateMetadata: false });
    expect(plain.getCreationDate()?.toISOString()).toBe('2024-01-01T00:00:00.000Z');
  }, 240_000);
});
