/**
 * The Spanish student edition of lesson 1 (lessons/korean-war-cause-es.json) asks the same questions for the same
 * points as the English lesson: checked in the lesson files and in the printed worksheets and answer keys.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../src/build.js';
import type { LessonFile, Question } from '../src/model/index.js';
import { pdfFonts, pdfText, quietBuild, repoRoot, squash, tempDir } from './helpers.js';

const read = (id: string) => JSON.parse(readFileSync(join(repoRoot, 'lessons', `${id}.json`), 'utf8')) as LessonFile;
const en = read('korean-war-cause');
const es = read('korean-war-cause-es');
const questions = (l: LessonFile) => l.sections.flatMap((s) => s.questions);

/** What a question asks for and is worth, without its words: these must match between the editions. */
function shape(q: Question) {
  const base = { id: q.id, kind: q.kind, points: q.points, tier: q.tier ?? 'core', skill: q.skill, documents: q.documents ?? [] };
  switch (q.kind) {
    case 'multiple-choice':
      return { ...base, select: q.select, options: q.options.map((o) => o.id), answer: q.answer };
    case 'short-answer':
      return { ...base, lines: q.lines, scoring: (q.scoring ?? []).map((l) => l.points) };
    case 'extended-response':
      return { ...base, lines: q.lines, rubric: q.rubric.map((c) => c.levels.map((l) => l.points)) };
    case 'table':
      return { ...base, columns: q.columns.length, rows: q.rows.length, lines: q.lines };
    case 'ordering':
      return { ...base, items: q.items.map((i) => i.id).sort(), answer: q.answer };
    case 'matching':
      return { ...base, pairs: q.pairs.length, distractors: q.distractors?.length ?? 0 };
  }
}

describe('the Spanish edition of lesson 1, as written', () => {
  it('is in Spanish, outside the unit', () => {
    expect(es.language).toBe('es');
    const unit = JSON.parse(readFileSync(join(repoRoot, 'lessons/unit.json'), 'utf8')) as { lessons: string[] };
    expect(unit.lessons).toContain('korean-war-cause');
    expect(unit.lessons).not.toContain('korean-war-cause-es');
  });

  it('has the same sections, questions, kinds, points, tiers and answers as the English lesson', () => {
    expect(es.sections.map((s) => [s.id, s.questions.length])).toEqual(en.sections.map((s) => [s.id, s.questions.length]));
    expect(questions(es).map(shape)).toEqual(questions(en).map(shape));
    expect(questions(es).reduce((n, q) => n + q.points, 0)).toBe(questions(en).reduce((n, q) => n + q.points, 0));
  });

  it('quotes the same excerpts, each with an adapted Spanish version', () => {
    expect(es.documents.map((d) => [d.id, d.source, d.locator, d.omit ?? []])).toEqual(en.documents.map((d) => [d.id, d.source, d.locator, d.omit ?? []]));
    for (const d of es.documents) {
      expect(d.adapted?.text, d.id).toBeTruthy();
      expect(d.adapted?.changes, d.id).toMatch(/^Traducción al español/);
    }
  });
});

describe('the Spanish edition of lesson 1, as printed', () => {
  const out = tempDir('lessonpack-es-');
  const text = (p: string) => pdfText(join(out, p)).then(squash);
  let result: BuildResult;
  beforeAll(async () => {
    result = await quietBuild({ root: repoRoot, out, selectors: ['korean-war-cause', 'korean-war-cause-es'], packs: false, htmlDir: join(out, 'html') });
  }, 180_000);

  it('both editions build', () => {
    expect(result.documents.filter((d) => d.status === 'failed')).toEqual([]);
  });

  it('the worksheets number the same questions with the same points, in the same order', async () => {
    const [english, spanish] = await Promise.all([text('korean-war-cause/worksheet.pdf'), text('korean-war-cause-es/worksheet.pdf')]);
    const total = questions(en).reduce((n, q) => n + q.points, 0);
    expect(english).toContain(`/ ${total} points`);
    expect(spanish).toContain(`/ ${total} puntos`);
    expect(spanish).toContain(`${questions(en).length} preguntas`);
    // Each question's number box and its points label, read back in page order.
    const numbered = (t: string, mark: string, pts: RegExp) => [
      [...t.matchAll(new RegExp(`\\b${mark}(\\d+)\\b`, 'g'))].map((m) => Number(m[1])),
      [...t.matchAll(pts)].map((m) => Number(m[1])),
    ];
    const [enNumbers, enPoints] = numbered(english, 'Q', /\b(\d+) pts?\b/g);
    const [esNumbers, esPoints] = numbered(spanish, 'P', /\b(\d+) ptos?\./g);
    expect(esNumbers).toEqual(enNumbers);
    expect(new Set(esNumbers).size).toBe(questions(en).length);
    expect(esPoints).toEqual(enPoints);
    expect(esPoints).toEqual(questions(en).map((q) => q.points));
  });

  it('the Spanish handout prints the adapted text; its marking guide prints the original English excerpt', async () => {
    const [handout, guide] = await Promise.all([text('korean-war-cause-es/handout.pdf'), text('korean-war-cause-es/marking-guide.pdf')]);
    expect(handout).toContain('El 25 de junio de 1950 empezó la guerra de Corea');
    expect(handout).not.toContain('On June 25, 1950, the Korean War began');
    expect(guide).toContain('On June 25, 1950, the Korean War began');
    expect(guide).toContain('Documentos adaptados: el texto original');
  });

  it('quotation marks follow the language: «…» in the Spanish marking guide, “…” in the English one', async () => {
    const [spanish, english] = await Promise.all([text('korean-war-cause-es/marking-guide.pdf'), text('korean-war-cause/marking-guide.pdf')]);
    // A known error of Document A's source, quoted by the template's <q>.
    expect(spanish).toContain('«In August 1945, the U.S. divided the Korean peninsula');
    expect(english).toContain('“In August 1945, the U.S. divided the Korean peninsula');
  });

  it('the Spanish overview counts the words students read but does not grade Spanish with an English formula', async () => {
    const overview = await text('korean-war-cause-es/overview.pdf');
    expect(overview).toMatch(/Contexto Escrito para esta lección lectura de contexto \d+ sin medir/);
    expect(overview).toMatch(/Documento D \(adaptado\) .*? \d+ sin medir/);
    expect(overview).not.toMatch(/Documento [A-E] \(adaptado\) [^¿]*? \d+ \d+,\d/);
  });

  it('the answer key is in Spanish and carries every point', async () => {
    const key = await text('korean-war-cause-es/answer-key.pdf');
    const total = questions(en).reduce((n, q) => n + q.points, 0);
    expect(key).toContain(`Total: ${total} / ${total} puntos`);
    expect(key).toContain('Clave de respuestas (docente)');
  });

  it('Korean forms in the English lesson print whole, in the Korean font, marked as Korean', async () => {
    const handout = await text('korean-war-cause/handout.pdf');
    expect(handout).toContain('38th parallel (38선)');
    expect(handout).toContain('Republic of Korea (ROK, 대한민국)');
    // The long name stays one word: never broken between lines.
    expect(handout).toContain('조선민주주의인민공화국');
    expect(pdfFonts(join(out, 'korean-war-cause/handout.pdf')).some((f) => f.name.includes('NotoSansKR') && f.embedded)).toBe(true);
    const html = readFileSync(join(out, 'html/korean-war-cause/handout.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en" /);
    expect(html).toContain('(<span lang="ko">38선</span>)');
  });
});
