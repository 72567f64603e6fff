/** The CLI as a child process, and the generated files kept in step with the schemas. */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARTER_PLACEHOLDERS } from '../src/validate/content.js';
import { repoRoot, tempDir } from './helpers.js';

const bin = join(repoRoot, 'bin/lessonpack.js');
const run = (args: string[], cwd = repoRoot) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });

describe('lessonpack CLI', () => {
  it('--version and --help', () => {
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('lessonpack build [lesson files or ids...]');
  });

  it('validate reports every problem with file:line:col, exit 1, no stack trace', () => {
    const root = tempDir();
    cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
    writeFileSync(join(root, 'lessons/broken.json'), '{\n  "id": "broken",\n}\n');
    const res = run(['validate'], root);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('lessons/broken.json:3:1  invalid JSON: property name expected');
    expect(res.stderr).toContain('1 problem(s) in 1 file(s)');
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  it('build prints the good lessons, reports the bad one, exits 1', () => {
    const root = tempDir();
    cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
    writeFileSync(join(root, 'lessons/broken.json'), '{ "id": "broken" }');
    const res = run(['build', '--json'], root);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('lessons/broken.json:1:1  /  missing required property "title"');
    const summary = JSON.parse(res.stdout);
    expect(summary.ok).toBe(false);
    expect(summary.documents.find((d: { path: string }) => d.path === 'mini-lesson/handout.pdf')).toMatchObject({ status: 'printed', cached: false });
    expect(existsSync(join(root, 'dist/mini-lesson/answer-key.pdf'))).toBe(true);
  });

  it('build runs the same validation as validate and prints the same message', () => {
    const root = tempDir();
    cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
    const file = join(root, 'lessons/mini-lesson.json');
    const lesson = JSON.parse(readFileSync(file, 'utf8'));
    lesson.sections[0].questions[5].answer = 'TBD';
    writeFileSync(file, JSON.stringify(lesson, null, 2));
    const validate = run(['validate'], root);
    const built = run(['build'], root);
    expect([validate.status, built.status]).toEqual([1, 1]);
    const message = validate.stderr.split('\n\n')[0];
    expect(message).toMatchInlineSnapshot(`
      "lessons/mini-lesson.json:178:21  /sections/0/questions/5/answer  question "q6" has a placeholder instead of an answer: "TBD"
        176 |           "skill": "argumentation",
        177 |           "lines": 8,
      > 178 |           "answer": "TBD",
            |                     ^
        179 |           "rubric": [
        hint: write the model answer teachers will see in the answer key"
    `);
    expect(built.stderr.startsWith(`${message}\n\n1 problem(s) in 1 file(s)\n`)).toBe(true);
  });

  it('bad options get one clear line', () => {
    const res = run(['build', '--paper', 'legal']);
    expect(res.status).toBe(1);
    expect(res.stderr.trim()).toBe('lessonpack: --paper must be one of: letter, a4 (got "legal")');
    expect(run(['frobnicate']).stderr.trim()).toBe(
      'lessonpack: unknown command "frobnicate" (commands: build, validate, pack, new, preview, init; see lessonpack --help)',
    );
    expect(run(['biuld']).stderr.trim()).toBe(
      'lessonpack: unknown command "biuld": did you mean "build"? (commands: build, validate, pack, new, preview, init; see lessonpack --help)',
    );
  });

  it('LESSONPACK_BROWSER_ENDPOINT names a remote browser for every build: checked, and used like --browser-endpoint', () => {
    const root = tempDir('lessonpack-endpoint-');
    cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
    const withEnv = (value: string, args: string[] = ['build']) =>
      spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true', LESSONPACK_BROWSER_ENDPOINT: value } });
    const bad = withEnv('localhost:9222');
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe(
      'lessonpack: LESSONPACK_BROWSER_ENDPOINT must be a ws:// or wss:// address (it is "localhost:9222"): correct it, or unset it to launch a browser',
    );
    // Nothing listens on port 9: the build names the address it tried, so the variable was used (no browser launched).
    const unreachable = withEnv('ws://127.0.0.1:9/devtools/browser/x');
    expect(unreachable.status).toBe(1);
    expect(unreachable.stderr).toContain('cannot connect to the browser at ws://127.0.0.1:9/devtools/browser/x');
    // A browser that cannot start stops the build with one line, at once (it used to leave the build waiting).
    const broken = withEnv('', ['build', '--browser', '/bin/false']);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/^lessonpack: the browser at \/bin\/false failed to start: .*\(set LESSONPACK_BROWSER to another Chrome\/Chromium\)$/m);
    const flag = withEnv('ws://127.0.0.1:9/x', ['build', '--browser-endpoint', 'nonsense']);
    expect(flag.stderr.trim()).toBe('lessonpack: --browser-endpoint must be a ws:// or wss:// address (got "nonsense")');
  });

  it('unknown options are named, with the nearest known option', () => {
    const typo = run(['build', '--papr', 'a4']);
    expect(typo.status).toBe(1);
    expect(typo.stderr.trim()).toBe('lessonpack: unknown option "--papr": did you mean --paper? (see lessonpack --help)');
    expect(run(['build', '--frobnicate']).stderr.trim()).toBe('lessonpack: unknown option "--frobnicate" (see lessonpack --help)');
    expect(run(['build', '--paper=letter', '--verison']).stderr.trim()).toBe(
      'lessonpack: unknown option "--verison": did you mean --version? (see lessonpack --help)',
    );
  });

  it('paper and variant names are not case-sensitive', () => {
    const root = tempDir();
    cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
    const res = run(['validate', '--paper', 'A4', '--variant', 'Dyslexia'], root);
    expect(res.stderr).toBe('1 lesson(s) valid; every excerpt found verbatim in its source\n');
    expect(res.status).toBe(0);
  });

  it('a lesson saved with a byte order mark is read like any other; a file name that is no id gets a valid suggestion', () => {
    const root = tempDir();
    cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
    const lesson = join(root, 'lessons', readdirSync(join(root, 'lessons'))[0] ?? '');
    writeFileSync(lesson, `\uFEFF${readFileSync(lesson, 'utf8')}`);
    expect(run(['validate'], root).stderr).toBe('1 lesson(s) valid; every excerpt found verbatim in its source\n');
    cpSync(lesson, join(root, 'lessons', 'Berlin Airlift.json'));
    const res = run(['validate'], root);
    expect(res.stderr).toContain('lesson id "mini-lesson" does not match the file name Berlin Airlift.json');
    expect(res.stderr).toContain("hint: rename the file to mini-lesson.json (a lesson's file name is its id: lowercase letters, digits and single hyphens)");
  });

  it('files in lessons/ that are not lessons are named in a warning, not skipped in silence', () => {
    const root = tempDir();
    cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
    writeFileSync(join(root, 'lessons/berlin-airlift.yaml'), 'id: berlin-airlift\n');
    const res = run(['validate'], root);
    expect(res.status).toBe(0);
    expect(res.stderr).toContain('lessons/berlin-airlift.yaml  warning: berlin-airlift.yaml is not read: lessons are JSON files (<id>.json)');
    expect(res.stderr).toContain('hint: lessonpack reads JSON only: convert the YAML to JSON, or move the file out of the lessons folder');
  });

  it('validate --json prints the problems on stdout', () => {
    const root = tempDir();
    cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
    const ok = JSON.parse(run(['validate', '--json'], root).stdout);
    expect(ok).toEqual({ ok: true, lessons: 1, diagnostics: [] });
    const lesson = join(root, 'lessons', readdirSync(join(root, 'lessons'))[0] ?? '');
    writeFileSync(lesson, readFileSync(lesson, 'utf8').replace('"centralQuestion"', '"centralQuestoin"'));
    const res = run(['validate', '--json'], root);
    expect(res.status).toBe(1);
    const bad = JSON.parse(res.stdout);
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics.map((d: { message: string }) => d.message)).toContain('unknown property "centralQuestoin"');
  });

  it('new writes a lesson whose only problems are its placeholders; replaced, it validates', () => {
    const root = tempDir();
    cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
    expect(run(['new', 'my-lesson'], root).status).toBe(0);
    const res = run(['validate', 'my-lesson'], root);
    expect(res.status).toBe(1);
    const flagged = [...res.stderr.matchAll(/^lessons\/my-lesson\.json:\d+:\d+ {2}(\S+) {2}placeholder text from "lessonpack new"/gm)].map((m) => m[1]);
    expect(flagged).toEqual(['/title', '/unit', '/author', '/centralQuestion', '/background/body', '/documents/0/headnote']);
    expect(res.stderr).toContain('6 problem(s) in 1 file(s)');
    // Every placeholder the check knows is one the starter writes (and the other way round, by the count above).
    const starter = readFileSync(join(repoRoot, 'templates/starter-lesson.json'), 'utf8');
    for (const p of STARTER_PLACEHOLDERS) expect(starter).toContain(JSON.stringify(p));
    const file = join(root, 'lessons/my-lesson.json');
    let text = readFileSync(file, 'utf8');
    STARTER_PLACEHOLDERS.forEach((p, i) => {
      text = text.replace(JSON.stringify(p), JSON.stringify(`My own text ${i}`));
    });
    writeFileSync(file, text);
    expect(run(['validate', 'my-lesson'], root).stderr).toBe('1 lesson(s) valid; every excerpt found verbatim in its source\n');
    expect(text).toMatch(/"\$schema": "(\.\.\/)+[^"]*schemas\/lesson\.schema\.json"/);
    expect(run(['new', 'Bad Id'], root).stderr).toContain('"Bad Id" is not a valid lesson id');
  });

  it('generated types and docs/lesson-reference.md match the schemas', () => {
    expect(() =>
      // tsx keeps a compile cache in the temp folder: this test's own, removed with it.
      execFileSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/generate-from-schema.ts'), '--check'], {
        cwd: repoRoot,
        stdio: 'pipe',
        env: { ...process.env, TMPDIR: tempDir('lessonpack-tsx-') },
      }),
    ).not.toThrow();
  });
});
