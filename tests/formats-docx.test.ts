/** Word copies: a valid OOXML package with real structure, every question and excerpt in order, the same bytes every time. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lessonDocx } from '../src/formats/docx.js';
import { ANSWER_COLOUR } from '../src/formats/docx-blocks.js';
import { blocksText, parseBlocks } from '../src/formats/richtext.js';
import type { LessonView } from '../src/render/view.js';
import { bundledLessons, docxParagraphs, hasProgram, inOrder, parseXml, pdfText, tempDir, unzipFiles } from './helpers.js';

const date = new Date(Date.UTC(2024, 0, 1));
const options = { paper: 'letter' as const, variant: 'standard' as const, date };
let view: LessonView;
const files: Record<string, Uint8Array> = {};
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
/** The paragraphs students read of an excerpt: the adapted text where there is one. */
const studentText = (d: LessonView['documents'][number]) => (d.adaptedHtml ? blocksText(parseBlocks(d.adaptedHtml)) : d.paragraphs);
/** Every line (paragraph, list item) of every question's prompt, in order. */
const prompts = (v: LessonView) => v.sections.flatMap((s) => s.questions.flatMap((q) => blocksText(parseBlocks(q.promptHtml))));

beforeAll(async () => {
  view = (await bundledLessons()).view('korean-war-cause');
  for (const kind of ['handout', 'worksheet', 'answer-key'] as const) files[kind] = await lessonDocx(view, kind, options);
});

describe('docx', () => {
  it('is an Office Open XML package: content types first, every part well-formed, fonts named but not embedded', async () => {
    for (const bytes of Object.values(files)) {
      const parts = await unzipFiles(bytes);
      expect([...parts.keys()][0]).toBe('[Content_Types].xml');
      expect([...parts.keys()].some((n) => n.endsWith('/'))).toBe(false);
      for (const [name, data] of parts) if (/\.(xml|rels)$/.test(name)) await parseXml(text(data));
      const types = text(parts.get('[Content_Types].xml') as Uint8Array);
      expect(types).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
      expect([...parts.keys()].filter((n) => n.startsWith('word/fonts/'))).toEqual([]);
      expect(text(parts.get('word/styles.xml') as Uint8Array)).toContain('w:ascii="Source Serif 4"');
    }
  });

  it('has a running header with the document and a "Page X of Y" footer', async () => {
    const parts = await unzipFiles(files['answer-key'] as Uint8Array);
    const headers = [...parts].filter(([n]) => /^word\/header\d+\.xml$/.test(n)).map(([, d]) => text(d));
    const footers = [...parts].filter(([n]) => /^word\/footer\d+\.xml$/.test(n)).map(([, d]) => text(d));
    expect((await docxParagraphs(headers.join(''))).join('')).toContain('Answer Key (teacher)');
    expect(footers.join('')).toMatch(/PAGE[\s\S]*NUMPAGES/);
  });

  it('holds every question of the worksheet in order, numbered by Word, with its points', async () => {
    const parts = await unzipFiles(files.worksheet as Uint8Array);
    const doc = text(parts.get('word/document.xml') as Uint8Array);
    const paragraphs = await docxParagraphs(doc);
    expect(inOrder(paragraphs.join('\n'), prompts(view))).toEqual({ ok: true });
    // Each question's first paragraph is in the "questions" numbering (Q1., Q2., ...), so Word numbers them.
    const numbering = text(parts.get('word/numbering.xml') as Uint8Array);
    expect(numbering).toContain('w:val="Q%1."');
    expect(doc.match(/<w:numId w:val="\d+"\/>/g)?.length).toBeGreaterThanOrEqual(view.questionCount);
    const points = view.sections.flatMap((s) => s.questions.map((q) => q.pointsLabel));
    expect(paragraphs.filter((p) => /\t\d+ pts?$/.test(p)).map((p) => p.split('\t').at(-1))).toEqual(points);
    // What the printed worksheet adds around the questions: the claim's scaffolds and the exit ticket.
    // Lesson 1 has both: a scaffolded claim and an exit ticket.
    const claim = view.sections.flatMap((s) => s.questions).find((q) => 'isExtendedResponse' in q && q.hasScaffolds);
    if (!claim || !('isExtendedResponse' in claim)) throw new Error('lesson 1 has no scaffolded claim');
    expect(inOrder(paragraphs.join('\n'), [...claim.planning, ...claim.frames, ...claim.wordBank])).toEqual({ ok: true });
    if (!view.exitTicket) throw new Error('lesson 1 has no exit ticket');
    expect(inOrder(paragraphs.join('\n'), ['Exit ticket', ...blocksText(parseBlocks(view.exitTicket.promptHtml))])).toEqual({ ok: true });
    // Writing lines are ruled paragraphs; headings are Word headings.
    expect(doc).toContain('<w:between ');
    expect(doc).toContain('w:val="Heading1"');
  });

  it('holds every excerpt of the handout in order, quoted, with its citation', async () => {
    const paragraphs = await docxParagraphs(text((await unzipFiles(files.handout as Uint8Array)).get('word/document.xml') as Uint8Array));
    const expected = view.documents.flatMap((d) => [d.label, ...studentText(d), `Source: ${d.citation}`]);
    expect(inOrder(paragraphs.join('\n'), expected)).toEqual({ ok: true });
  });

  it("marks the key's answers visibly: correct options, letters and model answers in the answer colour, with words", async () => {
    const doc = text((await unzipFiles(files['answer-key'] as Uint8Array)).get('word/document.xml') as Uint8Array);
    const paragraphs = await docxParagraphs(doc);
    const mc = view.sections.flatMap((s) => s.questions).filter((q) => 'isMultipleChoice' in q);
    for (const q of mc) expect(paragraphs).toContain(`Answer: ${q.answerLetters}`);
    const correct = mc.flatMap((q) => q.options.filter((o) => o.correct)).length;
    expect(paragraphs.filter((p) => p.endsWith('✓ correct')).length).toBe(correct);
    expect(doc).toContain(`w:color w:val="${ANSWER_COLOUR}"`);
    expect(paragraphs.filter((p) => p === 'Model answer').length).toBeGreaterThan(0);
    // The student worksheet has none of it.
    const student = (await docxParagraphs(text((await unzipFiles(files.worksheet as Uint8Array)).get('word/document.xml') as Uint8Array))).join('\n');
    expect(student).not.toMatch(/✓ correct|Model answer|ANSWER KEY|Answer: /);
  });

  it('gives the same bytes for the same input, dated with the build date', async () => {
    const again = await lessonDocx(view, 'worksheet', options);
    expect(Buffer.from(again).equals(Buffer.from(files.worksheet as Uint8Array))).toBe(true);
    const core = text((await unzipFiles(again)).get('docProps/core.xml') as Uint8Array);
    expect(core).toMatch(/<dcterms:created[^>]*>2024-01-01T00:00:00Z</);
    expect(core).toMatch(/<dcterms:modified[^>]*>2024-01-01T00:00:00Z</);
    const other = await lessonDocx(view, 'worksheet', { ...options, date: new Date(Date.UTC(2025, 5, 1)) });
    expect(text((await unzipFiles(other)).get('docProps/core.xml') as Uint8Array)).toContain('2025-06-01T00:00:00Z');
  });

  it('uses the paper size asked for', async () => {
    const a4 = text((await unzipFiles(await lessonDocx(view, 'handout', { ...options, paper: 'a4' }))).get('word/document.xml') as Uint8Array);
    expect(a4).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  // LibreOffice is an optional system program: without it, only this conversion step is skipped.
  it.skipIf(!hasProgram('soffice'))(
    'converts to PDF with LibreOffice, keeping every question (skipped when soffice is not installed)',
    async () => {
      const dir = tempDir('lessonpack-docx-');
      for (const kind of ['worksheet', 'handout'] as const) writeFileSync(join(dir, `${kind}.docx`), files[kind] as Uint8Array);
      execFileSync(
        'soffice',
        [
          '--headless',
          `-env:UserInstallation=file://${dir}/profile`,
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          join(dir, 'worksheet.docx'),
          join(dir, 'handout.docx'),
        ],
        {
          stdio: 'ignore',
          timeout: 120_000,
        },
      );
      expect(inOrder(await pdfText(join(dir, 'worksheet.pdf')), prompts(view))).toEqual({ ok: true });
      expect(
        inOrder(
          await pdfText(join(dir, 'handout.pdf')),
          view.documents.map((d) => (studentText(d)[0] ?? '').slice(0, 60)),
        ),
      ).toEqual({ ok: true });
    },
    180_000,
  );
});
