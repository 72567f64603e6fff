/**
 * The broken-input corpus: tests/fixtures/broken/<case>/ holds files dropped into a copy of the mini project and an
 * expected.txt: the command (`$ lessonpack ...`), then lines stderr must contain word for word, as whole lines (a line
 * starting with "... " need only end a line; a line starting with "!! " is text that must appear nowhere in stderr).
 * Every case runs the real CLI and must exit 1 with a located message, no stack trace, quickly.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from './helpers.js';

const corpus = join(repoRoot, 'tests/fixtures/broken');
const mini = join(repoRoot, 'tests/fixtures/projects/mini');
const bin = join(repoRoot, 'bin/lessonpack.js');

const smallLesson = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: 'A Big Lesson',
  centralQuestion: 'Who started the Korean War?',
  background: { title: 'Background', body: 'A short reading.' },
  documents: [
    {
      id: 'doc-a',
      label: 'Document A',
      source: 'big-book',
      locator: { start: 'this sentence is not in the book at all', end: 'nor is this one' },
      headnote: 'A very long book.',
    },
  ],
  sections: [
    {
      id: 'part-1',
      title: 'Part 1',
      questions: [{ kind: 'short-answer', id: 'q1', prompt: 'Why?', points: 1, skill: 'sourcing', lines: 2, answer: 'Because.' }],
    },
  ],
  ...extra,
});

/** A copy of the mini lesson with another id, changed by `edit`. */
type MiniLesson = { title: string; background: { body: string }; sections: [{ title: string; questions: [{ prompt: string }] }] };
function miniLesson(root: string, id: string, edit: (lesson: MiniLesson) => void): void {
  const lesson = JSON.parse(readFileSync(join(mini, 'lessons/mini-lesson.json'), 'utf8'));
  lesson.id = id;
  edit(lesson);
  writeFileSync(join(root, `lessons/${id}.json`), JSON.stringify(lesson, null, 2));
}

/** A folder outside the project (removed with it): where a planted link may point. */
const outside = (root: string) => {
  mkdirSync(`${root}.outside`, { recursive: true });
  return `${root}.outside`;
};

/** A template folder for the case (config "templates": "branding"). */
function branding(root: string): string {
  writeFileSync(join(root, 'lessonpack.config.json'), '{\n  "templates": "branding"\n}\n');
  mkdirSync(join(root, 'branding/partials'), { recursive: true });
  return join(root, 'branding');
}

/** Inputs too big to commit, or that git cannot hold (named pipes, links to devices): made in the project copy before the run. */
const generated: Record<string, (root: string) => void> = {
  'template-links-to-device': (root) => symlinkSync('/dev/zero', join(branding(root), 'partials/evil.hbs')),
  'template-links-outside-syntax-error': (root) => {
    const secret = join(outside(root), 'secret.hbs');
    writeFileSync(secret, 'SECRET-LINE one\nSECRET-LINE two {{#if}}\nSECRET-LINE three\n');
    symlinkSync(secret, join(branding(root), 'partials/evil.hbs'));
  },
  'template-too-large': (root) => writeFileSync(join(branding(root), 'handout.hbs'), '<p>{{lesson.title}}</p>\n'.repeat((2 * 1024 * 1024) / 24)),
  'lesson-fifo': (root) => execFileSync('mkfifo', [join(root, 'lessons/fifo.json')]),
  'source-text-fifo': (root) => {
    const meta = JSON.parse(readFileSync(join(mini, 'sources/grissom-blog.json'), 'utf8'));
    writeFileSync(join(root, 'sources/fifo-src.json'), JSON.stringify({ ...meta, $schema: undefined, id: 'fifo-src' }, null, 2));
    execFileSync('mkfifo', [join(root, 'sources/fifo-src.txt')]);
  },
  'lesson-markdown-deep-nesting': (root) =>
    miniLesson(root, 'deep-markdown', (l) => {
      l.background.body = `${'>'.repeat(3000)} Too deep to print.`;
      l.sections[0].questions[0].prompt = `${'- '.repeat(3000)}Too deep to print.`;
    }),
  'lesson-whitespace-title': (root) =>
    miniLesson(root, 'blank-title', (l) => {
      l.title = '   ';
      l.sections[0].title = '\t';
    }),
  'lesson-control-chars': (root) => writeFileSync(join(root, 'lessons/ctl.json'), '{\n  "id": "ctl",\n  "title": "\x1b]0;pwned\x07\x1b[2J"\n}\n'),
  'dist-symlink': (root) => symlinkSync(outside(root), join(root, 'dist')),
  'lesson-5mb-string': (root) => writeFileSync(join(root, 'lessons/huge.json'), JSON.stringify(smallLesson('huge', { title: 'x'.repeat(5 * 1024 * 1024) }))),
  'lesson-deep-nesting': (root) =>
    writeFileSync(join(root, 'lessons/deep.json'), `{\n  "id": "deep",\n  "title": ${'['.repeat(10_000)}${']'.repeat(10_000)}\n}\n`),
  'lesson-many-unknown-fields': (root) => {
    const fields = Array.from({ length: 80_000 }, (_, i) => `  "field${i}": ${i}`).join(',\n');
    writeFileSync(join(root, 'lessons/many-fields.json'), `{\n  "id": "many-fields",\n${fields}\n}\n`);
  },
  'source-5mb-text-quote-missing': (root) => {
    const meta = JSON.parse(readFileSync(join(mini, 'sources/grissom-blog.json'), 'utf8'));
    writeFileSync(join(root, 'sources/big-book.json'), JSON.stringify({ ...meta, $schema: undefined, id: 'big-book' }, null, 2));
    const words = ['the', 'armistice', 'parallel', 'soldiers', 'crossed', 'river', 'winter', 'talks', 'began', 'north', 'south', 'army'];
    const lines: string[] = [];
    for (let i = 0, size = 0; size < 5 * 1024 * 1024; i++) {
      const line = Array.from({ length: 12 }, (_, k) => words[(i * 7 + k * 5 + (i >> 3)) % words.length]).join(' ');
      lines.push(line);
      size += line.length + 1;
    }
    writeFileSync(join(root, 'sources/big-book.txt'), `${lines.join('\n')}\n`);
    writeFileSync(join(root, 'lessons/big-quote.json'), JSON.stringify(smallLesson('big-quote'), null, 2));
  },
};

interface Case {
  name: string;
  args: string[];
  expected: string[];
}

function readCase(name: string): Case {
  const [command = '', ...expected] = readFileSync(join(corpus, name, 'expected.txt'), 'utf8').split('\n');
  if (!command.startsWith('$ lessonpack ')) throw new Error(`${name}/expected.txt must start with "$ lessonpack <command>"`);
  return { name, args: command.slice('$ lessonpack '.length).split(' '), expected: expected.filter((l) => l.trim() !== '') };
}

const cases = readdirSync(corpus, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => readCase(e.name));

/** Runs the CLI on a copy of the mini project with the case's files dropped in. */
function runCase(root: string, c: Case): Promise<{ code: number | null; signal: string | null; stderr: string; stdout: string }> {
  cpSync(mini, root, { recursive: true });
  cpSync(join(corpus, c.name), root, { recursive: true, filter: (src) => !src.endsWith('expected.txt') });
  mkdirSync(join(root, 'tmp'));
  generated[c.name]?.(root);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...c.args],
      // A private TMPDIR keeps the browser profile of build cases apart from other runs.
      { cwd: root, encoding: 'utf8', timeout: 90_000, env: { ...process.env, CI: 'true', TMPDIR: join(root, 'tmp') } },
      (error, stdout, stderr) => {
        const e = error as (Error & { code?: number; signal?: string }) | null;
        resolve({ code: e ? (e.code ?? null) : 0, signal: e?.signal ?? null, stdout, stderr });
      },
    );
  });
}

describe('every broken input fails with a clear, located message', () => {
  it('the corpus has at least 30 cases, each with expected lines', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const c of cases) expect(c.expected.length, c.name).toBeGreaterThan(0);
  });

  it.concurrent.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const root = tempDir('lessonpack-broken-');
    // Removed here, not with onTestFinished: in concurrent tests the global hook can attach to another test and
    // delete this project while its CLI still runs (seen once on a fresh clone).
    const res = await runCase(root, c).finally(() => {
      rmSync(root, { recursive: true, force: true });
      rmSync(`${root}.outside`, { recursive: true, force: true });
    });
    expect(res.signal, 'killed by a timeout').toBeNull();
    expect(res.code).toBe(1);
    const lines = res.stderr.split('\n').map((l) => l.trimEnd());
    // "... text" matches a line ending in text (build progress lines start with a counter whose order varies).
    const seen = (want: string) => (want.startsWith('... ') ? lines.some((l) => l.endsWith(want.slice(4))) : lines.includes(want.trimEnd()));
    const missing = c.expected.filter((l) => !l.startsWith('!! ') && !seen(l));
    expect(missing, `stderr was:\n${res.stderr}`).toEqual([]);
    const leaked = c.expected.filter((l) => l.startsWith('!! ') && res.stderr.includes(l.slice(3)));
    expect(leaked, `stderr was:\n${res.stderr}`).toEqual([]);
    // Text from the input never reaches the terminal as control characters (escape sequences, bells, bidi overrides).
    expect(res.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    // A user mistake never shows a stack trace or blames lessonpack.
    expect(res.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(res.stderr).not.toMatch(/internal error|UnhandledPromiseRejection|RangeError|TypeError|Maximum call stack/);
  });
});
