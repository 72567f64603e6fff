/** End to end: the bundled unit printed to real PDFs, read back. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../src/build.js';
import type { LessonFile, UnitFile } from '../src/model/index.js';
import { readOutline } from '../src/pdf/outline.js';
import { prepare } from '../src/pipeline.js';
import { loadProject } from '../src/project.js';
import { framework } from '../src/render/teaching-view.js';
import { plainText } from '../src/text/markdown.js';
import { sha256 } from '../src/write/manifest.js';
import {
  bodyInk,
  bundledUnit,
  expectPageSize,
  lastLineScale,
  maxColourSpread,
  pdfFonts,
  pdfPages,
  pdfText,
  repoRoot,
  squash,
  structureSummary,
} from './helpers.js';

let out = '';
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
  ({ out, result } = await bundledUnit());
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
      await expectPageSize(file(p), { width: 612, height: 792 });
      const fonts = pdfFonts(file(p));
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) {
        expect(f.embedded).toBe(true);
        // Noto Sans KR draws the Korean forms the unit gives beside its key terms (38선, 정전협정).
        expect(f.name).toMatch(/\+(SourceSerif4|SourceSans3|NotoSansKR)/);
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
    // The English lessons: a lesson in another language is counted but not graded (tests/spanish-edition.test.ts).
    for (const l of prepared.lessons.filter((x) => (x.data.language ?? 'en') === 'en')) {
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
      expect(contents).toMatch(new RegExp(`${e.title.replace(/[?()]/g, '.')} ${e.page}(?!\\d)`));
    // Inserted blank pages say so.
    for (const e of docs) {
      const before = pages[e.page - 2];
      if (before !== undefined && !/Page (\d+) of \1/.test(before) && e.page > 3) expect(before).toMatch(/intentionally left blank|Teacher pack/);
    }
  });

  it('every PDF passes qpdf --check (structure, cross-reference table, streams)', () => {
    const manifest = JSON.parse(readFileSync(file('manifest.json'), 'utf8')) as { documents: { path: string }[] };
    const pdfs = manifest.documents.filter((d) => d.path.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(20);
    for (const { path } of pdfs) {
      const res = spawnSync('qpdf', ['--check', file(path)], { encoding: 'utf8' });
      expect([path, res.status, res.stdout.includes('No syntax or stream encoding errors found')]).toEqual([path, 0, true]);
    }
  });

  it('every PDF is tagged, with metadata and only embedded fonts; packs keep one structure part per document', async () => {
    const manifest = JSON.parse(readFileSync(file('manifest.json'), 'utf8')) as { documents: { path: string }[] };
    for (const { path } of manifest.documents.filter((e) => e.path.endsWith('.pdf'))) {
      const doc = await PDFDocument.load(readFileSync(file(path)), { updateMetadata: false });
      expect(doc.getTitle(), path).toBeTruthy();
      // The lessons' own "author" (the unit's documents and packs name their lessons' authors).
      expect(doc.getAuthor(), path).toBe('lessonpack curriculum team');
      expect(doc.getSubject(), path).toBeTruthy();
      expect(doc.getKeywords(), path).toBeTruthy();
      // /Lang is the document's language: Spanish for the Spanish edition of lesson 1, English for the rest.
      expect(String(doc.catalog.get((await import('@cantoo/pdf-lib')).PDFName.of('Lang'))), path).toBe(
        path.startsWith('korean-war-cause-es/') ? '(es)' : '(en)',
      );
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

describe('what makes the unit teachable is printed', () => {
  const unitFile = JSON.parse(readFileSync(join(repoRoot, 'lessons/unit.json'), 'utf8')) as UnitFile;
  // Compared without whitespace or Markdown markers: PDF text breaks lines anywhere.
  const bare = (t: string) => t.replace(/[*_`]/g, '').replace(/\s+/g, '');
  const text = async (p: string) => bare(await pdfText(file(p)));
  const questions = (l: LessonFile) => l.sections.flatMap((s) => s.questions);

  it('the unit notes, the standards of every lesson, the casualty table and the scoring rules are in the unit overview', async () => {
    const overview = await text('unit-overview.pdf');
    const notes = unitFile.notes ?? [];
    expect(notes.length).toBeGreaterThan(5);
    for (const n of notes) expect(overview, n.slice(0, 60)).toContain(bare(n.slice(0, 80)));
    for (const l of lessons) {
      expect(l.standards?.length, l.id).toBeGreaterThan(5);
      for (const s of l.standards ?? []) expect(overview, `${l.id}: ${s.code}`).toContain(bare(s.code));
    }
    for (const t of unitFile.referenceTables ?? []) {
      expect(overview).toContain(bare(t.title));
      for (const row of t.rows) expect(overview, row[0]).toContain(bare(row[0] ?? 'missing'));
    }
    expect(overview).toContain(bare('Casualty figures'));
    expect(overview).toContain(bare('Ordering: Full points, minus 1 for each item that has to be moved'));
  });

  it('each lesson overview lists its standards and its plan period by period, with the minutes of a period', async () => {
    for (const l of lessons) {
      const overview = await text(`${l.id}/overview.pdf`);
      for (const s of l.standards ?? []) expect(overview, `${l.id}: ${s.code}`).toContain(bare(`${s.code}${framework(s.code)}`));
      const periods = new Set((l.timing ?? []).map((t) => t.period ?? 1)).size;
      expect(periods, l.id).toBe(3);
      expect(overview).toContain(bare(`Lesson plan (${periods} periods of ${l.periodMinutes} minutes)`));
      for (let p = 1; p <= periods; p++) expect(overview, `${l.id} period ${p}`).toMatch(new RegExp(`Period${p}\\(\\d+of${l.periodMinutes}minutes\\)`));
    }
  });

  it('extension questions are marked on the worksheet, the key and the question map; core ones are not', async () => {
    for (const l of lessons) {
      const extension = questions(l).flatMap((q, i) => (q.tier === 'extension' ? [i + 1] : []));
      expect(extension.length, l.id).toBeGreaterThan(1);
      for (const kind of ['worksheet', 'answer-key']) {
        const doc = await text(`${l.id}/${kind}.pdf`);
        questions(l).forEach((q, i) => {
          const marked = doc.includes(`Q${i + 1}Extension`);
          expect(marked, `${l.id}/${kind} Q${i + 1}`).toBe(q.tier === 'extension');
        });
      }
      // The overview's question map has one tier cell per question.
      const overview = await pdfText(file(`${l.id}/overview.pdf`));
      expect(overview.match(/\bExtension\b/g)?.length, l.id).toBe(extension.length);
      // ("Common Core" in the standards table is not a tier.)
      expect(overview.match(/(?<!Common )\bCore\b/g)?.length, l.id).toBe(questions(l).length - extension.length);
    }
  });

  it('every worksheet ends with its exit ticket; the model answer is only in the teacher documents', async () => {
    for (const l of lessons) {
      const ticket = l.exitTicket;
      if (!ticket) throw new Error(`${l.id} has no exit ticket`);
      const pages = await pdfPages(file(`${l.id}/worksheet.pdf`));
      const last = bare(pages[pages.length - 1] ?? '');
      expect(last, l.id).toContain(bare(`Exit ticket${plainTitle(l)}`));
      expect(last, l.id).toContain(bare(ticket.prompt).slice(0, 60));
      const answer = bare(ticket.answer).slice(0, 60);
      for (const kind of ['worksheet', 'handout', 'student-pack']) expect(await text(`${l.id}/${kind}.pdf`), `${l.id}/${kind}`).not.toContain(answer);
      for (const kind of ['answer-key', 'marking-guide']) expect(await text(`${l.id}/${kind}.pdf`), `${l.id}/${kind}`).toContain(answer);
    }
  });

  it('the unit pack holds the summative task with its rubric, and the marking guides state the scoring rules', async () => {
    const task = unitFile.summative;
    if (!task) throw new Error('the unit has no summative task');
    const pack = await text('unit-pack.pdf');
    expect(pack).toContain(bare(task.title));
    expect(pack.toLowerCase()).toContain(bare('Summative task · student copy').toLowerCase());
    expect(pack).toContain(bare(task.prompt.split('\n\n')[1] ?? 'missing').slice(0, 80));
    for (const c of task.rubric) expect(pack, c.criterion).toContain(bare(c.levels[0]?.description ?? 'missing'));
    for (const l of lessons) {
      const guide = await text(`${l.id}/marking-guide.pdf`);
      expect(guide).toContain(bare('Scoring rules (the same in every lesson of the unit)'));
      expect(guide).toContain(bare('Mark all that apply: Full points, minus 1 for each correct option left unmarked'));
    }
  });

  it('the final claims print their planning box, sentence starters and word bank', async () => {
    for (const l of lessons) {
      const claim = questions(l).find((q) => q.kind === 'extended-response');
      if (claim?.kind !== 'extended-response' || !claim.scaffolds) throw new Error(`${l.id}: no scaffolds`);
      const ws = await text(`${l.id}/worksheet.pdf`);
      for (const row of claim.scaffolds.planning ?? []) expect(ws, row).toContain(bare(row));
      for (const f of claim.scaffolds.frames ?? []) expect(ws, f).toContain(bare(f));
      for (const w of claim.scaffolds.wordBank ?? []) expect(ws, w).toContain(bare(w));
    }
  });
});

/** A lesson's title as the exit ticket prints it. */
const plainTitle = (l: LessonFile) => l.title.replace(/[*_`]/g, '');
