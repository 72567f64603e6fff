/**
 * The formats through the build: --only, --format and --versions choose the files; every file is in the manifest with
 * its sha256; A/B versions differ in option order, each key's letters are right for its version (read from the
 * printed HTML and from the PDFs), and a second build gives the same bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../src/build.js';
import { chooseFormats, chooseKinds, chooseVersions } from '../src/formats/choose.js';
import type { LessonFile, MultipleChoice } from '../src/model/index.js';
import { sha256 } from '../src/write/manifest.js';
import { inOrder, keyAnswers, pdfPages, pdfText, quietBuild, repoRoot, squash, tempDir } from './helpers.js';

const id = 'korean-war-cause';
const lesson = JSON.parse(readFileSync(join(repoRoot, 'lessons', `${id}.json`), 'utf8')) as LessonFile;
const choiceQuestions = lesson.sections.flatMap((s) => s.questions).filter((q): q is MultipleChoice => q.kind === 'multiple-choice');
const out = tempDir('lessonpack-formats-');
const htmlDir = tempDir('lessonpack-formats-html-');
const options = {
  root: repoRoot,
  out,
  htmlDir,
  selectors: [id],
  only: ['handout', 'worksheet', 'answer-key'],
  formats: ['pdf', 'docx', 'html', 'qti'],
  versions: 2,
  force: true,
};
let result: BuildResult;
const file = (p: string) => readFileSync(join(out, p));
const markdownText = (s: string) => s.replace(/\*\*?|`/g, '');

beforeAll(async () => {
  result = await quietBuild(options);
}, 240_000);

/** Each multiple-choice question's option texts in the order a printed worksheet shows them. */
function printedOrder(html: string): Map<string, string[]> {
  const orders = new Map<string, string[]>();
  for (const chunk of html.split('data-question="').slice(1)) {
    const texts = [...chunk.matchAll(/<span class="option-text">(.*?)<\/span><\/li>/g)].map((m) => squash((m[1] ?? '').replace(/<[^>]*>/g, '')));
    if (texts.length) orders.set(chunk.slice(0, chunk.indexOf('"')), texts);
  }
  return orders;
}

/** The letters the lesson's answers get in a printed order. */
const expectedLetters = (q: MultipleChoice, order: string[]) =>
  q.options
    .filter((o) => q.answer.includes(o.id))
    .map((o) => 'ABCDEFGH'[order.indexOf(squash(markdownText(o.text)))] ?? '?')
    .sort();

describe('formats in the build', () => {
  it('makes exactly the chosen kinds, formats and versions, and the packs those allow', () => {
    expect(result.failed).toBe(false);
    const paths = result.documents.map((d) => d.path).sort();
    const lessonFiles = [
      ...['handout', 'worksheet', 'answer-key'].flatMap((k) => [`${k}.pdf`, `${k}.docx`]),
      ...['worksheet', 'answer-key'].flatMap((k) => ['A', 'B'].flatMap((v) => [`${k}-${v}.pdf`, `${k}-${v}.docx`])),
      'handout.html',
      'worksheet.html',
      'worksheet-A.html',
      'worksheet-B.html',
      'quiz.qti.zip',
      'student-pack.pdf',
    ].map((f) => `${id}/${f}`);
    expect(paths).toEqual(lessonFiles.sort());
  });

  it('lists every file in the manifest with its sha256, and README.txt says which file is for whom', () => {
    const manifest = JSON.parse(file('manifest.json').toString()) as { documents: { path: string; sha256: string; format?: string; version?: string }[] };
    for (const d of result.documents) {
      const entry = manifest.documents.find((e) => e.path === d.path);
      expect(entry?.sha256).toBe(sha256(file(d.path)));
    }
    expect(manifest.documents.find((e) => e.path === `${id}/worksheet-B.docx`)).toMatchObject({ format: 'docx', version: 'B' });
    const readme = file('README.txt').toString();
    const [students = '', teachers] = (readme.split('STUDENT COPIES')[1] ?? '').split('TEACHER ONLY');
    expect(students).toContain(`${id}/worksheet-A.pdf .docx .html`);
    expect(students).not.toMatch(/answer-key|quiz/);
    expect(teachers).toContain(`${id}/answer-key-B.pdf .docx`);
    expect(teachers).toContain(`${id}/quiz.qti.zip`);
    expect(manifest.documents.find((e) => e.path === 'README.txt')?.sha256).toBe(sha256(file('README.txt')));
  });

  it("prints the versions with options in different orders, and each key's letters are right for its version (HTML)", () => {
    const orders = ['A', 'B'].map((v) => printedOrder(readFileSync(join(htmlDir, id, `worksheet-${v}.html`), 'utf8')));
    const differ = choiceQuestions.filter((q) => JSON.stringify(orders[0]?.get(q.id)) !== JSON.stringify(orders[1]?.get(q.id)));
    expect(differ.length).toBeGreaterThan(0);
    for (const [i, v] of ['A', 'B'].entries()) {
      const key = keyAnswers(readFileSync(join(htmlDir, id, `answer-key-${v}.html`), 'utf8'));
      // The key shows the options in its worksheet's order, and marks the lesson's answers at their letters there.
      const keyOrder = printedOrder(readFileSync(join(htmlDir, id, `answer-key-${v}.html`), 'utf8'));
      for (const q of choiceQuestions) {
        const order = orders[i]?.get(q.id) ?? [];
        expect(keyOrder.get(q.id)).toEqual(order);
        expect([...(key.get(q.id) ?? [])].sort()).toEqual(expectedLetters(q, order));
      }
    }
  });

  it('prints the same letters in the PDFs, and the version letter on every page', async () => {
    for (const v of ['A', 'B']) {
      const order = printedOrder(readFileSync(join(htmlDir, id, `worksheet-${v}.html`), 'utf8'));
      for (const doc of [`worksheet-${v}.pdf`, `answer-key-${v}.pdf`]) {
        const pages = await pdfPages(join(out, id, doc));
        for (const page of pages) expect(page).toContain(`Version ${v}`);
        const text = squash(pages.join(' '));
        for (const q of choiceQuestions) {
          const shown = order.get(q.id) ?? [];
          expect(
            inOrder(
              text,
              shown.map((t, k) => `${'ABCDEFGH'[k]}. ${t}`),
            ),
          ).toEqual({ ok: true });
        }
      }
    }
  });

  it('holds the same questions in the web edition as in the PDF', async () => {
    const html = file(`${id}/worksheet.html`)
      .toString()
      .replace(/<style>[\s\S]*?<\/style>/, '')
      .replace(/<[^>]*>/g, ' ');
    const pdf = await pdfText(join(out, id, 'worksheet.pdf'));
    // The start of each prompt: a line-end hyphen in the PDF ("English-/language") reads back differently.
    const prompts = lesson.sections.flatMap((s) => s.questions.map((q) => (markdownText(q.prompt).split('\n')[0] ?? '').slice(0, 40)));
    expect(inOrder(pdf, prompts)).toEqual({ ok: true });
    expect(inOrder(html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"'), prompts)).toEqual({ ok: true });
  });

  it('gives the same bytes on the next build, and reuses files whose inputs did not change', async () => {
    const again = tempDir('lessonpack-formats-again-');
    await quietBuild({ ...options, out: again, htmlDir: undefined });
    for (const d of result.documents) expect(sha256(readFileSync(join(again, d.path))), d.path).toBe(sha256(file(d.path)));
    // Another kind joins: the files already built are reused by their keys, not made again.
    const more = await quietBuild({ ...options, out: again, htmlDir: undefined, force: false, only: [...options.only, 'overview'] });
    const made = more.documents.filter((d) => d.status === 'printed').map((d) => d.path);
    expect(made).toEqual([`${id}/overview.pdf`]);
  }, 240_000);

  it('names an unknown kind or format with the nearest known one', () => {
    expect(() => chooseFormats(['pdf', 'dox'])).toThrowErrorMatchingInlineSnapshot(
      `[UserError: --format: unknown "dox": did you mean "docx"? (one or more of: pdf, docx, html, qti)]`,
    );
    expect(() => chooseKinds(['answerkey'])).toThrowErrorMatchingInlineSnapshot(
      `[UserError: --only: unknown "answerkey": did you mean "answer-key"? (one or more of: overview, handout, worksheet, answer-key, marking-guide, unit-overview)]`,
    );
    expect(() => chooseVersions(5)).toThrowErrorMatchingInlineSnapshot(`[UserError: --versions must be a whole number from 1 to 4 (got "5")]`);
    expect(chooseVersions(3)).toEqual(['A', 'B', 'C']);
    expect([...chooseFormats(undefined)]).toEqual(['pdf']);
  });
});
