import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, inject } from 'vitest';
import { type BuildOptions, type BuildResult, build } from '../src/build.js';
import { loadSourceLibrary } from '../src/load/sources.js';
import { validateSchema } from '../src/validate/schema.js';

export const repoRoot = join(import.meta.dirname, '..');

import { removeDir, tempDir } from './temp.js';

export { removeDir, tempDir };

/** The browser the whole run shares (started by tests/global-setup.ts). */
export const sharedBrowser = (): string => inject('browserEndpoint');

/**
 * What a test read out of a PDF, kept while the file is unchanged (same size and modification time): the files of a
 * worker share this module (vitest.config.ts), and several of them read the same PDFs of the bundled unit.
 */
const readings = new Map<string, unknown>();
function reading<T>(file: string, what: string, read: () => T): T {
  const { size, mtimeMs } = statSync(file);
  const key = [what, realpathSync(file), size, mtimeMs].join('\0');
  if (!readings.has(key)) readings.set(key, read());
  return readings.get(key) as T;
}

/** The text of every page of a PDF, read back with pdf.js. */
export async function pdfPages(file: string): Promise<string[]> {
  return [...(await reading(file, 'pages', () => pageTexts(readFileSync(file))))];
}

/** The text of every page of a PDF given as bytes, read back with pdf.js. */
export async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const data = new Uint8Array(bytes);
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .replace(/[ \t]+/g, ' '),
    );
  }
  await doc.destroy();
  return pages;
}

/** Whole text of a PDF with whitespace collapsed (for "contains" checks across line breaks). */
export async function pdfText(file: string): Promise<string> {
  return (await pdfPages(file)).join(' ').replace(/\s+/g, ' ');
}

/** Page sizes in points. */
export async function pageSizes(file: string): Promise<{ width: number; height: number }[]> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  return doc.getPages().map((p) => ({ width: Math.round(p.getWidth()), height: Math.round(p.getHeight()) }));
}

/** Asserts that a PDF has pages and that every one is `size` (in points). */
export async function expectPageSize(file: string, size: { width: number; height: number }): Promise<void> {
  const sizes = await pageSizes(file);
  expect(sizes.length, file).toBeGreaterThan(0);
  expect(sizes, file).toEqual(sizes.map(() => size));
}

/** Fonts a PDF uses, as pdffonts (poppler) reports them: name and whether embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // Columns from the right: emb sub uni objectID gen
      return { name: cols[0] ?? '', embedded: cols[cols.length - 5] === 'yes' };
    });
}

/** The source library of a folder, each metadata file checked against the schema as the pipeline checks it. */
export async function sourceLibrary(dir: string) {
  return (
    await loadSourceLibrary(
      dir,
      (f) => f,
      undefined,
      (doc) => validateSchema('source', doc),
    )
  ).sources;
}

/** Builds the given project quietly, printing on the run's shared browser (pass `browserEndpoint: undefined` to launch one). */
export function quietBuild(options: BuildOptions) {
  return build({ concurrency: 2, browserEndpoint: sharedBrowser(), ...options });
}

/** Where the run's shared build of the bundled unit is (call bundledUnit() before reading it). */
export const bundledUnitDir = (): string => join(inject('sharedDir'), 'bundled-unit', 'dist');

/**
 * The bundled unit as `npm run build` makes it (Letter, standard print, packs), built once per run by whichever test
 * file asks first and shared read-only: its output folder and the build's result.
 */
export async function bundledUnit(): Promise<{ out: string; result: BuildResult }> {
  const out = bundledUnitDir();
  const dir = dirname(out);
  const done = join(dir, 'result.json');
  let builder = true;
  try {
    mkdirSync(dir);
  } catch {
    builder = false;
  }
  if (builder) {
    const saved = await quietBuild({ root: repoRoot, out, force: true }).then(
      (result) => ({ result }),
      (e: unknown) => ({ error: String((e as Error).stack ?? e) }),
    );
    // Written whole, then renamed: a reader never sees half a file.
    writeFileSync(`${done}.part`, JSON.stringify(saved));
    renameSync(`${done}.part`, done);
  }
  for (;;) {
    try {
      const saved = JSON.parse(readFileSync(done, 'utf8')) as { result?: BuildResult; error?: string };
      if (!saved.result) throw new Error(`the shared build of the bundled unit failed: ${saved.error}`);
      return { out, result: saved.result };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Normalizes text the way the PDF text layer comes back (whitespace collapsed). */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The most common text size on a PDF's pages, in points (weighted by characters): the body size. */
export async function bodyTextSize(file: string): Promise<number> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false, isEvalSupported: false }).promise;
  const chars = new Map<number, number>();
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const size = Math.round(Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) * 2) / 2;
      chars.set(size, (chars.get(size) ?? 0) + item.str.length);
    }
  }
  await doc.destroy();
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/**
 * What a tagged PDF's structure tree holds: element types under the root, whether every page that has tagged
 * content is found in the parent tree, and how many pages have none (e.g. only writing lines).
 */
export async function structureSummary(
  file: string,
): Promise<{ marked: boolean; top: string[]; parts: number; pagesMapped: boolean; untaggedPages: number; types: Set<string> }> {
  const { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef } = await import('@cantoo/pdf-lib');
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  const markInfo = doc.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  const types = new Set<string>();
  const top: string[] = [];
  let parts = 0;
  const visit = (obj: unknown, depth: number) => {
    const o = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
    if (o instanceof PDFArray) {
      for (const k of o.asArray()) visit(k, depth);
      return;
    }
    if (!(o instanceof PDFDict)) return;
    const s = o.get(PDFName.of('S'));
    if (!(s instanceof PDFName)) return;
    const name = s.decodeText();
    types.add(name);
    if (depth === 0) top.push(name);
    if (name === 'Part' && depth === 1) parts++;
    visit(o.get(PDFName.of('K')), depth + 1);
  };
  visit(root?.get(PDFName.of('K')), 0);
  const keys = new Set<number>();
  const nums = root?.lookupMaybe(PDFName.of('ParentTree'), PDFDict)?.lookupMaybe(PDFName.of('Nums'), PDFArray);
  for (let i = 0; nums && i < nums.size(); i += 2) {
    const k = nums.get(i);
    if (k instanceof PDFNumber) keys.add(k.asNumber());
  }
  const pageKeys = doc.getPages().map((p) => p.node.get(PDFName.of('StructParents')));
  const pagesMapped = pageKeys.every((k) => k === undefined || (k instanceof PDFNumber && keys.has(k.asNumber())));
  const untaggedPages = pageKeys.filter((k) => k === undefined).length;
  return { marked: String(markInfo?.get(PDFName.of('Marked'))) === 'true', top, parts, pagesMapped, untaggedPages, types };
}

/** Every pixel's colour spread (max - min channel) over a PDF's pages rendered at low resolution: 0 means pure gray. */
export function maxColourSpread(file: string, dpi = 30): number {
  const dir = mkdtempSync(join(tmpdir(), 'lessonpack-ppm-'));
  try {
    return colourSpread(dir, file, dpi);
  } finally {
    removeDir(dir);
  }
}

function colourSpread(dir: string, file: string, dpi: number): number {
  execFileSync('pdftoppm', ['-r', String(dpi), file, join(dir, 'p')]);
  let spread = 0;
  for (const name of readdirSync(dir)) {
    const data = readFileSync(join(dir, name));
    // P6 header: magic, width, height, maxval, each followed by one whitespace byte.
    let offset = 0;
    for (let fields = 0; fields < 4; offset++)
      if (/\s/.test(String.fromCharCode(data[offset] ?? 32)) && !/\s/.test(String.fromCharCode(data[offset - 1] ?? 32))) fields++;
    for (let i = offset; i + 2 < data.length; i += 3) {
      const r = data[i] ?? 0;
      const g = data[i + 1] ?? 0;
      const b = data[i + 2] ?? 0;
      spread = Math.max(spread, Math.max(r, g, b) - Math.min(r, g, b));
    }
  }
  return spread;
}

/** Per page, the size of the lowest line of text above the footer, relative to the document's body text size. */
export async function lastLineScale(file: string): Promise<number[]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false, isEvalSupported: false }).promise;
  const lowest: number[] = [];
  const chars = new Map<number, number>();
  for (let i = 1; i <= doc.numPages; i++) {
    let low = { y: Infinity, size: 0 };
    for (const it of (await (await doc.getPage(i)).getTextContent()).items) {
      const y = 'str' in it && it.str.trim() ? (it.transform[5] ?? 0) : 0;
      // The footer sits in the bottom margin (0.8 in = 57.6 pt): body text is above it.
      if (!('str' in it) || y <= 60) continue;
      const size = Math.round(Math.hypot(it.transform[2] ?? 0, it.transform[3] ?? 0) * 10) / 10;
      chars.set(size, (chars.get(size) ?? 0) + it.str.length);
      if (y < low.y) low = { y, size };
    }
    lowest.push(low.size);
  }
  await doc.destroy();
  const body = [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 1;
  return lowest.map((s) => s / body);
}

/** Every page of a PDF in grays at `dpi` (one pdftoppm run per file, kept while the file is unchanged). */
function grayPages(file: string, dpi: number): { w: number; h: number; px: Uint8Array }[] {
  return reading(file, `gray ${dpi}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'lessonpack-pgm-'));
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), file, join(dir, 'p')]);
    const images = readdirSync(dir)
      .sort()
      .map((name) => readFileSync(join(dir, name)));
    removeDir(dir);
    return images.map((data) => {
      const [, w = 0, h = 0] = data.subarray(0, 40).toString('latin1').split(/\s+/).map(Number);
      return { w, h, px: data.subarray(data.length - w * h) };
    });
  });
}

/** Share of dark pixels on one page between the header and footer bands (0 = a blank body), at 20 dpi. */
export function bodyInk(file: string, page: number): number {
  const image = grayPages(file, 20)[page - 1];
  if (!image) throw new Error(`${file} has no page ${page}`);
  const { w, h, px } = image;
  let dark = 0;
  for (let y = Math.floor(h * 0.12); y < Math.floor(h * 0.88); y++) for (let x = 0; x < w; x++) if ((px[y * w + x] ?? 255) < 160) dark++;
  return dark / (w * h * 0.76);
}

/**
 * A one-page PDF as a hostile pull request would plant it: visible text, JavaScript run on opening, an embedded file,
 * page actions, and link annotations (http:, javascript:, launch, a file attachment, and one harmless https: link).
 */
export async function poisonedPdf(text = 'POISONED PAGE'): Promise<Uint8Array> {
  const { PDFName, PDFString, StandardFonts } = await import('@cantoo/pdf-lib');
  const doc = await PDFDocument.create();
  const page = doc.addPage([612, 792]);
  page.drawText(text, { x: 72, y: 700, size: 24, font: await doc.embedFont(StandardFonts.Helvetica) });
  const ctx = doc.context;
  const js = ctx.register(ctx.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert("evil.invalid")') }));
  const file = ctx.register(ctx.flateStream('MZ evil payload', { Type: 'EmbeddedFile' }));
  const spec = ctx.register(ctx.obj({ Type: 'Filespec', F: PDFString.of('evil.exe'), EF: { F: file } }));
  doc.catalog.set(PDFName.of('OpenAction'), js);
  doc.catalog.set(PDFName.of('AA'), ctx.obj({ WC: js }));
  doc.catalog.set(PDFName.of('Names'), ctx.obj({ JavaScript: { Names: [PDFString.of('x'), js] }, EmbeddedFiles: { Names: [PDFString.of('evil.exe'), spec] } }));
  const annot = (fields: Record<string, unknown>) => ctx.register(ctx.obj({ Type: 'Annot', Rect: [72, 600, 300, 620], Border: [0, 0, 0], ...fields } as never));
  page.node.set(
    PDFName.of('Annots'),
    ctx.obj([
      annot({ Subtype: 'Link', A: { S: 'URI', URI: PDFString.of('http://evil.invalid/') } }),
      annot({ Subtype: 'Link', A: { S: 'URI', URI: PDFString.of('file:///etc/passwd') } }),
      annot({ Subtype: 'Link', A: { S: 'JavaScript', JS: PDFString.of('app.alert(1)') } }),
      annot({ Subtype: 'Link', A: { S: 'Launch', F: PDFString.of('calc.exe') } }),
      annot({ Subtype: 'FileAttachment', FS: spec }),
      annot({ Subtype: 'Link', A: { S: 'URI', URI: PDFString.of('https://example.org/') } }),
    ]),
  );
  page.node.set(PDFName.of('AA'), ctx.obj({ O: js }));
  return doc.save({ useObjectStreams: false });
}

/** What of a poisoned PDF is left in a file (names of actions, annotations and targets, found in its objects). */
export function activeContent(file: string): string[] {
  // qpdf writes every object uncompressed, so names hidden in object streams show too.
  const text = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], { maxBuffer: 256 * 1024 * 1024 }).toString('latin1');
  const names: [string, RegExp][] = [
    ['/JavaScript', /\/JavaScript\b/],
    ['/OpenAction', /\/OpenAction\b/],
    ['/EmbeddedFile', /\/EmbeddedFiles?\b/],
    ['/Launch', /\/Launch\b/],
    ['/FileAttachment', /\/FileAttachment\b/],
    ['evil.invalid', /evil\.invalid/],
    ['file:///', /file:\/\/\//],
    // Additional actions (a key, not a font subset prefix such as /AABCDE+Font).
    ['/AA', /\/AA[\s<]/],
  ];
  return names.filter(([, re]) => re.test(text)).map(([name]) => name);
}

/** The URIs of a PDF's link annotations, page by page. */
export async function linkTargets(file: string): Promise<string[]> {
  const { PDFArray, PDFDict, PDFName, PDFString, PDFHexString } = await import('@cantoo/pdf-lib');
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const out: string[] = [];
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; annots && i < annots.size(); i++) {
      const a = annots.lookup(i);
      const action = a instanceof PDFDict ? a.lookupMaybe(PDFName.of('A'), PDFDict) : undefined;
      const uri = action?.lookup(PDFName.of('URI'));
      if (uri instanceof PDFString || uri instanceof PDFHexString) out.push(uri.decodeText());
      else if (action) out.push(`(${String(action.get(PDFName.of('S')))})`);
    }
  }
  return out;
}

/** The files of a ZIP archive (a .docx or an IMS package), by name, in archive order. */
export async function unzipFiles(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const { unzipSync } = await import('fflate');
  return new Map(Object.entries(unzipSync(bytes)));
}

/** Parses XML strictly: any well-formedness error throws, with the parser's message. */
export async function parseXml(text: string): Promise<Document> {
  const { DOMParser } = await import('@xmldom/xmldom');
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(text, 'application/xml');
  if (errors.length) throw new Error(`XML is not well-formed: ${errors.join('; ')}`);
  return doc as unknown as Document;
}

/** The text of each paragraph (w:p) of a Word document part, in order. */
export async function docxParagraphs(xml: string): Promise<string[]> {
  const doc = await parseXml(xml);
  return Array.from(doc.getElementsByTagName('w:p')).map((p) =>
    Array.from(p.getElementsByTagName('*'))
      .map((e) => (e.nodeName === 'w:t' ? (e.textContent ?? '') : e.nodeName === 'w:tab' ? '\t' : ''))
      .join(''),
  );
}

/** Whether each needle occurs in the haystack after the previous one (text compared with whitespace collapsed). */
export function inOrder(haystack: string, needles: string[]): { ok: boolean; missing?: string } {
  const text = squash(haystack);
  let at = 0;
  for (const n of needles) {
    const i = text.indexOf(squash(n), at);
    if (i < 0) return { ok: false, missing: n };
    at = i + squash(n).length;
  }
  return { ok: true };
}

/**
 * What `qpdf --check` says of a PDF (a file, or bytes written to a temp file): `ok` only when it reports no error and
 * no warning (exit 0), so structural damage pdf.js would tolerate (a bad xref, a dangling reference) still fails.
 */
export function qpdfCheck(pdf: string | Uint8Array): { ok: boolean; output: string } {
  const dir = typeof pdf === 'string' ? undefined : tempDir('lessonpack-qpdf-');
  const file = dir ? join(dir, 'check.pdf') : (pdf as string);
  if (dir) writeFileSync(file, pdf);
  try {
    const run = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    if (run.error) throw run.error;
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether a program is on the PATH. */
export function hasProgram(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The bundled unit, validated and resolved, with each lesson's view (as written, or as an A/B version). */
export async function bundledLessons() {
  const { loadProject } = await import('../src/project.js');
  const { prepare } = await import('../src/pipeline.js');
  const { lessonView } = await import('../src/render/view.js');
  const project = await loadProject(repoRoot);
  const prepared = await prepare(project, [], repoRoot);
  return {
    project,
    prepared,
    view: (id: string, version?: 'A' | 'B' | 'C' | 'D') => {
      const lesson = prepared.lessons.find((l) => l.data.id === id);
      if (!lesson) throw new Error(`no lesson ${id}`);
      return lessonView(lesson, prepared.sources, prepared.unit?.data, { version });
    },
  };
}

/** What an answer key's HTML marks as the answer of each question: option letters, matching letters, order numbers. */
export function keyAnswers(html: string): Map<string, string[]> {
  const answers = new Map<string, string[]>();
  for (const chunk of html.split('data-question="').slice(1)) {
    const id = chunk.slice(0, chunk.indexOf('"'));
    const options = [...chunk.matchAll(/<li class="option is-correct">.*?<span class="option-letter">([A-Z])\./g)].map((m) => m[1] ?? '');
    const filled = [...chunk.matchAll(/<span class="key-answer">([A-Z]|\d+)<\/span>/g)].map((m) => m[1] ?? '');
    answers.set(id, options.length ? options : filled);
  }
  return answers;
}

/** A line of text on a page, read back with positions: items on one baseline joined left to right. */
export interface PdfLine {
  page: number;
  /** Baseline height above the page foot, in points. */
  y: number;
  text: string;
}

/** Every line of text of a PDF, page by page, top to bottom (a gap between items becomes a space). */
export async function pdfLines(file: string): Promise<PdfLine[]> {
  return (await reading(file, 'lines', () => readLines(file))).map((l) => ({ ...l }));
}

async function readLines(file: string): Promise<PdfLine[]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false, isEvalSupported: false }).promise;
  const lines: PdfLine[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const rows = new Map<number, { x: number; end: number; str: string }[]>();
    for (const it of (await (await doc.getPage(i)).getTextContent()).items) {
      if (!('str' in it) || !it.str) continue;
      const y = Math.round(it.transform[5] ?? 0);
      const x = it.transform[4] ?? 0;
      rows.set(y, [...(rows.get(y) ?? []), { x, end: x + it.width, str: it.str }]);
    }
    for (const [y, items] of [...rows].sort((a, b) => b[0] - a[0])) {
      items.sort((a, b) => a.x - b.x);
      let text = '';
      let end = Number.NEGATIVE_INFINITY;
      for (const it of items) {
        text += (it.x - end > 1 && !/\s$/.test(text) && !/^\s/.test(it.str) ? ' ' : '') + it.str;
        end = it.end;
      }
      lines.push({ page: i, y, text: squash(text) });
    }
  }
  await doc.destroy();
  return lines;
}

/**
 * How full each page of a PDF is: the share of the page area (inside the top and bottom margins, where the running
 * header and footer are not) from its top down to the lowest ink of any kind (text, a ruled line, a box), at 30 dpi.
 * A blank page measures 0; a page written to its foot, about 1.
 */
export function pageFill(file: string, margins: { top: number; bottom: number } = { top: 0.85, bottom: 0.8 }): number[] {
  return [...reading(file, `fill ${margins.top} ${margins.bottom}`, () => measureFill(file, margins))];
}

function measureFill(file: string, margins: { top: number; bottom: number }): number[] {
  const dpi = 30;
  return grayPages(file, dpi).map(({ w, h, px }) => {
    const top = Math.round(margins.top * dpi);
    const bottom = h - Math.round(margins.bottom * dpi);
    for (let y = bottom - 1; y >= top; y--) for (let x = 0; x < w; x++) if ((px[y * w + x] ?? 255) < 160) return (y - top + 1) / (bottom - top);
    return 0;
  });
}
