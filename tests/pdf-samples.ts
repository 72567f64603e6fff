/**
 * Small PDFs made in the test with pdf-lib, shaped like the ones Chromium prints (tagged, with bookmarks and
 * structure-element ids), for the unit tests of src/pdf without a browser.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFOperator, type PDFRef, PDFString, StandardFonts } from '@cantoo/pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfMetadata } from '../src/pdf/metadata.js';

/** Metadata for finalizePdf in tests: every field set, a language other than the page's, a fixed date. */
export const sampleMeta: PdfMetadata = {
  title: 'The Armistice',
  author: 'A. Teacher',
  subject: 'Why did the fighting stop in 1953?',
  keywords: ['Korean War', 'armistice'],
  language: 'ko',
  date: new Date('2025-03-01T12:34:56Z'),
  id: '0123456789abcdef0123456789abcdeffedcba',
};

export interface SampleOptions {
  /** Text of each page (one page per entry). */
  pages: string[];
  /** Bookmarks as [title, level, 1-based page]. */
  outline?: [string, number, number][];
  /** Structure-element ids as Chromium writes them (from DOM node ids); default "dom-<page>". */
  ids?: string[];
  /** An unreachable object is registered first, so every object number differs from a sample without it. */
  shifted?: boolean;
  /** Draw this many .notdef glyphs (glyph id 0) on the first page. */
  notdef?: number;
}

/**
 * A tagged PDF: a Document element with one P per page (marked content 0 of that page), a parent tree mapping each
 * page's /StructParents to its P, an ID tree, and optionally bookmarks.
 */
export async function taggedPdf(options: SampleOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const ctx = doc.context;
  if (options.shifted) ctx.register(ctx.obj({ Unused: true }));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const rootRef = ctx.nextRef();
  const documentElem = ctx.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: [] }) as PDFDict;
  const documentRef = ctx.register(documentElem);
  const kids = documentElem.lookup(PDFName.of('K'), PDFArray);
  const nums: (PDFNumber | PDFRef | PDFArray)[] = [];
  const ids: (PDFString | PDFRef)[] = [];
  options.pages.forEach((text, i) => {
    const page = doc.addPage([300, 400]);
    page.pushOperators(PDFOperator.of('BDC' as never, [PDFName.of('P'), ctx.obj({ MCID: 0 }) as never]));
    page.drawText(text, { x: 20, y: 350, size: 14, font });
    if (i === 0 && options.notdef)
      page.pushOperators(
        PDFOperator.of('BT' as never),
        PDFOperator.of('Tj' as never, [PDFHexString.of('0000'.repeat(options.notdef))]),
        PDFOperator.of('ET' as never),
      );
    page.pushOperators(PDFOperator.of('EMC' as never));
    const id = PDFString.of(options.ids?.[i] ?? `dom-${i + 1}`);
    // Every element after the first names the first as its header, as table cells name their header cells.
    const headers = i > 0 ? { A: { O: 'Table', Headers: [PDFString.of(options.ids?.[0] ?? 'dom-1')] } } : {};
    const elem = ctx.register(ctx.obj({ Type: 'StructElem', S: 'P', P: documentRef, Pg: page.ref, K: 0, ID: id, ...headers } as never));
    kids.push(elem);
    ids.push(id, elem);
    page.node.set(PDFName.of('StructParents'), PDFNumber.of(i));
    nums.push(PDFNumber.of(i), ctx.obj([elem]));
  });
  const root = { Type: 'StructTreeRoot', K: documentRef, ParentTree: ctx.obj({ Nums: nums }), ParentTreeNextKey: options.pages.length, IDTree: { Names: ids } };
  ctx.assign(rootRef, ctx.obj(root as never));
  doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
  doc.catalog.set(PDFName.of('MarkInfo'), ctx.obj({ Marked: true }));
  if (options.outline) {
    const { writeOutline } = await import('../src/pdf/outline.js');
    writeOutline(
      doc,
      options.outline.map(([title, level, page]) => ({ title, level, page })),
    );
  }
  return doc.save({ useObjectStreams: false });
}

/** A one-page-per-text PDF with no tags (a folio sheet, a blank page). */
export async function plainPdf(pages: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of pages) doc.addPage([300, 400]).drawText(text, { x: 20, y: 20, size: 10, font });
  return doc.save({ useObjectStreams: false });
}

/** The bookmarks of a PDF as pdf.js reads them: [title, level, 1-based page]. */
export async function outlineOf(bytes: Uint8Array): Promise<[string, number, number][]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  type Item = { title: string; dest: unknown; items: Item[] };
  const out: [string, number, number][] = [];
  const walk = async (items: Item[], level: number) => {
    for (const item of items) {
      const dest = (typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest) as [{ num: number; gen: number }];
      out.push([item.title, level, (await doc.getPageIndex(dest[0])) + 1]);
      await walk(item.items, level + 1);
    }
  };
  await walk(((await doc.getOutline()) ?? []) as Item[], 1);
  await doc.destroy();
  return out;
}

/** The ids a structure element's /A names as its headers. */
export function headersOf(elem: PDFDict): string[] {
  const headers = elem.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('Headers'), PDFArray);
  return (headers?.asArray() ?? []).map((h) => (h as PDFString).decodeText());
}

/** A loaded PDF's structure tree root, parent tree entries and pages, for consistency checks. */
export async function structureOf(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
  const parentTree = new Map<number, PDFDict[]>();
  for (let i = 0; i + 1 < nums.size(); i += 2) {
    const elems = nums.lookup(i + 1, PDFArray).asArray();
    parentTree.set(
      nums.lookup(i, PDFNumber).asNumber(),
      elems.map((e) => doc.context.lookup(e, PDFDict)),
    );
  }
  return { doc, root, parentTree, nextKey: root.lookup(PDFName.of('ParentTreeNextKey'), PDFNumber).asNumber() };
}
