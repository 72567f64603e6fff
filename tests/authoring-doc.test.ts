/**
 * docs/authoring.md, followed to the letter: its snippets are read out of the Markdown and applied in order to a new,
 * empty course folder, its commands are run, and its sample output must be what lessonpack prints.
 *
 * Fences the tutorial uses (the info string after the language says what to do with the block):
 *   ```sh                         each `npx lessonpack ...` line is run in the course folder
 *   ```text output                the stderr of the command just run, exactly
 *   ```<lang> file=PATH           the block is the whole file
 *   ```json set=PATH#/pointer     the JSON value is put at the pointer
 *   ```json merge=PATH#/pointer   the object's fields replace those of the object at the pointer
 *   ```json append=PATH#/pointer  the value is added at the end of the array at the pointer
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointerSegments } from '../src/load/json.js';
import type { LessonFile, ReadingLevel } from '../src/model/index.js';
import { prepare } from '../src/pipeline.js';
import { loadProject } from '../src/project.js';
import { expectPageSize, pdfPages, pdfText, repoRoot, squash, tempDir } from './helpers.js';

const doc = readFileSync(join(repoRoot, 'docs/authoring.md'), 'utf8');
const bin = join(repoRoot, 'bin/lessonpack.js');
const course = tempDir('lessonpack-tutorial-');
/** Lines of the tutorial's shell blocks that set up the folder; the test runs in a fresh folder instead. */
// (init itself is followed through in tests/package.test.ts, from the packed tarball.)
const SETUP = [
  'npx lessonpack init my-course',
  'cd my-course',
  'npm install && npm run build',
  'mkdir my-course && cd my-course',
  'npm init -y',
  'npm install --save-dev /path/to/lessonpack',
];

type Block = { lang: string; attrs: string; body: string };
const blocks: Block[] = [...doc.matchAll(/^```(\S*)([^\n]*)\n([\s\S]*?)^```$/gm)].map((m) => ({
  lang: m[1] ?? '',
  attrs: (m[2] ?? '').trim(),
  body: m[3] ?? '',
}));

const ran: { command: string; status: number | null; stderr: string }[] = [];
const skipped: string[] = [];
const previews: ChildProcess[] = [];
let builds = 0;

function editJson(target: string, op: 'set' | 'merge' | 'append', body: string): void {
  const [file = '', pointer = ''] = target.split('#');
  const path = join(course, file);
  const data = JSON.parse(readFileSync(path, 'utf8'));
  const value = JSON.parse(body);
  const segments = pointerSegments(pointer);
  const last = segments.pop();
  let parent = data;
  for (const s of segments) parent = parent[s];
  if (op === 'set') {
    if (last === undefined) throw new Error('set needs a pointer');
    parent[last] = value;
  } else {
    const node = last === undefined ? parent : parent[last];
    if (op === 'merge') Object.assign(node, value);
    else node.push(value);
  }
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}

/** `lessonpack preview`: starts, lists the lesson, serves its worksheet; stopped afterwards. */
async function checkPreview(args: string[]): Promise<void> {
  // The tutorial's default port may be taken on a test machine: any free port shows the same thing.
  const child = spawn(process.execPath, [bin, ...args, '--port', '0'], { cwd: course, stdio: ['ignore', 'ignore', 'pipe'] });
  previews.push(child);
  const url = await new Promise<string>((ok, fail) => {
    let err = '';
    child.stderr?.on('data', (c) => {
      err += String(c);
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(err);
      if (m?.[1]) ok(m[1]);
    });
    child.on('exit', () => fail(new Error(`preview exited: ${err}`)));
  });
  expect(await (await fetch(url)).text()).toContain('href="/lesson/my-lesson/worksheet"');
  expect(await (await fetch(`${url}lesson/my-lesson/worksheet`)).text()).toContain('According to Document B, what did President Truman order on 27 June 1950?');
  child.kill();
}

async function runCommand(line: string, expectsOutput: boolean): Promise<void> {
  const args = line.replace(/^npx lessonpack /, '').split(/\s+/);
  if (args[0] === 'preview') return checkPreview(args);
  const res = spawnSync(process.execPath, [bin, ...args], { cwd: course, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  ran.push({ command: line, status: res.status, stderr: res.stderr });
  if (!expectsOutput) expect([line, res.status, res.stderr]).toEqual([line, 0, expect.any(String)]);
  if (args[0] === 'build') cpSync(join(course, 'dist'), join(course, `dist-${++builds}`), { recursive: true });
}

beforeAll(async () => {
  for (const [i, b] of blocks.entries()) {
    const [op, target] = b.attrs.split('=');
    if (b.lang === 'sh') {
      for (const raw of b.body.split('\n')) {
        const line = raw.trim();
        if (!line) continue;
        if (SETUP.includes(line)) skipped.push(line);
        else if (line.startsWith('npx lessonpack ')) await runCommand(line, blocks[i + 1]?.attrs === 'output');
        else throw new Error(`the tutorial runs a command the test does not know: ${line}`);
      }
    } else if (b.attrs === 'output') {
      expect(ran.at(-1)?.stderr).toBe(b.body);
    } else if (op === 'file' && target) {
      mkdirSync(dirname(join(course, target)), { recursive: true });
      writeFileSync(join(course, target), b.body);
    } else if ((op === 'set' || op === 'merge' || op === 'append') && target) {
      editJson(target, op, b.body);
    } else if (b.attrs) throw new Error(`unknown snippet instruction: ${b.attrs}`);
  }
}, 300_000);

afterAll(() => {
  for (const p of previews) p.kill();
});

describe('docs/authoring.md', () => {
  it('runs new, validate, preview and build, in that order, in a fresh folder', () => {
    expect(skipped).toEqual(SETUP);
    const commands = ran.map((r) => r.command.split(' ')[2]);
    expect(commands[0]).toBe('new');
    expect(commands).toEqual(['new', 'validate', 'validate', 'validate', 'validate', 'build', 'validate', 'validate', 'build', 'build', 'validate', 'build']);
    expect(previews.length).toBe(1);
    // Every validate the tutorial shows without an output block passed, and the last one reports a valid lesson.
    expect(ran.filter((r) => r.command.endsWith('validate my-lesson')).at(-1)?.stderr).toBe('1 lesson(s) valid; every excerpt found verbatim in its source\n');
  });

  it('ends with a lesson that has one question of each kind and quotes the new source', () => {
    const lesson = JSON.parse(readFileSync(join(course, 'lessons/my-lesson.json'), 'utf8')) as LessonFile;
    const kinds = lesson.sections.flatMap((s) => s.questions.map((q) => q.kind));
    expect(kinds.sort()).toEqual(['extended-response', 'map', 'matching', 'multiple-choice', 'ordering', 'short-answer', 'table']);
    expect(lesson.documents.map((d) => d.source)).toEqual(['two-koreas-explainer', 'truman-korea-statement']);
    expect(JSON.stringify(lesson)).not.toMatch(/Replace this|Your unit|Say who wrote/);
  });

  it('prints the lesson where the tutorial says, with the excerpt cut as written', async () => {
    for (const name of ['handout', 'worksheet', 'answer-key', 'overview', 'student-pack', 'teacher-pack'])
      expect(existsSync(join(course, `dist-1/my-lesson/${name}.pdf`))).toBe(true);
    const handout = await pdfText(join(course, 'dist-1/my-lesson/handout.pdf'));
    expect(handout).toContain('In Korea the Government forces, which were armed to prevent border raids');
    expect(handout).toContain('[…]');
    expect(handout).not.toContain('render every assistance');
    expect(handout).toContain('Truman, Harry S. "Statement by the President on the Situation in Korea,"');
    const worksheet = await pdfText(join(course, 'dist-1/my-lesson/worksheet.pdf'));
    const key = await pdfText(join(course, 'dist-1/my-lesson/answer-key.pdf'));
    const modelAnswer = 'As the leader who ordered the action, he presents it as lawful and necessary.';
    expect(worksheet).toContain('Why Did the United States Fight in Korea?');
    expect(worksheet).not.toContain(modelAnswer);
    expect(squash(key)).toContain(modelAnswer);
    await expectPageSize(join(course, 'dist-1/my-lesson/handout.pdf'), { width: 612, height: 792 });
    // The map: its title, labels and legend in the handout; the answer drawn only in the key.
    for (const text of ['Korea, 25 June 1950', '38th parallel', 'Pyongyang', 'North Korean attack, 25 June 1950', 'Natural Earth'])
      expect(handout).toContain(text);
    expect(worksheet).toContain('Draw an arrow on the map');
    expect(worksheet).not.toContain('Attack on Seoul');
    expect(key).toContain('Attack on Seoul');
  });

  it("the reading-level step: each text's words and grade in the overview, then the adapted Document B for students", async () => {
    const prepared = await prepare(await loadProject(course), [], course);
    const [docA, docB] = prepared.lessons[0]?.excerpts ?? [];
    const row = (label: string, level: ReadingLevel | undefined) => new RegExp(`${label} .*? ${level?.words} ${level?.grade?.toFixed(1).replace('.', '\\.')} `);
    // Before the step (dist-1): the excerpt as cut, at the grade the tutorial quotes.
    expect(docB?.original.grade).toBe(12.5);
    const before = await pdfText(join(course, 'dist-1/my-lesson/overview.pdf'));
    expect(before).toMatch(row('Document A', docA?.reading));
    expect(before).toMatch(row('Document B', docB?.original));
    // After it (dist-2): students read the adapted text, which the overview counts; the marking guide keeps the original.
    expect(docB?.reading.grade).toBeLessThan(8);
    expect(await pdfText(join(course, 'dist-2/my-lesson/overview.pdf'))).toMatch(row('Document B \\(adapted\\)', docB?.reading));
    const handout = await pdfText(join(course, 'dist-2/my-lesson/handout.pdf'));
    expect(handout).toContain('So I have ordered American planes and ships to protect and support South Korea');
    expect(handout).not.toContain('In Korea the Government forces');
    expect(await pdfText(join(course, 'dist-2/my-lesson/marking-guide.pdf'))).toContain('In Korea the Government forces, which were armed');
  });

  it('the languages step: the lesson set to Spanish prints Spanish labels, its override too, and is marked es', async () => {
    const file = join(course, 'dist-4/my-lesson/worksheet.pdf');
    const pages = await pdfPages(file);
    const text = squash(pages.join(' '));
    for (const label of ['Nombre', 'Curso', 'Fecha', 'Encierra en un círculo una sola respuesta.', '2 ptos.', 'Lincoln High History'])
      expect(text).toContain(label);
    expect(text).toContain(`Página 1 de ${pages.length}`);
    // The lesson's own text stays English ("Name the document..."); the labels do not.
    expect(text).not.toContain('Name Class Date');
    expect(text).not.toMatch(/Page \d+ of/);
    const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
    expect(String(pdf.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText())).toBe('es');
  });

  it('after branding: A4, the school name, and the override partial', async () => {
    for (const name of ['handout', 'worksheet', 'answer-key']) {
      const file = join(course, `dist-2/my-lesson/${name}.pdf`);
      await expectPageSize(file, { width: 595, height: 842 });
      const text = await pdfText(file);
      expect(text.toUpperCase()).toContain('LINCOLN HIGH SCHOOL · THE KOREAN WAR');
      expect(text).toContain('Lincoln High History: cite a document for every claim.');
    }
  });

  it('builds the other formats and A/B versions, with the fixed option last in both versions', async () => {
    const dir = join(course, 'dist-3/my-lesson');
    for (const name of [
      'handout.docx',
      'worksheet.docx',
      'answer-key.docx',
      'handout.html',
      'worksheet.html',
      'quiz.qti.zip',
      'worksheet-A.pdf',
      'answer-key-B.pdf',
      'worksheet-B.docx',
    ])
      expect(existsSync(join(dir, name)), name).toBe(true);
    for (const v of ['A', 'B']) expect(squash(await pdfText(join(dir, `worksheet-${v}.pdf`)))).toContain('D. None of these');
    const readme = readFileSync(join(course, 'dist-3/README.txt'), 'utf8');
    expect(readme).toContain('TEACHER ONLY');
    expect(readme).toContain('my-lesson/quiz.qti.zip');
  });
});
