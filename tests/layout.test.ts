/** The page as printed, read back from real PDFs: quoted text, glosses, the claim's pages and the unit pack's folios. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LessonFile, QuotedBlock, Source } from '../src/model/index.js';
import { readOutline } from '../src/pdf/outline.js';
import { linesPerPage } from '../src/render/page.js';
import { resolveExcerpt } from '../src/resolve/excerpts.js';
import { bundledUnit, bundledUnitDir, type PdfLine, pageFill, pdfLines, quietBuild, repoRoot, sourceLibrary, squash, tempDir } from './helpers.js';

/** The unit as `npm run build` makes it: the run's shared build, read only. */
const out = bundledUnitDir();
/** The unit in large print (no packs). */
const largePrint = join(tempDir('lessonpack-layout-lp-'), 'large-print');
/** The unit in the dyslexia variant, packs included. */
const dyslexiaDir = join(tempDir('lessonpack-layout-dys-'), 'dyslexia');
/** The unit on A4, packs included. */
const outA4 = tempDir('lessonpack-layout-a4-');
/** A file's name in messages: which build, and its path there. */
const shortName = (file: string) =>
  file.startsWith(largePrint)
    ? `large-print/${relative(largePrint, file)}`
    : file.startsWith(dyslexiaDir)
      ? `dyslexia/${relative(dyslexiaDir, file)}`
      : file.startsWith(outA4)
        ? `a4/${relative(outA4, file)}`
        : relative(out, file);
const ids = ['korean-war-cause', 'korean-war-escalation', 'korean-war-legacy'];
const lessons = ids.map((id) => JSON.parse(readFileSync(join(repoRoot, 'lessons', `${id}.json`), 'utf8')) as LessonFile);
let sources = new Map<string, Source>();
/** Every printed form of the handouts and worksheets: the three lessons in standard print, lesson 1 in large print. */
const editions = [
  ...ids.map((id) => ({ id, dir: out, variant: 'standard' as const })),
  { id: 'korean-war-cause', dir: largePrint, variant: 'large-print' as const },
];

beforeAll(async () => {
  sources = await sourceLibrary(join(repoRoot, 'sources'));
  const standard = (await bundledUnit()).result;
  const large = await quietBuild({ root: repoRoot, out: dirname(largePrint), force: true, variant: 'large-print', packs: false });
  const a4 = await quietBuild({ root: repoRoot, out: outA4, force: true, paper: 'a4' });
  const dyslexia = await quietBuild({ root: repoRoot, out: dirname(dyslexiaDir), force: true, variant: 'dyslexia' });
  expect(standard.failed || large.failed || a4.failed || dyslexia.failed).toBe(false);
}, 600_000);

/** Lines between the running header and footer (Letter: the margins are 0.85 in and 0.8 in). */
const body = (lines: PdfLine[]) => lines.filter((l) => l.y > 58 && l.y < 730);
/** Text as pdf.js reads it back: no-break spaces as spaces, and one form of each apostrophe (fonts map ’ to ʼ). */
const plain = (s: string) => squash(s.replace(/\u00a0/g, ' ').replace(/[\u2019\u02bc]/g, "'"));
const words = (s: string) => s.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The printed lines that spell out `text`, in order (a line ending in a hyphen joins the next without a space). */
function linesOf(text: string, lines: PdfLine[], from = 0): PdfLine[] | undefined {
  const target = plain(text);
  for (let i = from; i < lines.length; i++) {
    const first = lines[i];
    const head = plain(first?.text ?? '');
    if (!first || head.length < Math.min(15, target.length) || !target.startsWith(head)) continue;
    const got = [first];
    let acc = head;
    for (let j = i + 1; acc.length < target.length && j < lines.length; j++) {
      const line = plain(lines[j]?.text ?? '');
      const next = [`${acc} ${line}`, acc + line].find((c) => target.startsWith(c));
      if (!next) break;
      acc = next;
      got.push(lines[j] as PdfLine);
    }
    if (acc === target) return got;
  }
  return undefined;
}

/** The quoted (not adapted) documents of a lesson with their printed blocks. */
function quoted(lesson: LessonFile): { label: string; blocks: QuotedBlock[]; glosses: { term: string }[]; citation: string }[] {
  return lesson.documents.flatMap((d) => {
    const source = sources.get(d.source);
    const blocks = source && !d.adapted ? resolveExcerpt(d, source).blocks : undefined;
    return blocks && source ? [{ label: d.label, blocks, glosses: d.glosses ?? [], citation: source.meta.citation }] : [];
  });
}

describe('quoted documents', () => {
  it('print their paragraphs without orphan lines: no line of a paragraph holds only one or two words', async () => {
    for (const e of editions) {
      const lines = body(await pdfLines(join(e.dir, e.id, 'handout.pdf')));
      const lesson = lessons[ids.indexOf(e.id)] as LessonFile;
      for (const doc of quoted(lesson))
        for (const block of doc.blocks.filter((b) => b.kind === 'paragraph' && words(b.text) >= 3)) {
          const printed = linesOf(block.text, lines);
          expect(printed, `${e.variant} ${e.id} ${doc.label}: paragraph not found as printed: "${block.text.slice(0, 50)}"`).toBeDefined();
          for (const line of printed ?? []) expect(words(line.text), `${e.variant} ${e.id} ${doc.label}, page ${line.page}: "${line.text}"`).toBeGreaterThan(2);
          // A paragraph ends a sentence (a hard-wrapped source's line breaks are not paragraph breaks).
          expect(printed?.at(-1)?.text, `${e.variant} ${e.id} ${doc.label}: paragraph ends mid-sentence`).toMatch(/[.!?:;…\]"”’)]$/);
        }
    }
  });

  it("print each source's sub-headings on lines of their own", async () => {
    const lines = body(await pdfLines(join(out, 'korean-war-escalation', 'handout.pdf')));
    const doc = quoted(lessons[1] as LessonFile).find((d) => d.blocks.some((b) => b.kind === 'heading'));
    expect(doc, 'lesson 2 quotes the explainer across a sub-heading').toBeDefined();
    for (const h of doc?.blocks.filter((b) => b.kind === 'heading') ?? []) expect(lines.map((l) => l.text)).toContain(h.text);
  });

  it('keep their glosses and citation on the page where the excerpt ends', async () => {
    let checked = 0;
    for (const e of editions) {
      const lines = body(await pdfLines(join(e.dir, e.id, 'handout.pdf')));
      for (const doc of quoted(lessons[ids.indexOf(e.id)] as LessonFile)) {
        const last = doc.blocks.filter((b) => b.kind === 'paragraph').at(-1);
        const end = last && linesOf(last.text, lines)?.at(-1);
        expect(end, `${e.variant} ${e.id} ${doc.label}: last paragraph`).toBeDefined();
        if (!end) continue;
        const after = lines.slice(lines.indexOf(end) + 1);
        const citation = after.find((l) => plain(`Source: ${doc.citation}`).startsWith(plain(l.text)) && l.text.length > 10);
        expect(citation?.page, `${e.variant} ${e.id} ${doc.label}: citation`).toBe(end.page);
        for (const g of doc.glosses) {
          const gloss = after.find((l) => plain(l.text).startsWith(`${plain(g.term)}:`));
          expect(gloss?.page, `${e.variant} ${e.id} ${doc.label}: gloss "${g.term}"`).toBe(end.page);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

/** Heights (fractions of the page, from the top) of the horizontal rules that span most of a page's width. */
function rules(file: string, page: number): number[] {
  const dir = tempDir('lessonpack-rules-');
  execFileSync('pdftoppm', ['-gray', '-r', '50', '-f', String(page), '-l', String(page), file, join(dir, 'p')]);
  const data = readFileSync(join(dir, readdirSync(dir)[0] ?? ''));
  const [, w = 0, h = 0] = data.subarray(0, 40).toString('latin1').split(/\s+/).map(Number);
  const px = data.subarray(data.length - w * h);
  const found: number[] = [];
  for (let y = 0; y < h; y++) {
    let dark = 0;
    for (let x = 0; x < w; x++) if ((px[y * w + x] ?? 255) < 200) dark++;
    if (dark > w * 0.55 && (found.length === 0 || y - (found.at(-1) ?? 0) * h > 2)) found.push(y / h);
  }
  return found;
}

/** The claim in every lesson, in standard and large print. */
const claimEditions = [
  ...ids.map((id) => ({ id, dir: out, variant: 'standard' as const })),
  ...ids.map((id) => ({ id, dir: largePrint, variant: 'large-print' as const })),
];

describe('the final claim', () => {
  it('has its rubric and planning on one page, then at least one whole ruled page to write on', async () => {
    for (const e of claimEditions) {
      const worksheet = join(e.dir, e.id, 'worksheet.pdf');
      const lines = body(await pdfLines(worksheet));
      const scored = lines.find((l) => l.text === 'How this is scored');
      expect(scored, `${e.variant} ${e.id}: rubric`).toBeDefined();
      const page = scored?.page ?? 0;
      // The caption is never the last thing on its page: the rubric follows it there.
      expect(lines.filter((l) => l.page === page).at(-1)?.text).not.toBe('How this is scored');
      // In standard print the planning shares the rubric's page (large print may need the next one).
      const planned = lines.find((l) => /^(Plan before you write|Plan your answer)/.test(l.text))?.page ?? 0;
      if (e.variant === 'standard') expect(planned, `${e.id}: planning on the rubric's page`).toBe(page);
      else {
        // Large print: the rubric ends on the page before the planning, which starts its own page and holds the
        // sentence starters and word bank too; neither page is near empty.
        const onPlanning = lines.filter((l) => l.page === planned);
        expect(onPlanning[0]?.text, `${e.id}: planning at the top of its page`).toMatch(/^Plan before you write/);
        for (const label of ['Sentence starters', 'Word bank'])
          expect(
            onPlanning.some((l) => l.text.startsWith(label)),
            `${e.id}: ${label} with the planning`,
          ).toBe(true);
        const fill = pageFill(worksheet);
        expect(fill[planned - 1], `${e.id}: planning page`).toBeGreaterThan(0.9);
        expect(fill[planned - 2], `${e.id}: rubric page`).toBeGreaterThan(0.4);
        expect(planned - page, `${e.id}: the rubric takes at most the caption's page and the next`).toBeLessThanOrEqual(2);
      }
      // The student writes on the next page, which holds only ruled lines, from the top of the page area to its foot.
      const writingPage = planned + 1;
      expect(
        lines.filter((l) => l.page === writingPage),
        `${e.variant} ${e.id}: a writing page has only lines`,
      ).toEqual([]);
      for (const kind of ['worksheet', 'answer-key']) {
        const writing = rules(join(e.dir, e.id, `${kind}.pdf`), writingPage);
        expect(writing.length, `${e.variant} ${e.id} ${kind}: ruled lines on page ${writingPage}`).toBeGreaterThanOrEqual(
          linesPerPage('letter', e.variant) - 1,
        );
        expect(writing[0] ?? 1, `${e.variant} ${e.id} ${kind}: first line`).toBeLessThan(0.13);
        expect(writing.at(-1) ?? 0, `${e.variant} ${e.id} ${kind}: last line`).toBeGreaterThan(0.88);
      }
    }
  });
});

describe('the final claim in the Spanish edition', () => {
  it('has its rubric and planning on one page too (the Spanish text is longer)', async () => {
    const lines = body(await pdfLines(join(out, 'korean-war-cause-es', 'worksheet.pdf')));
    const scored = lines.find((l) => l.text === 'Cómo se califica')?.page;
    expect(scored).toBeDefined();
    expect(lines.find((l) => l.text.startsWith('Planifica antes de escribir'))?.page).toBe(scored);
  });
});

describe('the unit pack', () => {
  it("prints a pack page number on every page but the cover and blank pages, and the contents' numbers are where each part starts", async () => {
    const file = join(out, 'unit-pack.pdf');
    const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
    const outline = readOutline(doc);
    const lines = await pdfLines(file);
    // The folio shares the footer's baseline with the document's own "Page X of Y".
    const folio = (page: number) => lines.filter((l) => l.page === page && l.y < 58).flatMap((l) => /Pack page \d+/.exec(l.text) ?? [])[0];
    for (let p = 2; p <= doc.getPageCount(); p++) {
      const blank = lines.some((l) => l.page === p && l.text.includes('intentionally left blank'));
      expect(folio(p), `page ${p}`).toBe(blank ? undefined : `Pack page ${p}`);
    }
    expect(folio(1)).toBeUndefined();
    const contentsPage = outline.find((e) => e.title === 'Contents')?.page ?? 0;
    const entries = lines
      .filter((l) => l.page === contentsPage)
      .map((l) => /^(.*\S)\s+(\d+)$/.exec(l.text))
      .filter((m): m is RegExpExecArray => m !== null && !m[1]?.startsWith('Pack page'))
      .map((m) => ({ title: m[1] ?? '', page: Number(m[2]) }));
    expect(entries.length).toBeGreaterThan(15);
    for (const entry of entries) {
      const bookmark = outline.find((e) => e.title === entry.title && e.page === entry.page);
      expect(bookmark, `"${entry.title}" listed at ${entry.page}`).toBeDefined();
      expect(folio(entry.page), entry.title).toBe(`Pack page ${entry.page}`);
    }
  });
});

/** Every lesson of the unit, the Spanish edition of lesson 1 included. */
const allIds = [...ids, 'korean-war-cause-es'];
const lessonDocs = ['handout', 'worksheet', 'answer-key', 'marking-guide', 'overview'];
/**
 * Every printed document by itself on Letter and A4, in large print and in the dyslexia variant (a map that would leave
 * a near-empty page in front of it there prints elsewhere: `afterIn`).
 */
const documents = () =>
  [out, outA4, largePrint, dyslexiaDir].flatMap((dir) => [
    join(dir, 'unit-overview.pdf'),
    ...allIds.flatMap((id) => lessonDocs.map((k) => join(dir, id, `${k}.pdf`))),
  ]);
/** A page that is less full than this, and is not the last page of its document, counts as near empty. */
const MIN_FILL = 0.4;

describe('pages fill', () => {
  it('no page of a document but its last is less than 40% full (Letter, A4, large print, dyslexia)', () => {
    const empty: string[] = [];
    for (const file of documents()) {
      const fill = pageFill(file);
      fill.slice(0, -1).forEach((f, i) => {
        if (f < MIN_FILL) empty.push(`${shortName(file)} page ${i + 1}: ${Math.round(f * 100)}%`);
      });
    }
    expect(empty).toEqual([]);
  });

  it('no page of a pack (Letter, A4, dyslexia) is less than 40% full unless it ends a part or is a blank page left for duplex printing', async () => {
    const packs = [out, outA4, dyslexiaDir].flatMap((dir) => [
      join(dir, 'unit-pack.pdf'),
      ...allIds.flatMap((id) => ['student-pack', 'teacher-pack'].map((k) => join(dir, id, `${k}.pdf`))),
    ]);
    const empty: string[] = [];
    for (const file of packs) {
      const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
      // Parts (and, in the unit pack, each lesson's documents) start where the outline's first two levels point.
      const starts = new Set(readOutline(doc).flatMap((e) => (e.level <= 2 ? [e.page] : [])));
      const lines = await pdfLines(file);
      const blank = (p: number) => lines.some((l) => l.page === p && l.text.includes('intentionally left blank'));
      const fill = pageFill(file);
      expect(fill.length).toBe(doc.getPageCount());
      fill.forEach((f, i) => {
        const page = i + 1;
        const endsPart = page === fill.length || starts.has(page + 1) || blank(page + 1);
        if (f < MIN_FILL && !endsPart && !blank(page)) empty.push(`${shortName(file)} page ${page}: ${Math.round(f * 100)}%`);
      });
    }
    expect(empty).toEqual([]);
  });

  it('measures fill: an empty page is 0, a page ruled to its foot about 1, a short last page in between', async () => {
    const empty = await PDFDocument.create();
    empty.addPage([612, 792]);
    const emptyFile = join(tempDir('lessonpack-fill-'), 'empty.pdf');
    writeFileSync(emptyFile, await empty.save());
    expect(pageFill(emptyFile)).toEqual([0]);
    const worksheet = join(out, 'korean-war-cause', 'worksheet.pdf');
    const lines = body(await pdfLines(worksheet));
    const planned = lines.find((l) => l.text.startsWith('Plan before you write'))?.page ?? 0;
    // The writing page after the planning is ruled from the top of the page area to its foot.
    expect(pageFill(worksheet)[planned]).toBeGreaterThan(0.95);
    const overview = pageFill(join(out, 'korean-war-escalation', 'overview.pdf')).at(-1) ?? 0;
    expect(overview).toBeGreaterThan(0.05);
    expect(overview).toBeLessThan(0.9);
  });
});

describe('part headings', () => {
  it('share their page with the first question of the part (standard, large print, dyslexia): never alone at a page foot', async () => {
    let checked = 0;
    for (const dir of [out, largePrint, dyslexiaDir])
      for (const [i, id] of ids.entries()) {
        const lines = body(await pdfLines(join(dir, id, 'worksheet.pdf')));
        for (const section of (lessons[i] as LessonFile).sections) {
          // In large print a long title wraps: its first line (with the points beside it) then begins it.
          const title = plain(section.title);
          const head = (text: string) => plain(text).replace(/ \d+( points.*)?$/, '');
          const at = lines.findIndex((l) => head(l.text).startsWith(title) || (head(l.text).length >= 12 && title.startsWith(head(l.text))));
          const heading = lines[at];
          expect(heading, `${dir} ${id}: "${section.title}"`).toBeDefined();
          const first = lines.slice(at + 1).find((l) => /^Q\d+\b/.test(l.text));
          expect(first?.page, `${dir} ${id}: "${section.title}" on page ${heading?.page}, its first question on the next`).toBe(heading?.page);
          checked++;
        }
      }
    expect(checked).toBeGreaterThan(30);
  });
});

describe('the exit ticket', () => {
  it('shares its page: the foot of the last worksheet page, under more lines for the claim or under the last question', async () => {
    const worksheets = [out, outA4, largePrint].flatMap((dir) => allIds.map((id) => join(dir, id, 'worksheet.pdf')));
    for (const file of worksheets) {
      // The running header sits in the top margin: 0.85 in below the top of the page (Letter 792 pt, A4 842 pt high).
      const top = (file.startsWith(outA4) ? 842 : 792) - 61;
      const lines = (await pdfLines(file)).filter((l) => l.y > 58 && l.y < top);
      const title = lines.find((l) => /^(Exit ticket|Boleto de salida)/.test(l.text));
      expect(title, `${file}: exit ticket`).toBeDefined();
      const page = title?.page ?? 0;
      expect(page, `${file}: the exit ticket is on the last page`).toBe(lines.at(-1)?.page);
      // Something else is printed above the cut line on the same page, and the ticket sits in the lower part of the page.
      const above = lines.filter((l) => l.page === page && l.y > (title?.y ?? 0) + 20);
      expect(above.length, `${file}: printed matter above the exit ticket`).toBeGreaterThan(0);
      // After an argued answer, the page is the claim's last ruled page: lines down to the ticket, the ticket to the foot.
      if (lines.some((l) => l.page === page && /, (continued|continuación)$/.test(l.text)))
        expect(pageFill(file).at(-1), `${file}: last page filled`).toBeGreaterThan(0.8);
    }
  });
});
