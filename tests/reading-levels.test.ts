/**
 * Reading levels through the pipeline, and warnings that never fail: `validate` warns about a hard document without
 * an adapted version (exit 0), a build with only warnings succeeds and the next one is a no-op, and the overviews
 * print each text's words and grade (read back from the PDFs).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Diagnostic, formatDiagnostic } from '../src/errors.js';
import { prepare } from '../src/pipeline.js';
import { indexPage } from '../src/preview/pages.js';
import { loadSnapshot, renderLesson } from '../src/preview/site.js';
import { loadProject } from '../src/project.js';
import { readingLevel } from '../src/resolve/readability.js';
import { EASY_TEXT, HARD_TEXT } from './fixtures/reading/texts.js';
import { pdfText, quietBuild, repoRoot, tempDir } from './helpers.js';

const bin = join(repoRoot, 'bin/lessonpack.js');
const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

type Lesson = { gradeLevel?: string; background: { body: string }; documents: Record<string, unknown>[] };

/** The mini project plus a source written in long sentences of long words, quoted as Document B. */
function project(edit: (lesson: Lesson) => void = () => {}): string {
  const root = tempDir('lessonpack-reading-');
  roots.push(root);
  cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
  const meta = JSON.parse(readFileSync(join(root, 'sources/two-koreas-explainer.json'), 'utf8'));
  const source = {
    ...meta,
    $schema: undefined,
    id: 'hard-essay',
    title: 'A Hard Essay on 1950',
    author: 'unsigned',
    citation: "A hard essay written for lessonpack's tests.",
    date: { display: 'undated', undated: true },
  };
  writeFileSync(join(root, 'sources/hard-essay.json'), JSON.stringify(source, null, 2));
  writeFileSync(join(root, 'sources/hard-essay.txt'), `${HARD_TEXT}\n`);
  const file = join(root, 'lessons/mini-lesson.json');
  const lesson = JSON.parse(readFileSync(file, 'utf8')) as Lesson;
  lesson.documents.push({
    id: 'doc-b',
    label: 'Document B',
    source: 'hard-essay',
    locator: { paragraphs: [1, 1] },
    headnote: 'An essay written for this test.',
  });
  edit(lesson);
  writeFileSync(file, JSON.stringify(lesson, null, 2));
  return root;
}

/** An edit that sets the lesson's gradeLevel. */
const band = (gradeLevel: string | undefined) => (l: Lesson) => {
  l.gradeLevel = gradeLevel;
};

async function diagnostics(root: string): Promise<Diagnostic[]> {
  return (await prepare(await loadProject(root), [], root)).diagnostics;
}

const run = (args: string[], cwd: string) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
const hardGrade = (readingLevel(HARD_TEXT).grade ?? 0).toFixed(1);

describe('the reading-level warning', () => {
  it('names a hard document without an adapted version and its grade, at the document', async () => {
    const found = await diagnostics(project());
    expect(found.map((d) => d.severity)).toEqual(['warning']);
    expect(found[0]?.code).toBe('reading/above-band');
    expect(formatDiagnostic(found[0] as Diagnostic).split('\n')[0]).toBe(
      `lessons/mini-lesson.json:51:5  /documents/1  warning: Document B reads at grade ${hardGrade} (Flesch-Kincaid), more than 2 grades above the lesson's band (Grades 9-12)`,
    );
  });

  it('is not raised for an easy document, an adapted one, or a lesson without a grade band', async () => {
    // Document A (the school explainer) is easy: the fixture alone has no warning.
    const mini = tempDir('lessonpack-reading-');
    roots.push(mini);
    cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), mini, { recursive: true });
    expect(await diagnostics(mini)).toEqual([]);
    const adapted = project((l) => {
      (l.documents[1] as Record<string, unknown>).adapted = { text: EASY_TEXT, changes: 'Shorter sentences and plainer words.' };
    });
    expect(await diagnostics(adapted)).toEqual([]);
    expect(await diagnostics(project(band('Adult education')))).toEqual([]);
    expect(await diagnostics(project(band(undefined)))).toEqual([]);
  });

  it('is raised for a hard background, and for a document only above a lower band', async () => {
    const background = await diagnostics(
      project((l) => {
        l.documents.pop();
        l.background.body = HARD_TEXT;
      }),
    );
    expect(background.map((d) => [d.pointer, d.message.split(' (')[0]])).toEqual([['/background/body', `the background reads at grade ${hardGrade}`]]);
    // The fixture's background and the explainer (Document A) are fine for grades 9-12, too hard for grades 1-2.
    const lowBand = await diagnostics(project(band('Grades 1-2')));
    expect(lowBand.map((d) => d.pointer)).toEqual(['/background/body', '/documents/0', '/documents/1']);
  });

  it('does not fail validate: exit 0, printed as a warning, counted apart from problems; --json carries the severity', () => {
    const root = project();
    const res = run(['validate'], root);
    expect(res.status).toBe(0);
    expect(res.stderr).toContain(`/documents/1  warning: Document B reads at grade ${hardGrade}`);
    expect(res.stderr).toContain('1 warning(s) in 1 file(s)\n1 lesson(s) valid; every excerpt found verbatim in its source\n');
    const json = JSON.parse(run(['validate', '--json'], root).stdout);
    expect(json.ok).toBe(true);
    expect(json.diagnostics.map((d: Diagnostic) => [d.severity, d.code, d.pointer])).toEqual([['warning', 'reading/above-band', '/documents/1']]);
    // With an error as well, the error fails and both are counted.
    writeFileSync(join(root, 'lessons/broken.json'), '{\n  "id": "broken",\n}\n');
    const bad = run(['validate'], root);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('1 problem(s) and 1 warning(s) in 2 file(s)');
    expect(bad.stderr).not.toContain('lesson(s) valid');
  });

  it('shows in the preview index without stopping the lesson', async () => {
    const snapshot = await loadSnapshot({ root: project() });
    const html = indexPage(snapshot, 1);
    expect(html).toContain('<span class="lp-warning">1 warning(s)</span>');
    expect(html).toContain(`warning: Document B reads at grade ${hardGrade}`);
    expect(html).not.toContain('problem(s)');
    expect(renderLesson(snapshot, 'mini-lesson', 'handout')?.ok).toBe(true);
  });
});

describe('a build with only warnings', () => {
  /** The hard project with a unit overview and a template override that replaces nothing (two warnings). */
  const root = project();
  writeFileSync(
    join(root, 'lessons/unit.json'),
    JSON.stringify({ id: 'mini-unit', title: 'A Mini Unit', gradeLevel: 'Grades 9-12', summary: 'One lesson.', lessons: ['mini-lesson'] }, null, 2),
  );
  writeFileSync(join(root, 'lessonpack.config.json'), JSON.stringify({ templates: 'branding' }));
  mkdirSync(join(root, 'branding'));
  writeFileSync(join(root, 'branding/handot.hbs'), '<p>a typo in the file name</p>\n');

  let res: ReturnType<typeof run>;
  beforeAll(() => {
    res = run(['build', '--json'], root);
  }, 120_000);

  it('succeeds, prints its warnings, carries their severity in --json, and the next build is a no-op', async () => {
    expect(res.status).toBe(0);
    expect(res.stderr).toContain('branding/handot.hbs  warning: "handot.hbs" does not replace any built-in template');
    expect(res.stderr).toContain('2 warning(s) in 2 file(s)');
    const summary = JSON.parse(res.stdout);
    expect(summary.ok).toBe(true);
    expect([summary.problems, summary.warnings]).toEqual([0, 2]);
    expect(summary.diagnostics.map((d: Diagnostic) => [d.severity, d.code])).toEqual([
      ['warning', 'template/unknown-override'],
      ['warning', 'reading/above-band'],
    ]);
    expect(summary.documents.every((d: { status: string }) => d.status === 'printed')).toBe(true);
    // Complete despite its warnings: the manifest's stamp lets the next build skip even loading the lessons.
    const manifest = JSON.parse(readFileSync(join(root, 'dist/manifest.json'), 'utf8'));
    expect(manifest.stamp?.documents).toHaveLength(summary.documents.length);
    const again = await quietBuild({ root });
    expect(again.failed).toBe(false);
    expect(again.browserStarted).toBe(false);
    expect(again.documents.length).toBe(summary.documents.length);
    expect(again.documents.every((d) => d.status === 'cached')).toBe(true);
  }, 120_000);

  it('prints each text students read with its words and reading grade in the lesson and unit overviews', async () => {
    const words = HARD_TEXT.split(/\s+/).length;
    const overview = await pdfText(join(root, 'dist/mini-lesson/overview.pdf'));
    expect(overview).toContain('Words Reading grade');
    expect(overview).toMatch(new RegExp(`Document B A hard essay written for lessonpack's tests\\. .*? ${words} ${hardGrade.replace('.', '\\.')} `));
    const prepared = await prepare(await loadProject(root), [], root);
    const lesson = prepared.lessons[0];
    const docA = lesson?.excerpts[0]?.reading;
    const background = lesson?.reading.background;
    expect(overview).toContain(`Background Written for this lesson background reading ${background?.words} ${background?.grade?.toFixed(1)}`);
    expect(overview).toMatch(new RegExp(` ${docA?.words} ${docA?.grade?.toFixed(1).replace('.', '\\.')} `));
    const unit = await pdfText(join(root, 'dist/unit-overview.pdf'));
    expect(unit).toContain(`Document B: ${words} words, grade ${hardGrade}`);
    expect(unit).toContain(`Background: ${background?.words} words, grade ${background?.grade?.toFixed(1)}`);
  });

  it('after an adapted version is added: no reading warning, and the overviews count the adapted text', async () => {
    // A copy, outputs included, so the other tests keep reading the hard version.
    const copy = tempDir('lessonpack-reading-');
    roots.push(copy);
    cpSync(root, copy, { recursive: true });
    const file = join(copy, 'lessons/mini-lesson.json');
    const lesson = JSON.parse(readFileSync(file, 'utf8')) as Lesson;
    (lesson.documents[1] as Record<string, unknown>).adapted = { text: EASY_TEXT, changes: 'Shorter sentences and plainer words.' };
    writeFileSync(file, JSON.stringify(lesson, null, 2));
    const result = await quietBuild({ root: copy });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['template/unknown-override']);
    const easy = readingLevel(EASY_TEXT);
    const easyWords = EASY_TEXT.split(/\s+/).length;
    expect(easy.words).toBe(easyWords);
    const overview = await pdfText(join(copy, 'dist/mini-lesson/overview.pdf'));
    expect(overview).toMatch(new RegExp(`Document B \\(adapted\\) .*? ${easyWords} ${easy.grade?.toFixed(1).replace('.', '\\.')} `));
    expect(overview).not.toContain(` ${HARD_TEXT.split(/\s+/).length} ${hardGrade}`);
    expect(await pdfText(join(copy, 'dist/unit-overview.pdf'))).toContain(`Document B (adapted): ${easyWords} words, grade ${easy.grade?.toFixed(1)}`);
    // The marking guide keeps the original, with its own count and grade beside the adapted version's.
    expect(await pdfText(join(copy, 'dist/mini-lesson/marking-guide.pdf'))).toContain(
      `Original excerpt (${HARD_TEXT.split(/\s+/).length} words, reading grade ${hardGrade}; the adapted version: ${easyWords} words, grade ${easy.grade?.toFixed(1)})`,
    );
  }, 120_000);
});
