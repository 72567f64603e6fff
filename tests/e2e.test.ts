/** End to end: the bundled unit printed to real PDFs, read back. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../src/build.js';
import type { LessonFile } from '../src/model/index.js';
import { prepare } from '../src/pipeline.js';
import { loadProject } from '../src/project.js';
import { plainText } from '../src/render/markdown.js';
import { sha256 } from '../src/write/manifest.js';
import { readOutline } from '../src/write/pdf.js';
import {
  bodyInk,
  lastLineScale,
  maxColourSpread,
  pageSizes,
  pdfFonts,
  pdfPages,
  pdfText,
  quietBuild,
  repoRoot,
  squash,
  structureSummary,
  tempDir,
} from './helpers.js';

const out = tempDir('lessonpack-e2e-');
let result: BuildResult;
const lessons = ['korean-war-cause', 'korean-war-escalation', 'korean-war-legacy'].map(
  (id) => JSON.parse(readFileSync(join(repoRoot, 'lessons', `${id}.json`), 'utf8')) as LessonFile,
);
const file = (p: string) => join(out, p);

/** Answer texts a student must never see: model answers, table answers, MC explanations, teacher notes. */
function secrets(l: LessonFile): string[] {
  const s: string[] = [];
  for (const q of l.sections.flatMap((x) => x.questions)) {
    if (q.kind === 'short-answer' || q.kind === 'extended-response') s.push(q.answer);
    if (q.kind === 'multiple-choice') s.push(q.explanation);
    if (q.kind === 'table') s.push(...q.rows.flatMap((r) => r.answers));
    if (q.teacherNote) s.push(q.teacherNote);
  }
  for (const n of l.teacherNotes ?? []) s.push(n.note);
  // Compare a plain-text stretch from each: markdown markers stripped, long enough to be unique, and not
  // words the answer merely repeats from its (public) prompt.
  const plain = (t: string) => squash(t.replace(/^\s*[-+] /gm, '').replace(/[*_`#>\\]/g, ''));
  const prompts = plain(l.sections.flatMap((x) => x.questions.map((q) => q.prompt)).join(' '));
  return s.map((t) => plain(t).slice(0, 60)).filter((t) => t.length >= 25 && !prompts.includes(t));
}

beforeAll(async () => {
  result = await quietBuild({ root: repoRoot, out, force: true });
}, 240_000);

describe('the bundled unit builds', () => {
  it('writes every document at its contract path', () => {
    expect(result.failed).toBe(false);
    const paths = result.documents.map((d) => d.path);
    for (const l of lessons) {
      for (const kind of ['handout', 'worksheet', 'answer-key', 'marking-guide', 'overview', 'student-pack', 'teacher-pack'])
        expect(paths).toContain(`${l.id}/${kind}.pdf`);
    }
    expect(paths).toContain('unit-overview.pdf');
    expect(paths).toContain('unit-pack.pdf');
  });

  it('the manifest lists every output with its sha256, pages and inputs', () => {
    const manifest = JSON.parse(readFileSync(file('manifest.json'), 'utf8'));
    // Every document, and README.txt (which file is for whom).
    expect(manifest.documents.map((e: { path: string }) => e.path).sort()).toEqual([...result.documents.map((d) => d.path), 'README.txt'].sort());
    for (const e of manifest.documents) {
      expect(sha256(readFileSync(file(e.path)))).toBe(e.sha256);
      if (e.path.endsWith('.pdf')) expect(e.pages).toBeGreaterThan(0);
    }
    const handout = manifest.documents.find((e: { path: string }) => e.path === 'korean-war-cause/handout.pdf');
    expect(handout.inputs).toContain('lessons/korean-war-cause.json');
    expect(handout.inputs.some((i: string) => i.startsWith('sources/'))).toBe(true);
  });

  it('prints Letter pages with only our fonts, all embedded', async () => {
    for (const p of ['korean-war-cause/handout.pdf', 'korean-war-legacy/answer-key.pdf', 'unit-overview.pdf']) {
      for (const size of await pageSizes(file(p))) expect(size).toEqual({ width: 612, height: 792 });
      const fonts = pdfFonts(file(p));
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) {
        expect(f.embedded).toBe(true);
        expect(f.name).toMatch(/\+(SourceSerif4|SourceSans3)/);
      }
    }
  });

  it('handouts quote the excerpts verbatim with citations', async () => {
    const text = await pdfText(file('korean-war-cause/handout.pdf'));
    expect(text).toContain(squash(lessons[0]?.centralQuestion ?? 'missing'));
    expect(text).toContain('Source:');
    const legacy = await pdfText(file('korean-war-legacy/handout.pdf'));
    expect(legacy).toContain('Document A');
  });

  it('the overviews print the words and reading grade of every text students read, the adapted one where there is one', async () => {
    const prepared = await prepare(await loadProject(repoRoot), [], repoRoot);
    const unit = await pdfText(file('unit-overview.pdf'));
    let adapted = 0;
    for (const l of prepared.lessons) {
      const overview = await pdfText(file(`${l.data.id}/overview.pdf`));
      const bg = l.reading.background;
      expect(overview).toContain(`Background Written for this lesson background reading ${bg.words} ${bg.grade?.toFixed(1)}`);
      expect(unit).toContain(`Background: ${bg.words} words, grade ${bg.grade?.toFixed(1)}`);
      for (const e of l.excerpts) {
        const label = `${e.label}${e.adapted ? ' (adapted)' : ''}`;
        // The words students read: an adapted document is counted as adapted, not as the excerpt it replaces.
        const words = e.adapted
          ? squash(plainText(e.adapted.text))
              .split(' ')
              .filter((w) => /[\p{L}\p{N}]/u.test(w)).length
          : e.original.words;
        expect(e.reading.words).toBe(words);
        if (e.adapted) adapted++;
        expect(overview).toMatch(new RegExp(`${label.replace(/[()]/g, '\\$&')} .*? ${words} ${e.reading.grade?.toFixed(1).replace('.', '\\.')} `));
        expect(unit).toContain(`${label}: ${words} words, grade ${e.reading.grade?.toFixed(1)}`);
      }
      expect(overview).toContain(
        `the worksheet's ${l.data.sections.flatMap((s) => s.questions).length} prompts ${l.reading.prompts.words} ${l.reading.prompts.grade?.toFixed(1)}`,
      );
    }
    expect(adapted).toBeGreaterThan(0);
  });

  it('answers appear in the teacher edition and never in a student document', async () => {
    for (const l of lessons) {
      // Compared without whitespace: PDF text breaks lines (and hyphenated words) anywhere.
      const bare = (t: string) => t.replace(/\s+/g, '');
      const key = bare([await pdfText(file(`${l.id}/answer-key.pdf`)), await pdfText(file(`${l.id}/marking-guide.pdf`))].join(' '));
      const student = bare(
        [await pdfText(file(`${l.id}/handout.pdf`)), await pdfText(file(`${l.id}/worksheet.pdf`)), await pdfText(file(`${l.id}/student-pack.pdf`))].join(' '),
      );
      const hidden = secrets(l);
      expect(hidden.length).toBeGreaterThan(10);
      for (const s of hidden) {
        expect(key, `answer key of ${l.id} lacks: ${s}`).toContain(bare(s));
        expect(student, `student copy of ${l.id} shows: ${s}`).not.toContain(bare(s));
      }
      expect(student).not.toContain('ANSWERKEY');
      expect(student).not.toContain('Markingnotes');
      // Written answers sit in the key itself, where the student writes them.
      const inKey = bare(await pdfText(file(`${l.id}/answer-key.pdf`)));
      for (const q of l.sections.flatMap((x) => x.questions))
        if (q.kind === 'short-answer') expect(inKey).toContain(bare(squash(q.answer.replace(/[*_`]/g, ''))).slice(0, 40));
    }
  });

  it('worksheet and key paginate identically: same page count, every question on the same page', async () => {
    for (const l of lessons) {
      const ws = await pdfPages(file(`${l.id}/worksheet.pdf`));
      const key = await pdfPages(file(`${l.id}/answer-key.pdf`));
      expect(key.length, `${l.id}: key pages = worksheet pages`).toBe(ws.length);
      const count = l.sections.flatMap((s) => s.questions).length;
      const pageOf = (pages: string[], n: number) => pages.findIndex((p) => new RegExp(`(^|\\s)Q${n}(\\s|$)`).test(p));
      for (let n = 1; n <= count; n++) {
        expect(pageOf(ws, n), `Q${n} of ${l.id}`).toBeGreaterThanOrEqual(0);
        expect(pageOf(key, n), `Q${n} of ${l.id}`).toBe(pageOf(ws, n));
      }
      // Points beside each question and per section, in both editions.
      const total = l.sections.flatMap((s) => s.questions).reduce((n, q) => n + q.points, 0);
      expect(ws.join(' ')).toContain(`/ ${total} points`);
    }
  });

  it('every page has a running header and "Page X of Y"', async () => {
    const pages = await pdfPages(file('korean-war-escalation/worksheet.pdf'));
    pages.forEach((p, i) => {
      expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(p).toContain('Worksheet');
    });
    expect((await pdfPages(file('korean-war-escalation/handout.pdf')))[0]).toMatch(/Name\s*Class\s*Date/);
  });

  it('packs: every document starts on an odd page, the contents page matches the bookmarks', async () => {
    const doc = await PDFDocument.load(readFileSync(file('unit-pack.pdf')), { updateMetadata: false });
    const outline = readOutline(doc);
    const pages = await pdfPages(file('unit-pack.pdf'));
    expect(pages).toHaveLength(doc.getPageCount());
    // Cover, contents, unit overview, then per lesson: its cover and five documents.
    const docs = outline.filter((e) => e.level <= 2);
    expect(docs.filter((e) => e.level === 1).map((e) => e.title)).toEqual([
      'The Korean War, 1945 to Today',
      'Contents',
      'Unit overview',
      ...lessons.map((l) => l.title),
    ]);
    for (const e of docs) expect(e.page % 2, `${e.title} starts on page ${e.page}`).toBe(1);
    for (const l of lessons) {
      const at = outline.findIndex((e) => e.title === l.title);
      expect(
        outline
          .slice(at + 1)
          .filter((e) => e.level === 2)
          .slice(0, 5)
          .map((e) => e.title),
      ).toEqual(['Lesson overview', 'Student handout', 'Worksheet', 'Answer key', 'Marking guide']);
    }
    // The contents page lists each top entry with the page the bookmark opens.
    const contents = squash(pages[(outline.find((e) => e.title === 'Contents')?.page ?? 1) - 1] ?? '');
    for (const e of docs.filter((x) => x.title !== 'Contents' && x.page > 2))
      expect(contents).toMatch(new RegExp(`${e.title.replace(/[?()]/g, '.')} ${e.page}\\b`));
    // Inserted blank pages say so.
    for (const e of docs) {
      const before = pages[e.page - 2];
      if (before !== undefined && !/Page (\d+) of \1/.test(before) && e.page > 3) expect(before).toMatch(/intentionally left blank|Teacher pack/);
    }
  });

  it('every PDF is tagged, with metadata and only embedded fonts; packs keep one structure part per document', async () => {
    const manifest = JSON.parse(readFileSync(file('manifest.json'), 'utf8')) as { documents: { path: string }[] };
    for (const { path } of manifest.documents.filter((e) => e.path.endsWith('.pdf'))) {
      const doc = await PDFDocument.load(readFileSync(file(path)), { updateMetadata: false });
      expect(doc.getTitle(), path).toBeTruthy();
      expect(doc.getAuthor()).toBe('lessonpack');
      expect(doc.getSubject(), path).toBeTruthy();
      expect(doc.getKeywords(), path).toBeTruthy();
      expect(String(doc.catalog.get((await import('pdf-lib')).PDFName.of('Lang')))).toContain('en');
      for (const f of pdfFonts(file(path))) expect(f.embedded, `${path}: ${f.name}`).toBe(true);
      const tags = await structureSummary(file(path));
      expect(tags.marked, path).toBe(true);
      expect(tags.top, path).toEqual(['Document']);
      expect(tags.types.has('P') || tags.types.has('H1'), path).toBe(true);
    }
    const pack = await structureSummary(file('korean-war-cause/teacher-pack.pdf'));
    const packDoc = await PDFDocument.load(readFileSync(file('korean-war-cause/teacher-pack.pdf')), { updateMetadata: false });
    const blanks = (await pdfPages(file('korean-war-cause/teacher-pack.pdf'))).filter((p) => p.includes('intentionally left blank')).length;
    expect(pack.parts).toBe(6 + blanks); // cover + five documents + inserted blank pages
    expect(pack.pagesMapped).toBe(true);
    expect(packDoc.getPageCount()).toBeGreaterThan(20);
    expect(pack.untaggedPages).toBeLessThan(packDoc.getPageCount() / 4);
  });

  it('prints in grays only, so nothing depends on colour on a photocopier', () => {
    for (const kind of ['handout', 'worksheet', 'answer-key', 'overview', 'marking-guide'])
      expect(maxColourSpread(file(`korean-war-cause/${kind}.pdf`)), kind).toBeLessThanOrEqual(6);
    expect(maxColourSpread(file('unit-overview.pdf'))).toBeLessThanOrEqual(6);
  });

  it('no page ends with a heading', async () => {
    for (const l of lessons)
      for (const kind of ['handout', 'worksheet', 'answer-key', 'marking-guide', 'overview']) {
        const scales = await lastLineScale(file(`${l.id}/${kind}.pdf`));
        // Section and document headings are set 1.3 to 1.9 times the body size; no page may end on one.
        for (const [i, s] of scales.entries()) expect(s, `${l.id}/${kind}.pdf page ${i + 1} ends with a heading`).toBeLessThan(1.2);
      }
  });

  it('no document has an empty page: every page has text or writing lines between its header and footer', async () => {
    for (const l of lessons)
      for (const kind of ['handout', 'worksheet', 'answer-key', 'marking-guide', 'overview']) {
        const pages = (await pdfPages(file(`${l.id}/${kind}.pdf`))).length;
        for (let i = 1; i <= pages; i++) expect(bodyInk(file(`${l.id}/${kind}.pdf`), i), `${l.id}/${kind}.pdf page ${i} is empty`).toBeGreaterThan(0.005);
      }
  });
});
