/**
 * Nothing lost, whatever happens mid-build: signals (SIGINT, SIGTERM, SIGKILL) sent to the real CLI, the browser killed
 * under it, and a document that never finishes loading.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, constants, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { LESSON_DOCUMENTS } from '../src/model/index.js';
import { Printer } from '../src/print/printer.js';
import { tempName } from '../src/write/atomic.js';
import { sha256 } from '../src/write/manifest.js';
import { expectPageSize, pdfText, quietBuild, repoRoot, sharedBrowser, tempDir } from './helpers.js';

const bin = join(repoRoot, 'bin/lessonpack.js');
const LESSONS = ['mini-lesson', 'mini-two'];
/** Each lesson's documents and its 2 packs; no unit. */
const DOCUMENTS = LESSONS.length * (LESSON_DOCUMENTS.length + 2);

/** The mini project with a second copy of its lesson, so a build has enough documents to interrupt. */
function project(): { root: string; tmp: string } {
  const root = tempDir('lessonpack-faults-');
  roots.push(root);
  cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
  const lesson = JSON.parse(readFileSync(join(root, 'lessons/mini-lesson.json'), 'utf8'));
  writeFileSync(join(root, 'lessons/mini-two.json'), JSON.stringify({ ...lesson, id: 'mini-two' }, null, 2));
  // A private TMPDIR: the browser profile is made there, so its processes can be told from other builds' by their arguments.
  const tmp = join(root, 'tmp');
  mkdirSync(tmp);
  return { root, tmp };
}

/** Changes every lesson, so the next build reprints everything over the PDFs already in dist/. */
function editLessons(root: string, mark: string): void {
  for (const id of LESSONS) {
    const file = join(root, `lessons/${id}.json`);
    const lesson = JSON.parse(readFileSync(file, 'utf8'));
    lesson.sections[0].questions[0].prompt = `When did the Korean War begin? (${mark})`;
    writeFileSync(file, JSON.stringify(lesson, null, 2));
  }
}

interface Running {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves once stderr matches. */
  waitFor: (re: RegExp) => Promise<void>;
}

/** The CLI in the project, launching a browser of its own (these tests watch it), or on the run's shared one. */
function spawnCli(root: string, tmp: string, args: string[], browser: 'own' | 'shared' = 'own'): Running {
  const endpoint = browser === 'shared' ? sharedBrowser() : '';
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: root,
    env: { ...process.env, CI: 'true', TMPDIR: tmp, LESSONPACK_BROWSER_ENDPOINT: endpoint },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  const waiters: { re: RegExp; resolve: () => void }[] = [];
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
    for (const w of waiters.splice(0))
      if (w.re.test(err)) w.resolve();
      else waiters.push(w);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    stderr: () => err,
    exited,
    waitFor: (re) =>
      new Promise((resolve, reject) => {
        if (re.test(err)) return resolve();
        waiters.push({ re, resolve });
        void exited.then(() => reject(new Error(`exited before ${re}:\n${err}`)));
      }),
  };
}

/** Processes (pid and arguments) whose command line mentions `tmp`: the browser of a build run with TMPDIR=tmp. */
function browserProcesses(tmp: string): { pid: number; args: string }[] {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((l) => /^\s*(\d+)\s+(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null && m[2]?.includes(tmp) === true)
    .map((m) => ({ pid: Number(m[1]), args: m[2] ?? '' }));
}

/** Whether a pid exists in any state (a zombie included). */
function exists(pid: number): boolean {
  try {
    execFileSync('ps', ['-o', 'stat=', '-p', String(pid)]);
    return true;
  } catch {
    return false;
  }
}

const roots: string[] = [];
afterAll(() => {
  // If a test failed and left a browser behind: only processes of these tests' builds, found by their private TMPDIR.
  for (const root of roots) {
    for (const p of browserProcesses(join(root, 'tmp')))
      try {
        process.kill(p.pid, 'SIGKILL');
      } catch {}
    rmSync(root, { recursive: true, force: true });
  }
});

/** Every PDF under dist/: its path, and whether it parses completely. */
async function pdfsOnDisk(out: string): Promise<Map<string, { ok: boolean; pages: number; sha: string }>> {
  const found = new Map<string, { ok: boolean; pages: number; sha: string }>();
  for (const rel of readdirSync(out, { recursive: true }) as string[]) {
    if (!rel.endsWith('.pdf')) continue;
    const bytes = readFileSync(join(out, rel));
    try {
      const doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
      found.set(rel, { ok: true, pages: doc.getPageCount(), sha: sha256(bytes) });
    } catch {
      found.set(rel, { ok: false, pages: 0, sha: sha256(bytes) });
    }
  }
  return found;
}

/**
 * dist/ after any build, finished or not: every PDF complete, every manifest entry exactly the file at its path.
 * Returns the PDFs the manifest does not list, and temp files.
 */
async function inspectDist(out: string): Promise<{ unlisted: string[]; temps: string[] }> {
  const files = readdirSync(out, { recursive: true }) as string[];
  const pdfs = await pdfsOnDisk(out);
  for (const [rel, pdf] of pdfs) expect(pdf.ok, `${rel} is not a complete PDF`).toBe(true);
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { documents: { path: string; sha256: string; pages: number }[] };
  for (const e of manifest.documents) {
    // Other files (README.txt, and with --format Word, web and QTI files) must match their entry too.
    if (!e.path.endsWith('.pdf')) {
      expect(sha256(readFileSync(join(out, e.path))), `manifest entry ${e.path}`).toBe(e.sha256);
      continue;
    }
    expect(pdfs.get(e.path)?.sha, `manifest entry ${e.path}`).toBe(e.sha256);
    expect(pdfs.get(e.path)?.pages).toBe(e.pages);
  }
  const listed = new Set(manifest.documents.map((e) => e.path));
  return { unlisted: [...pdfs.keys()].filter((p) => !listed.has(p)), temps: files.filter((f) => f.endsWith('.tmp')) };
}

/** As inspectDist, for a build that finished or stopped cleanly: nothing unlisted, no temp files. */
async function checkDist(out: string): Promise<void> {
  expect(await inspectDist(out)).toEqual({ unlisted: [], temps: [] });
}

describe('a build stopped by a signal loses nothing', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s: exit %i, browser closed, temp files removed, the previous PDFs kept whole', async (signal, code) => {
    const { root, tmp } = project();
    const first = spawnCli(root, tmp, ['build'], 'shared');
    expect((await first.exited).code).toBe(0);
    const before = await pdfsOnDisk(join(root, 'dist'));
    expect(before.size).toBe(DOCUMENTS);

    editLessons(root, signal);
    const run = spawnCli(root, tmp, ['build']);
    await run.waitFor(/\[1\/\d+\] printed/);
    const browser = browserProcesses(tmp);
    expect(browser.length).toBeGreaterThan(0);
    run.child.kill(signal);
    const { code: exit } = await run.exited;

    expect(exit).toBe(code);
    expect(run.stderr()).toContain(`lessonpack: ${signal}: stopping`);
    expect(run.stderr()).not.toMatch(/internal error|FAILED|\n\s+at /);
    // No browser process is left, not even as a zombie (allowing the system a moment to reap), and its profile is gone.
    await vi.waitFor(() => expect(browser.filter((p) => exists(p.pid))).toEqual([]), { timeout: 5_000, interval: 100 });
    expect(readdirSync(tmp)).toEqual([]);
    // Every document is on disk, whole: reprinted, or the one the first build left; the manifest lists each exactly.
    await checkDist(join(root, 'dist'));
    const after = await pdfsOnDisk(join(root, 'dist'));
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect([...after.values()].some((p, i) => p.sha !== [...before.values()][i]?.sha)).toBe(true);
  });

  it('SIGKILL: no half-written PDF at a final path; the browser exits with the build; the next build cleans up and completes', async () => {
    const { root, tmp } = project();
    const run = spawnCli(root, tmp, ['build']);
    await run.waitFor(/\[2\/\d+\] printed/);
    const browser = browserProcesses(tmp);
    run.child.kill('SIGKILL');
    await run.exited;

    // The browser talks to the build over a pipe: when the build dies, the browser sees the pipe close and exits.
    await vi.waitFor(() => expect(browser.filter((p) => exists(p.pid))).toEqual([]), { timeout: 10_000, interval: 200 });
    const { unlisted } = await inspectDist(join(root, 'dist'));
    // PDFs written in the last seconds before the kill may not be listed yet (new entries are saved in batches), never
    // the other way round: every entry listed is its file, whole (inspectDist). The next build prints them again.
    expect(unlisted.length).toBeLessThan(DOCUMENTS);
    // A temp file the killed build was writing (planted here, so the test does not depend on the timing of the kill).
    const stale = tempName(join(root, 'dist/mini-lesson/handout.pdf'), run.child.pid);
    mkdirSync(join(root, 'dist/mini-lesson'), { recursive: true });
    writeFileSync(stale, 'half a PDF');

    const next = spawnCli(root, tmp, ['build']);
    expect((await next.exited).code).toBe(0);
    for (const path of unlisted) expect(next.stderr()).toMatch(new RegExp(`printed ${path.replace(/[.]/g, '\\.')} `));
    // The killed build had no chance to clean up: the next one removes its temp file and its browser profile.
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(tmp)).toEqual([]);
    await checkDist(join(root, 'dist'));
    expect((await pdfsOnDisk(join(root, 'dist'))).size).toBe(DOCUMENTS);
  });
});

describe('faults during a build', () => {
  it('the browser killed mid-build is relaunched and its documents are printed again', async () => {
    const { root, tmp } = project();
    const run = spawnCli(root, tmp, ['build']);
    await run.waitFor(/\[1\/\d+\] printed/);
    // The browser's main process is the one Puppeteer talks to over a pipe (not a renderer, zygote or crash handler).
    const main = browserProcesses(tmp).filter((p) => p.args.includes('--remote-debugging-pipe') && !p.args.startsWith('/bin/sh'));
    expect(main).toHaveLength(1);
    process.kill(main[0]?.pid ?? 0, 'SIGKILL');
    const { code } = await run.exited;

    expect(run.stderr()).toMatch(/the browser disconnected while printing mini-\S+; printing it again on a new browser/);
    expect(code, run.stderr()).toBe(0);
    expect(run.stderr()).toContain(`${DOCUMENTS} printed, 0 unchanged, 0 failed`);
    await checkDist(join(root, 'dist'));
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('a document that hangs hits the timeout and is reported; the others print and its stale previous PDF is removed', async () => {
    const { root } = project();
    const out = join(root, 'dist');
    await quietBuild({ root, out, selectors: ['mini-lesson'], packs: false });
    const worksheet = readFileSync(join(out, 'mini-lesson/worksheet.pdf'));
    editLessons(root, 'hang');

    // A named pipe with no writer: reading it never finishes, so the page waits for this asset forever.
    const fifo = join(root, 'never.png');
    execFileSync('mkfifo', [fifo]);
    const print = Printer.prototype.print;
    const spy = vi.spyOn(Printer.prototype, 'print').mockImplementation(function (this: Printer, job) {
      if (job.label !== 'mini-lesson/worksheet.pdf') return print.call(this, job);
      job.assets.files.set('/images/never.png', fifo);
      return print.call(this, { ...job, html: job.html.replace('<body', '<body><img src="https://lessonpack.invalid/images/never.png"><div') });
    });
    try {
      const res = await quietBuild({ root, out, selectors: ['mini-lesson'], packs: false, timeoutMs: 6_000 });
      const byPath = new Map(res.documents.map((d) => [d.path, d]));
      expect(byPath.get('mini-lesson/worksheet.pdf')).toMatchObject({ status: 'failed', error: 'printing took longer than 6 s and was stopped' });
      for (const kind of ['overview', 'handout', 'answer-key']) expect(byPath.get(`mini-lesson/${kind}.pdf`)?.status).toBe('printed');
      expect(res.failed).toBe(true);
      expect(res.removed).toEqual(['mini-lesson/worksheet.pdf']);
    } finally {
      spy.mockRestore();
      // Give the blocked read its end of file, so nothing is left waiting.
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    }
    // The old worksheet no longer matches the lesson: it is gone (and out of the manifest), so no one prints it by mistake.
    expect(worksheet.length).toBeGreaterThan(0);
    expect(existsSync(join(out, 'mini-lesson/worksheet.pdf'))).toBe(false);
    expect(await pdfText(join(out, 'mini-lesson/handout.pdf'))).toBeTruthy();
    await checkDist(out);
  });

  it('a bundled font file that is missing fails the document and says how to repair it', async () => {
    const { AssetMap } = await import('../src/render/assets.js');
    const assets = new AssetMap('standard');
    const [font] = [...assets.files.keys()].filter((k) => k.endsWith('.woff2'));
    assets.files.set(font as string, join(tempDir(), 'deleted.woff2'));
    const printer = new Printer({ concurrency: 1, browserEndpoint: sharedBrowser() });
    try {
      const html = `<html><head><style>${assets.fontFaceCss()} body { font-family: 'Source Serif 4'; }</style></head><body><p>Text</p></body></html>`;
      await expect(printer.print({ html, assets, variant: 'standard', label: 'fonts' })).rejects.toThrow(
        /^fonts: font files are missing: .*deleted\.woff2 \(reinstall with npm install\)$/,
      );
    } finally {
      await printer.close();
    }
  });
});

/** Processes under `pid` (children, grandchildren...), with their arguments. */
function descendants(pid: number): { pid: number; args: string }[] {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((l) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3] ?? '' }));
  const out: { pid: number; args: string }[] = [];
  const parents = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of rows)
      if (parents.has(r.ppid) && !parents.has(r.pid)) {
        parents.add(r.pid);
        out.push(r);
        grew = true;
      }
  }
  return out;
}

describe('untrusted or unlucky conditions during a build', () => {
  it('renderer processes killed mid-build are noticed: their documents are printed again on new tabs', async () => {
    const { root, tmp } = project();
    const run = spawnCli(root, tmp, ['build']);
    await run.waitFor(/\[1\/\d+\] printed/);
    const renderers = descendants(run.child.pid ?? 0).filter((p) => p.args.includes('--type=renderer'));
    expect(renderers.length).toBeGreaterThan(0);
    for (const r of renderers) process.kill(r.pid, 'SIGKILL');
    const { code } = await run.exited;

    expect(code, run.stderr()).toBe(0);
    expect(run.stderr()).toMatch(/the page's renderer crashed while printing mini-\S+; printing it again on a new tab/);
    expect(run.stderr()).toContain(`${DOCUMENTS} printed, 0 unchanged, 0 failed`);
    await checkDist(join(root, 'dist'));
  });

  it('two builds into one output folder at once: the second refuses with a clear message, the first completes alone', async () => {
    const { root, tmp } = project();
    // Enough lessons that the first build is still printing when the second has started and validated.
    const lesson = JSON.parse(readFileSync(join(root, 'lessons/mini-lesson.json'), 'utf8'));
    for (let i = 3; i <= 6; i++) writeFileSync(join(root, `lessons/mini-${i}.json`), JSON.stringify({ ...lesson, id: `mini-${i}` }, null, 2));
    const first = spawnCli(root, tmp, ['build'], 'shared');
    await first.waitFor(/\[1\/\d+\] printed/);
    const second = spawnCli(root, tmp, ['build', '--paper', 'a4'], 'shared');
    expect((await second.exited).code, `${second.stderr()}\n-- first:\n${first.stderr()}`).toBe(1);
    expect(second.stderr()).toMatch(
      /^lessonpack: another lessonpack build \(pid \d+\) is writing to dist: wait for it to finish, or build into another folder with --out$/m,
    );
    expect((await first.exited).code, first.stderr()).toBe(0);
    await checkDist(join(root, 'dist'));
    // Only the first build's paper: nothing of the A4 build was mixed in.
    const pdfs = (readdirSync(join(root, 'dist'), { recursive: true }) as string[]).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(0);
    for (const rel of pdfs) await expectPageSize(join(root, 'dist', rel), { width: 612, height: 792 });
  });

  it('a build stopped by an error returns only once nothing is printing or being written any more', async () => {
    const { root } = project();
    const out = join(root, 'dist');
    let returned = false;
    const late: string[] = [];
    const print = Printer.prototype.print;
    const spy = vi.spyOn(Printer.prototype, 'print').mockImplementation(async function (this: Printer, job) {
      // One lesson's pack cover hits a bug while the other lesson's cover is still printing (slowly).
      if (job.label === 'cover-mini-lesson') throw new Error('a bug in lessonpack');
      if (job.label === 'cover-mini-two') await new Promise((r) => setTimeout(r, 1_500));
      if (returned) late.push(job.label);
      return print.call(this, job);
    });
    const files = () => (readdirSync(out, { recursive: true }) as string[]).sort();
    try {
      await expect(quietBuild({ root, out })).rejects.toThrow('a bug in lessonpack');
      returned = true;
      const after = files();
      // Work still running would go on printing and writing now: give it the time of several documents.
      await new Promise((r) => setTimeout(r, 2_500));
      expect(late).toEqual([]);
      expect(files()).toEqual(after);
    } finally {
      spy.mockRestore();
    }
  });

  it('a malformed URL in a template is blocked like any request that is not an asset, not a crash', async () => {
    const { AssetMap } = await import('../src/render/assets.js');
    const printer = new Printer({ concurrency: 1, timeoutMs: 20_000, browserEndpoint: sharedBrowser() });
    try {
      const html = '<html><body><p>Text</p><img src="https://lessonpack.invalid/%ZZ"><img src="https://lessonpack.invalid/images/%E0%A4%A.png"></body></html>';
      const res = await printer.print({ html, assets: new AssetMap('standard'), variant: 'standard', label: 'bad-url' });
      expect(res.blocked.sort()).toEqual(['https://lessonpack.invalid/%ZZ', 'https://lessonpack.invalid/images/%E0%A4%A.png']);
    } finally {
      await printer.close();
    }
  });
});
