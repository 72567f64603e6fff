/** finalizePdf on small PDFs made here: metadata, the file id, byte-identical output, tags, the font check. */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../src/errors.js';
import { finalizePdf } from '../src/pdf/finalize.js';
import { pageTexts, qpdfCheck } from './helpers.js';
import { headersOf, sampleMeta as meta, outlineOf, structureOf, taggedPdf } from './pdf-samples.js';

const sample = {
  pages: ['First page', 'Second page'],
  outline: [
    ['Start', 1, 1],
    ['Later', 2, 2],
  ] as [string, number, number][],
};

/** The two strings of the trailer's /ID, as hex. */
const fileIds = (pdf: Uint8Array) =>
  [
    ...(Buffer.from(pdf)
      .toString('latin1')
      .match(/\/ID\s*\[\s*<([0-9A-Fa-f]*)>\s*<([0-9A-Fa-f]*)>/) ?? []),
  ].slice(1);

describe('finalizePdf', () => {
  it('writes title, author, subject, keywords, language and both dates from the given date', async () => {
    const { pdf } = await finalizePdf(await taggedPdf(sample), meta);
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(doc.getTitle()).toBe('The Armistice');
    expect(doc.getAuthor()).toBe('A. Teacher');
    expect(doc.getSubject()).toBe('Why did the fighting stop in 1953?');
    expect(doc.getKeywords()).toBe('Korean War armistice');
    expect(doc.getCreator()).toBe('lessonpack');
    expect(doc.getCreationDate()?.toISOString()).toBe('2025-03-01T12:34:56.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2025-03-01T12:34:56.000Z');
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('ko');
    // The viewer shows the title, not the file name.
    expect(String(doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle')))).toBe('true');
    expect(qpdfCheck(pdf)).toEqual({ ok: true, output: expect.stringContaining('No syntax or stream encoding errors') });
  });

  it('derives the file id from the key it is given, and from nothing else', async () => {
    const input = await taggedPdf(sample);
    const a = await finalizePdf(input, meta);
    expect(fileIds(a.pdf)).toEqual(
      ['0123456789ABCDEF0123456789ABCDEF', '0123456789ABCDEF0123456789ABCDEF'].map((s) => expect.stringMatching(new RegExp(`^${s}$`, 'i'))),
    );
    const b = await finalizePdf(input, { ...meta, id: 'ffff' });
    expect(fileIds(b.pdf)[0]?.toLowerCase()).toBe(`ffff${'0'.repeat(28)}`);
  });

  it('gives the same bytes for the same input, and for the same content numbered differently', async () => {
    const plain = await taggedPdf(sample);
    const shifted = await taggedPdf({ ...sample, shifted: true, ids: ['dom-917', 'dom-3'] });
    expect(Buffer.from(shifted).equals(Buffer.from(plain))).toBe(false);
    const once = (await finalizePdf(plain, meta)).pdf;
    expect(Buffer.from((await finalizePdf(plain, meta)).pdf).equals(Buffer.from(once))).toBe(true);
    expect(Buffer.from((await finalizePdf(shifted, meta)).pdf).equals(Buffer.from(once))).toBe(true);
    // Metadata is part of the bytes: another date is another file.
    const later = (await finalizePdf(plain, { ...meta, date: new Date('2025-03-02T00:00:00Z') })).pdf;
    expect(Buffer.from(later).equals(Buffer.from(once))).toBe(false);
  });

  it('keeps the pages, the bookmarks and a consistent structure tree, with ids renamed in reading order', async () => {
    const out = await finalizePdf(await taggedPdf({ ...sample, ids: ['dom-917', 'dom-3'] }), meta);
    expect(out.pages).toBe(2);
    expect(out.outline).toEqual([
      { title: 'Start', level: 1, page: 1 },
      { title: 'Later', level: 2, page: 2 },
    ]);
    expect(await outlineOf(out.pdf)).toEqual([
      ['Start', 1, 1],
      ['Later', 2, 2],
    ]);
    expect((await pageTexts(out.pdf)).map((t) => t.trim())).toEqual(['First page', 'Second page']);
    const { doc, root, parentTree } = await structureOf(out.pdf);
    const pages = doc.getPages();
    pages.forEach((page, i) => {
      const [elem] = parentTree.get(i) ?? [];
      expect(elem?.get(PDFName.of('Pg'))).toBe(page.ref);
      expect(elem?.lookup(PDFName.of('ID'), PDFString).decodeText()).toBe(`node0000000${i + 1}`);
    });
    const names = root.lookup(PDFName.of('IDTree'), PDFDict).lookup(PDFName.of('Names'), PDFArray);
    expect(
      names
        .asArray()
        .filter((_, i) => i % 2 === 0)
        .map((n) => (n as PDFString).decodeText()),
    ).toEqual(['node00000001', 'node00000002']);
    expect(doc.context.lookup(names.get(3), PDFDict).get(PDFName.of('Pg'))).toBe(pages[1]?.ref);
    // The second element named the first (dom-917) as its header: it still does, by its new id.
    expect(headersOf(parentTree.get(1)?.[0] ?? root)).toEqual(['node00000001']);
  });

  it('refuses a document printed with a font outside the allowed families, or drawing .notdef glyphs', async () => {
    const input = await taggedPdf(sample);
    await expect(finalizePdf(input, meta, ['Helvetica'])).resolves.toMatchObject({ pages: 2 });
    const foreign = finalizePdf(input, meta, ['Source Serif 4', 'Noto Sans KR']);
    await expect(foreign).rejects.toThrow(DocumentError);
    await expect(foreign).rejects.toThrow(/The Armistice: printed with fonts other than the bundled ones \(Source Serif 4, Noto Sans KR\): Helvetica/);
    const boxes = finalizePdf(await taggedPdf({ ...sample, notdef: 3 }), meta, ['Helvetica']);
    await expect(boxes).rejects.toThrow(/The Armistice: 3 character\(s\) have no glyph in the bundled fonts/);
  });
});
