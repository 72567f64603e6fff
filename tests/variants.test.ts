/** Accessibility variants and font guarantees, read back from real PDFs of the mini fixture project. */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../src/build.js';
import { bodyTextSize, expectPageSize, pdfFonts, pdfPages, quietBuild, repoRoot, tempDir } from './helpers.js';

const root = tempDir('lessonpack-variants-');
const out = join(root, 'dist');
const results: Record<string, BuildResult> = {};
const pdf = (variant: string, name: string) => join(out, variant === 'standard' ? '' : variant, 'mini-lesson', name);

beforeAll(async () => {
  cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
  for (const variant of ['standard', 'large-print', 'dyslexia'] as const) results[variant] = await quietBuild({ root, out, variant });
}, 240_000);

describe('variants', () => {
  it('build into dist/<variant>/ from the same lessons, packs included', () => {
    for (const variant of ['large-print', 'dyslexia']) {
      expect(results[variant]?.failed).toBe(false);
      for (const name of ['handout.pdf', 'worksheet.pdf', 'answer-key.pdf', 'student-pack.pdf', 'teacher-pack.pdf'])
        expect(existsSync(pdf(variant, name))).toBe(true);
      const manifest = JSON.parse(readFileSync(join(out, variant, 'manifest.json'), 'utf8'));
      expect(manifest.variant).toBe(variant);
    }
    // The standard build's manifest still describes only its own files.
    const standard = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { documents: { path: string }[] };
    expect(standard.documents.every((d) => !d.path.startsWith('large-print/') && !d.path.startsWith('dyslexia/'))).toBe(true);
  });

  it('large print sets body text at about 18 pt; dyslexia at 12 to 14 pt', async () => {
    expect(await bodyTextSize(pdf('standard', 'handout.pdf'))).toBeLessThan(12);
    expect(await bodyTextSize(pdf('large-print', 'handout.pdf'))).toBeGreaterThanOrEqual(17);
    const dyslexia = await bodyTextSize(pdf('dyslexia', 'handout.pdf'));
    expect(dyslexia).toBeGreaterThanOrEqual(12);
    expect(dyslexia).toBeLessThanOrEqual(14);
  });

  it('dyslexia prints only OpenDyslexic, embedded, with no italic faces', () => {
    for (const name of ['handout.pdf', 'worksheet.pdf', 'teacher-pack.pdf']) {
      const fonts = pdfFonts(pdf('dyslexia', name));
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) {
        expect(f.name).toMatch(/\+OpenDyslexic-(Regular|Bold)$/);
        expect(f.embedded).toBe(true);
      }
    }
  });

  it('in every variant the key paginates like the worksheet', async () => {
    for (const variant of ['standard', 'large-print', 'dyslexia']) {
      const ws = await pdfPages(pdf(variant, 'worksheet.pdf'));
      const key = await pdfPages(pdf(variant, 'answer-key.pdf'));
      expect(key.length, variant).toBe(ws.length);
    }
    // Larger type needs more pages: the variant really changed the layout. (The handout: the worksheet's argued
    // answer takes whole pages in every variant, so its page count need not change.)
    expect((await pdfPages(pdf('large-print', 'handout.pdf'))).length).toBeGreaterThan((await pdfPages(pdf('standard', 'handout.pdf'))).length);
  });
});

describe('paper', () => {
  it('A4 prints the same content on A4 pages, the key still paginated like the worksheet', async () => {
    const a4 = join(root, 'out-a4');
    const res = await quietBuild({ root, out: a4, paper: 'a4' });
    expect(res.failed).toBe(false);
    for (const name of ['handout.pdf', 'worksheet.pdf', 'answer-key.pdf', 'teacher-pack.pdf'])
      await expectPageSize(join(a4, 'mini-lesson', name), { width: 595, height: 842 });
    const text = (await pdfPages(join(a4, 'mini-lesson/handout.pdf'))).join(' ').replace(/\s+/g, '');
    const letter = (await pdfPages(pdf('standard', 'handout.pdf'))).join(' ').replace(/\s+/g, '');
    // Same words; only the page breaks (and so the page numbers) may differ.
    expect(text.replace(/Page\d+of\d+/g, '')).toBe(letter.replace(/Page\d+of\d+/g, ''));
    expect((await pdfPages(join(a4, 'mini-lesson/answer-key.pdf'))).length).toBe((await pdfPages(join(a4, 'mini-lesson/worksheet.pdf'))).length);
  });
});

describe('fonts', () => {
  it('a template character no font draws fails its document instead of printing as an empty box', async () => {
    // Lesson text is checked by validate; a template override is not, so the printed PDF is checked too.
    const overrides = join(root, 'overrides');
    mkdirSync(join(overrides, 'partials'), { recursive: true });
    writeFileSync(join(overrides, 'partials', 'student-lines.hbs'), '<p class="student-lines">Name \u{13000}</p>');
    writeFileSync(join(root, 'lessonpack.config.json'), JSON.stringify({ templates: 'overrides' }));
    const res = await quietBuild({ root, out: join(root, 'out-glyph'), packs: false });
    rmSync(join(root, 'lessonpack.config.json'));
    expect(res.failed).toBe(true);
    const handout = res.documents.find((d) => d.path === 'mini-lesson/handout.pdf');
    expect(handout?.status).toBe('failed');
    expect(handout?.error).toMatch(/^The Start of the Korean War: Student Handout: (1 character\(s\) have no glyph|printed with fonts other than)/);
    // The documents without the partial do not contain the character and still print.
    expect(res.documents.find((d) => d.path === 'mini-lesson/overview.pdf')?.status).toBe('printed');
  });
});
