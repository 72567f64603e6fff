/** assemblePack on small tagged PDFs made here: odd-page starts, blank pages, bookmarks, one structure tree, folios. */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, type PDFRef, type PDFString } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { assemblePack, oddStarts, type PackPart } from '../src/pdf/merge.js';
import type { PdfMetadata } from '../src/pdf/metadata.js';
import { pageTexts, qpdfCheck } from './helpers.js';
import { headersOf, outlineOf, plainPdf, structureOf, taggedPdf } from './pdf-samples.js';

const meta: PdfMetadata = { title: 'Pack', author: 'A. Teacher', subject: 'test', keywords: ['pack'], language: 'en', date: new Date(0), id: 'abcdef' };

/** Three tagged parts of 3, 2 and 1 pages; the first two with bookmarks of their own. */
async function parts(): Promise<PackPart[]> {
  return [
    {
      title: 'Handout',
      pdf: await taggedPdf({
        pages: ['A1', 'A2', 'A3'],
        ids: ['x', 'y', 'z'],
        outline: [
          ['Documents', 1, 1],
          ['Document B', 2, 3],
        ],
      }),
      keepOutline: true,
    },
    { title: 'Worksheet', pdf: await taggedPdf({ pages: ['B1', 'B2'], ids: ['x', 'y'], outline: [['Questions', 1, 2]] }), keepOutline: true, level: 2 },
    { title: 'Key', pdf: await taggedPdf({ pages: ['C1'], ids: ['x'], outline: [['Hidden', 1, 1]] }), keepOutline: false, numbered: false },
  ];
}

describe('oddStarts', () => {
  it('starts every part on an odd page, counting the blank pages it needs', () => {
    expect(oddStarts([3, 2, 1])).toEqual({ starts: [1, 5, 7], blanksBefore: [0, 1, 0], total: 7 });
    expect(oddStarts([2, 2])).toEqual({ starts: [1, 3], blanksBefore: [0, 0], total: 4 });
    expect(oddStarts([1, 1, 1])).toEqual({ starts: [1, 3, 5], blanksBefore: [0, 1, 1], total: 5 });
  });
});

describe('assemblePack', () => {
  it('puts the parts in order, each on an odd page, with the blank page where one is needed', async () => {
    const pack = await assemblePack(await parts(), await taggedPdf({ pages: ['BLANK'] }), meta);
    expect(pack.pages).toBe(7);
    expect(pack.starts).toEqual([1, 5, 7]);
    expect((await pageTexts(pack.pdf)).map((t) => t.trim())).toEqual(['A1', 'A2', 'A3', 'BLANK', 'B1', 'B2', 'C1']);
    expect(qpdfCheck(pack.pdf).ok).toBe(true);
  });

  it('nests each part’s bookmarks under its title, at its level, on the merged page numbers', async () => {
    const pack = await assemblePack(await parts(), await taggedPdf({ pages: ['BLANK'] }), meta);
    const expected: [string, number, number][] = [
      ['Handout', 1, 1],
      ['Documents', 2, 1],
      ['Document B', 3, 3],
      ['Worksheet', 2, 5],
      ['Questions', 3, 6],
      ['Key', 1, 7],
    ];
    expect(await outlineOf(pack.pdf)).toEqual(expected);
    expect(pack.outline.map((e) => [e.title, e.level, e.page])).toEqual(expected);
    // Readers open the top level (positive /Count: all 6 entries visible) and show each part closed (negative).
    const doc = await PDFDocument.load(pack.pdf, { updateMetadata: false });
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    expect(outlines.lookup(PDFName.of('Count'), PDFNumber).asNumber()).toBe(6);
    expect(outlines.lookup(PDFName.of('First'), PDFDict).lookup(PDFName.of('Count'), PDFNumber).asNumber()).toBe(-4);
  });

  it('merges the parts’ structure trees into one Document whose parent tree matches every page', async () => {
    const pack = await assemblePack(await parts(), await taggedPdf({ pages: ['BLANK'] }), meta);
    const { doc, root, parentTree, nextKey } = await structureOf(pack.pdf);
    expect(String(doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked')))).toBe('true');
    const top = root.lookup(PDFName.of('K'), PDFDict);
    expect(top.get(PDFName.of('S'))).toBe(PDFName.of('Document'));
    const kids = top
      .lookup(PDFName.of('K'), PDFArray)
      .asArray()
      .map((k) => doc.context.lookup(k, PDFDict));
    // Three parts and the tagged blank page, each a Part whose parent is the pack's Document.
    expect(kids.map((k) => String(k.get(PDFName.of('S'))))).toEqual(['/Part', '/Part', '/Part', '/Part']);
    for (const k of kids) expect(doc.context.lookup(k.get(PDFName.of('P')) as PDFRef)).toBe(top);
    // Every page's /StructParents key is unique, below ParentTreeNextKey, and maps to elements on that page.
    const keys = doc.getPages().map((p) => p.node.lookup(PDFName.of('StructParents'), PDFNumber).asNumber());
    expect(new Set(keys).size).toBe(7);
    expect(Math.max(...keys)).toBeLessThan(nextKey);
    doc.getPages().forEach((page, i) => {
      const elems = parentTree.get(keys[i] ?? -1) ?? [];
      expect(elems.length).toBe(1);
      for (const e of elems) expect(e.get(PDFName.of('Pg'))).toBe(page.ref);
    });
    // The parts all used ids x, y, z: in the pack they are renamed, unique, and the ID tree finds them.
    const names = root.lookup(PDFName.of('IDTree'), PDFDict).lookup(PDFName.of('Names'), PDFArray);
    const ids = names
      .asArray()
      .filter((_, i) => i % 2 === 0)
      .map((n) => (n as PDFString).decodeText());
    expect(ids).toEqual(['node00000001', 'node00000002', 'node00000003', 'node00000004', 'node00000005', 'node00000006', 'node00000007']);
    expect(doc.context.lookup(names.get(9), PDFDict).get(PDFName.of('Pg'))).toBe(doc.getPage(4).ref);
    // A header named by id is still the first element of its own part (page 1 for the first part, page 5 for the second).
    const onPage = (n: number) => parentTree.get(keys[n - 1] ?? -1)?.[0];
    expect([2, 3, 6].map((n) => headersOf(onPage(n) ?? top))).toEqual([['node00000001'], ['node00000001'], ['node00000005']]);
  });

  it('draws the folio of each numbered page over it, and none on blank pages or unnumbered parts', async () => {
    const sheet = (pages: number) => plainPdf(Array.from({ length: pages }, (_, i) => `folio-${i + 1}`));
    const pack = await assemblePack(await parts(), await plainPdf(['BLANK']), meta, sheet);
    const texts = (await pageTexts(pack.pdf)).map((t) => t.replace(/\s+/g, ''));
    expect(texts).toEqual(['A1folio-1', 'A2folio-2', 'A3folio-3', 'BLANK', 'B1folio-5', 'B2folio-6', 'C1']);
    expect(qpdfCheck(pack.pdf).ok).toBe(true);
  });

  it('gives the same bytes when assembled twice', async () => {
    const input = await parts();
    const blank = await taggedPdf({ pages: ['BLANK'] });
    const a = await assemblePack(input, blank, meta);
    const b = await assemblePack(input, blank, meta);
    expect(Buffer.from(a.pdf).equals(Buffer.from(b.pdf))).toBe(true);
    const c = await assemblePack(input, blank, { ...meta, title: 'Another' });
    expect(Buffer.from(c.pdf).equals(Buffer.from(a.pdf))).toBe(false);
  });
});
