/** Build behaviour on a one-lesson fixture project: cache, determinism, paper, packs, hostile content. */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import type { BuildResult } from '../src/build.js';
import { readOutline } from '../src/pdf/outline.js';
import { expectPageSize, pdfPages, pdfText, qpdfCheck, quietBuild, repoRoot, sharedBrowser, tempDir } from './helpers.js';

/** A fresh copy of the mini fixture project, for a test to change as it likes. */
function miniProject(): string {
  const root = tempDir('lessonpack-build-');
  cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
  return root;
}
const hashes = (out: string) =>
  JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).documents.map((d: { path: string; sha256: string }) => `${d.path} ${d.sha256}`);

/** The mini project built once, by whichever test asks first; tests only read it (or copy it). */
let shared: Promise<{ root: string; out: string; result: BuildResult }> | undefined;
function sharedBuild() {
  shared ??= (async () => {
    const root = miniProject();
    const out = join(root, 'dist');
    return { root, out, result: await quietBuild({ root, out }) };
  })();
  return shared;
}

describe('builds', () => {
  it('are byte-identical when repeated, and a no-op rebuild starts no browser', async () => {
    const { root, out: a, result: first } = await sharedBuild();
    expect(first.failed).toBe(false);
    expect(first.documents.filter((d) => d.status === 'printed').length).toBe(7);
    // Every document and pack passes qpdf's structural check (xref, object streams, stream lengths, references).
    const pdfs = (readdirSync(join(a, 'mini-lesson')) as string[]).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.sort()).toEqual(['answer-key', 'handout', 'marking-guide', 'overview', 'student-pack', 'teacher-pack', 'worksheet'].map((f) => `${f}.pdf`));
    for (const f of pdfs) expect({ f, ...qpdfCheck(join(a, 'mini-lesson', f)) }).toMatchObject({ f, ok: true });
    const b = join(tempDir('lessonpack-build-b-'), 'dist');
    await quietBuild({ root, out: b, force: true });
    expect(hashes(b)).toEqual(hashes(a));
    // Rebuilt in a copy of the first output, which other tests read.
    const copy = join(tempDir('lessonpack-build-copy-'), 'dist');
    cpSync(a, copy, { recursive: true });
    const again = await quietBuild({ root, out: copy });
    expect(again.browserStarted).toBe(false);
    expect(again.documents.map((d) => d.status)).toEqual(Array(7).fill('cached'));
  });

  it('editing the lesson reprints its documents; the cache never serves a stale PDF', async () => {
    const root = miniProject();
    const lessonPath = join(root, 'lessons/mini-lesson.json');
    const out = join(root, 'out-edit');
    await quietBuild({ root, out });
    const lesson = JSON.parse(readFileSync(lessonPath, 'utf8'));
    lesson.sections[0].questions[1].prompt = 'Who wrote Document A, and why? (edited prompt)';
    writeFileSync(lessonPath, JSON.stringify(lesson, null, 2));
    const rebuilt = await quietBuild({ root, out });
    expect(rebuilt.documents.find((d) => d.path === 'mini-lesson/worksheet.pdf')?.status).toBe('printed');
    expect(await pdfText(join(out, 'mini-lesson/worksheet.pdf'))).toContain('(edited prompt)');
  });

  it('prints A4 with --paper a4', async () => {
    const { root } = await sharedBuild();
    const out = join(tempDir('lessonpack-build-a4-'), 'dist');
    await quietBuild({ root, out, paper: 'a4', packs: false });
    await expectPageSize(join(out, 'mini-lesson/handout.pdf'), { width: 595, height: 842 });
  });

  it('packs start every document on an odd page, with bookmarks and metadata', async () => {
    const { out } = await sharedBuild();
    const bytes = readFileSync(join(out, 'mini-lesson/teacher-pack.pdf'));
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const top = readOutline(doc).filter((e) => e.level === 1);
    expect(top.map((e) => e.title)).toEqual(['The Start of the Korean War', 'Lesson overview', 'Student handout', 'Worksheet', 'Answer key', 'Marking guide']);
    for (const e of top) expect(e.page % 2).toBe(1);
    expect(doc.getTitle()).toBe('The Start of the Korean War: Teacher Pack');
    const pages = await pdfPages(join(out, 'mini-lesson/teacher-pack.pdf'));
    // A page before an odd start that is not the end of a document is an inserted blank, and says so.
    const before = top.slice(1).map((e) => pages[e.page - 2] ?? '');
    const inserted = before.filter((p) => !/Page (\d+) of \1/.test(p) && !p.includes('Teacher pack'));
    for (const p of inserted) expect(p).toContain('intentionally left blank');
    // The fixture's documents have odd and even lengths: the pack needs at least one blank, and says so.
    expect(inserted.length).toBeGreaterThan(0);
    const student = await pdfText(join(out, 'mini-lesson/student-pack.pdf'));
    expect(student).not.toContain('A model answer goes here.');
    expect(student).toContain('Answer the central question using the documents.');
    const handout = await PDFDocument.load(readFileSync(join(out, 'mini-lesson/handout.pdf')), { updateMetadata: false });
    expect(handout.getAuthor()).toBe('Mini Lesson Team');
    expect(handout.getSubject()).toContain('Who started the Korean War, and how do we know?');
    expect(readOutline(handout).map((e) => e.title)).toContain('Background');
  });

  /** Prints raw HTML on a one-tab printer: what the page tried to fetch, and the PDF's text. */
  const printRaw = async (html: string, name: string) => {
    const { Printer } = await import('../src/print/printer.js');
    const { AssetMap } = await import('../src/render/assets.js');
    const printer = new Printer({ concurrency: 1, browserEndpoint: sharedBrowser() });
    try {
      const res = await printer.print({ html, assets: new AssetMap('standard'), variant: 'standard', label: name });
      const file = join(tempDir('lessonpack-raw-'), `${name}.pdf`);
      writeFileSync(file, res.pdf);
      return { blocked: res.blocked, text: await pdfText(file) };
    } finally {
      await printer.close();
    }
  };

  it('aborts every request that is not a project asset, file:// included', async () => {
    const { blocked, text } = await printRaw(
      '<html><body><p>PLAIN</p><img src="http://127.0.0.1:9/a.png"><img src="file:///etc/passwd"><iframe src="file:///etc/hostname"></iframe><link rel="stylesheet" href="https://example.invalid/x.css"></body></html>',
      'probe',
    );
    // http(s) reaches our interceptor and is aborted; file:// is refused by Chromium itself for a non-file page.
    expect(blocked).toEqual(expect.arrayContaining(['http://127.0.0.1:9/a.png', 'https://example.invalid/x.css']));
    expect(text).toContain('PLAIN');
    expect(text).not.toContain('localhost');
  });

  it('runs no script, even one a template puts in the page: JavaScript is off', async () => {
    const { blocked, text } = await printRaw(
      '<html><body><p id="p">KEPT</p><script>document.getElementById("p").textContent = "SCRIPTRAN"; fetch("http://127.0.0.1:9/x")</script><p onclick="x()">END</p></body></html>',
      'script',
    );
    expect(text).toContain('KEPT');
    expect(text).not.toContain('SCRIPTRAN');
    expect(blocked).toEqual([]);
  });

  it('prints hostile lesson text literally and lets no request leave the page', async () => {
    const hostile = [
      '<script>document.title="pwned"</script>SCRIPTTEXT',
      '<iframe src="file:///etc/passwd"></iframe>IFRAMETEXT',
      '<img src="http://127.0.0.1:9/x.png">IMGTEXT',
      '<link rel="stylesheet" href="file:///etc/passwd"><style>body{background:url(http://127.0.0.1:9/bg)}</style>CSSTEXT',
      '[click](javascript:alert(1)) <meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/">',
      '{{lesson.title}} {{{html}}} and {{#each x}}y{{/each}}',
    ].join('\n\n');
    const root = miniProject();
    const lessonPath = join(root, 'lessons/mini-lesson.json');
    const lesson = JSON.parse(readFileSync(lessonPath, 'utf8'));
    lesson.background.body = hostile;
    lesson.sections[0].questions[1].prompt = '<img src=x onerror=alert(1)> "quoted" & <b>bold</b> {{x}}';
    // The title also goes into the running header, a CSS string: it must not close the string and add rules.
    const title = 'T"; } @page { @top-right { content: url(https://evil.invalid/h) } } x { "';
    lesson.title = title;
    writeFileSync(lessonPath, JSON.stringify(lesson, null, 2));
    const out = join(root, 'out-hostile');
    const res = await quietBuild({ root, out, packs: false });
    expect(res.failed).toBe(false);
    const text = await pdfText(join(out, 'mini-lesson/handout.pdf'));
    for (const t of ['SCRIPTTEXT', 'IFRAMETEXT', 'IMGTEXT', 'CSSTEXT', 'click', '{{lesson.title}} {{{html}}} and {{#each x}}y{{/each}}'])
      expect(text).toContain(t);
    expect(text).not.toContain('root:x:0:0');
    expect(text).not.toContain('pwned');
    expect(text).toContain(title);
    const ws = await pdfText(join(out, 'mini-lesson/worksheet.pdf'));
    expect(ws).toContain('"quoted" & bold {{x}}');
    // No request of any kind left the page: every document printed from our own assets only.
    expect(res.documents.every((d) => !d.blocked?.length)).toBe(true);
    const annots = execFileSync('qpdf', ['--qdf', '--object-streams=disable', join(out, 'mini-lesson/handout.pdf'), '-'], { encoding: 'latin1' });
    expect(annots).not.toMatch(/javascript:|http:\/\/127/);
  });

  it('building some lessons of a unit leaves the unit overview and unit pack as they were', async () => {
    const unitRoot = miniProject();
    const second = JSON.parse(readFileSync(join(unitRoot, 'lessons/mini-lesson.json'), 'utf8'));
    second.id = 'second-lesson';
    second.title = 'The Second Lesson';
    writeFileSync(join(unitRoot, 'lessons/second-lesson.json'), JSON.stringify(second, null, 2));
    writeFileSync(
      join(unitRoot, 'lessons/unit.json'),
      JSON.stringify({ id: 'two', title: 'Two Lessons', summary: 'A unit of two lessons.', lessons: ['mini-lesson', 'second-lesson'] }, null, 2),
    );
    const out = join(unitRoot, 'dist');
    const full = await quietBuild({ root: unitRoot, out });
    expect(full.failed).toBe(false);
    const before = hashes(out).filter((h: string) => h.startsWith('unit-'));
    expect(before).toHaveLength(2);
    expect(await pdfText(join(out, 'unit-overview.pdf'))).toContain('The Second Lesson');
    // Only the first lesson, edited: its documents reprint; the unit's documents are not rebuilt from one lesson.
    const lesson = JSON.parse(readFileSync(join(unitRoot, 'lessons/mini-lesson.json'), 'utf8'));
    lesson.title = 'The First Lesson, Edited';
    writeFileSync(join(unitRoot, 'lessons/mini-lesson.json'), JSON.stringify(lesson, null, 2));
    const some = await quietBuild({ root: unitRoot, out, selectors: ['mini-lesson'] });
    expect(some.documents.map((d) => d.path)).not.toContain('unit-overview.pdf');
    expect(some.documents.find((d) => d.path === 'mini-lesson/handout.pdf')?.status).toBe('printed');
    expect(hashes(out).filter((h: string) => h.startsWith('unit-'))).toEqual(before);
    expect(await pdfText(join(out, 'unit-overview.pdf'))).toContain('The Second Lesson');
  });
});
