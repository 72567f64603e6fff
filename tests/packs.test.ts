/** Packs as jobs: a teacher pack numbers its pages and its cover says where each document starts. */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfPages, quietBuild, repoRoot, squash, tempDir } from './helpers.js';

describe('a teacher pack', () => {
  it('prints pack page numbers, and its cover lists where each document starts', async () => {
    const root = tempDir('lessonpack-packs-');
    cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
    const result = await quietBuild({ root, out: join(root, 'out') });
    expect(result.failed).toBe(false);
    const pages = (await pdfPages(join(root, 'out/mini-lesson/teacher-pack.pdf'))).map(squash);
    const listed = [...(pages[0] ?? '').matchAll(/([A-Z][a-z]+(?: [a-z]+)?): pack page (\d+)/g)].map((m) => [m[1], Number(m[2])] as const);
    expect(listed.map(([title]) => title)).toEqual(['Lesson overview', 'Student handout', 'Worksheet', 'Answer key', 'Marking guide']);
    for (const [title, page] of listed) {
      // The page the cover names starts that document (its first page) and carries that pack number.
      expect(pages[page - 1], title).toMatch(/Page 1 of \d+/);
      expect(pages[page - 1], title).toContain(`Pack page ${page}`);
    }
    // The cover is not numbered; every page of a document is.
    expect(pages[0]).not.toContain('Pack page');
    for (const [i, text] of pages.entries()) if (/Page \d+ of \d+/.test(text)) expect(text).toContain(`Pack page ${i + 1}`);
    // A student pack has no pack numbers: students get the documents as they are.
    expect((await pdfPages(join(root, 'out/mini-lesson/student-pack.pdf'))).join(' ')).not.toContain('Pack page');
  });
});
