/**
 * finalizePdf's direct path (src/pdf/direct.ts) on PDFs Chromium prints: taken for a clean document, the same answers
 * as the pdf-lib path, byte-identical files from prints whose structure ids differ, and the pdf-lib path for a
 * document with something to remove.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFRef, PDFString } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finalizeDirect } from '../src/pdf/direct.js';
import { finalizeParsed } from '../src/pdf/finalize.js';
import { Printer } from '../src/print/printer.js';
import { ASSET_ORIGIN, AssetMap } from '../src/render/assets.js';
import { activeContent, bundledUnit, pageTexts, qpdfCheck, sharedBrowser, tempDir } from './helpers.js';
import { sampleMeta as meta } from './pdf-samples.js';

const assets = new AssetMap('standard');

/** A document with headings (bookmarks), a table whose cells name their headers (ids), links and a second page. */
const html = (link: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Direct</title>
<link rel="stylesheet" href="${ASSET_ORIGIN}/styles/lessonpack.css">
<style>${assets.fontFaceCss()} @page { size: A4; margin: 15mm } body { font-family: var(--body-font) }</style></head>
<body><h1>The armistice</h1><h2>Panmunjom</h2><p>Signed on <strong>27 July 1953</strong>, <em>after two years</em>.
<a href="${link}">Read more</a> or <a href="#later">see below</a>.</p>
<table><thead><tr><th>Year</th><th>Event</th></tr></thead><tbody><tr><td>1950</td><td>War begins</td></tr>
<tr><td>1953</td><td>Armistice</td></tr></tbody></table>
<h2 id="later" style="break-before: page">After the war</h2><p>The border stayed near the 38th parallel.</p></body></html>`;

let printer: Printer;
const print = async (link = 'https://example.org/armistice') => (await printer.print({ html: html(link), assets, variant: 'standard', label: 'direct' })).pdf;

beforeAll(() => {
  printer = new Printer({ concurrency: 1, browserEndpoint: sharedBrowser() });
});
afterAll(async () => {
  await printer.close();
});

/** Every structure element's /ID, the ID tree's names (in tree order) with the element each names, and all /Headers. */
async function structureIds(pdf: Uint8Array) {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const elements = new Map<string, PDFRef>();
  const headers: string[] = [];
  for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    const id = obj.get(PDFName.of('ID'));
    if (id instanceof PDFString) elements.set(id.decodeText(), ref);
    const attrs = obj.lookup(PDFName.of('A'));
    for (const a of attrs instanceof PDFArray ? attrs.asArray() : [attrs]) {
      const list = a instanceof PDFDict ? a.lookup(PDFName.of('Headers')) : undefined;
      if (list instanceof PDFArray) headers.push(...list.asArray().map((h) => (h as PDFString).decodeText()));
    }
  }
  const tree: [string, PDFRef][] = [];
  const walk = (node: PDFDict) => {
    const names = node.lookup(PDFName.of('Names'));
    if (names instanceof PDFArray) for (let i = 0; i < names.size(); i += 2) tree.push([(names.get(i) as PDFString).decodeText(), names.get(i + 1) as PDFRef]);
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) walk(kids.lookup(i, PDFDict));
  };
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  walk(root.lookup(PDFName.of('IDTree'), PDFDict));
  return { doc, root, elements, tree, headers };
}

describe('finalizePdf without pdf-lib (Chromium PDFs)', () => {
  it('gives what the pdf-lib path gives: pages, bookmarks, text, metadata, a file id, a valid file', async () => {
    const raw = await print();
    const direct = finalizeDirect(raw, meta, assets.families);
    if (!direct) throw new Error('a clean Chromium PDF took the pdf-lib path');
    const parsed = await finalizeParsed(raw, meta, assets.families);
    expect(direct.pages).toBe(2);
    expect([direct.pages, direct.outline]).toEqual([parsed.pages, parsed.outline]);
    expect(direct.outline.map((e) => [e.title, e.level, e.page])).toEqual([
      ['The armistice', 1, 1],
      ['Panmunjom', 2, 1],
      ['After the war', 2, 2],
    ]);
    expect(await pageTexts(direct.pdf)).toEqual(await pageTexts(parsed.pdf));
    expect(qpdfCheck(direct.pdf)).toEqual({ ok: true, output: expect.stringContaining('No syntax or stream encoding errors') });
    const doc = await PDFDocument.load(direct.pdf, { updateMetadata: false });
    expect([doc.getTitle(), doc.getAuthor(), doc.getSubject(), doc.getKeywords(), doc.getCreator()]).toEqual([
      'The Armistice',
      'A. Teacher',
      'Why did the fighting stop in 1953?',
      'Korean War armistice',
      'lessonpack',
    ]);
    expect([doc.getCreationDate()?.toISOString(), doc.getModificationDate()?.toISOString()]).toEqual(['2025-03-01T12:34:56.000Z', '2025-03-01T12:34:56.000Z']);
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('ko');
    expect(String(doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle')))).toBe('true');
    const text = Buffer.from(direct.pdf).toString('latin1');
    expect(text.startsWith('%PDF-1.7\n')).toBe(true);
    expect(text).toMatch(/\/ID \[<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>\]/i);
    // Nothing of the print's own clock is left.
    expect(text).not.toMatch(/Chromium\)|D:20[0-9]{12}\+/);
    expect(activeContent(tempFile(direct.pdf))).toEqual([]);
  });

  it('renames the structure ids (node00000001 on) consistently: elements, ID tree and table headers', async () => {
    const direct = finalizeDirect(await print(), meta, assets.families);
    const { root, elements, tree, headers } = await structureIds(direct?.pdf ?? new Uint8Array());
    expect(tree.length).toBe(2); // the two header cells
    expect(tree.map(([id]) => id)).toEqual(tree.map((_, i) => `node${String(i + 1).padStart(8, '0')}`));
    expect(new Map(tree)).toEqual(elements);
    expect(headers.length).toBeGreaterThan(0);
    for (const h of headers) expect(elements.has(h), h).toBe(true);
    expect(root.lookup(PDFName.of('RoleMap'), PDFDict).get(PDFName.of('Strong'))).toBe(PDFName.of('Span'));
  });

  it('makes the same bytes from prints of the same page whose structure ids and dates differ', async () => {
    const first = await print();
    await print('https://example.org/other');
    const second = await print();
    // The browser numbers the elements from its DOM node ids, which grow with every document a tab loads.
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(false);
    const a = finalizeDirect(first, meta, assets.families)?.pdf;
    const b = finalizeDirect(second, meta, assets.families)?.pdf;
    expect(a && b && Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("finishes every document of the bundled unit's build this way (maps, Spanish, Korean, tables); packs are pdf-lib's", async () => {
    const { out, result } = await bundledUnit();
    const producer = async (path: string) => (await PDFDocument.load(readFileSync(join(out, path)), { updateMetadata: false })).getProducer();
    const printed = result.documents.filter((d) => d.path.endsWith('.pdf'));
    const documents = printed.filter((d) => !d.kind.endsWith('pack'));
    expect(documents.length).toBeGreaterThan(15);
    for (const d of documents) expect([d.path, await producer(d.path)]).toEqual([d.path, 'lessonpack (Chromium)']);
    const packs = printed.filter((d) => d.kind.endsWith('pack'));
    expect(packs.length).toBeGreaterThan(0);
    for (const d of packs) expect([d.path, await producer(d.path)]).toEqual([d.path, 'lessonpack (Chromium, pdf-lib)']);
  });

  it('leaves a document with something to remove (a file: link) to the pdf-lib path', async () => {
    const raw = await print('file:///etc/passwd');
    expect(finalizeDirect(raw, meta, assets.families)).toBeUndefined();
    expect(finalizeDirect(await print('javascript:alert(1)'), meta, assets.families)).toBeUndefined();
  });

  it('refuses a font outside the allowed families, as the pdf-lib path does', async () => {
    const raw = await print();
    expect(() => finalizeDirect(raw, meta, ['Helvetica'])).toThrow(/The Armistice: printed with fonts other than the bundled ones \(Helvetica\): Source/);
  });
});

/** `pdf` written to a temporary file (for helpers that read files). */
function tempFile(pdf: Uint8Array): string {
  const file = join(tempDir('lessonpack-direct-'), 'doc.pdf');
  writeFileSync(file, pdf);
  return file;
}
