/** sanitizePdf: whatever acts goes (scripts, open and page actions, launch, non-https links, files); links to https: and to pages stay. */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { sanitizePdf } from '../src/pdf/sanitize.js';
import { poisonedPdf } from './helpers.js';

/** A poisoned PDF (see poisonedPdf) with a second page, a GoTo link to it, and bookmarks with good and bad actions. */
async function poisonedDoc(): Promise<PDFDocument> {
  const doc = await PDFDocument.load(await poisonedPdf(), { updateMetadata: false });
  const ctx = doc.context;
  const second = doc.addPage([612, 792]);
  const annots = doc.getPage(0).node.lookup(PDFName.of('Annots'), PDFArray);
  annots.push(ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 9, 9], Dest: [second.ref, 'Fit'] })));
  annots.push(ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 9, 9], A: { S: 'GoTo', D: [second.ref, 'Fit'] } })));
  annots.push(
    ctx.register(
      ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 9, 9], A: { S: 'URI', URI: PDFString.of('https://ok.example/'), Next: { S: 'Launch' } } }),
    ),
  );
  const root = ctx.register(ctx.obj({ Type: 'Outlines' }));
  const bad = ctx.obj({ Title: PDFString.of('bad'), Parent: root, A: { S: 'JavaScript', JS: PDFString.of('1') }, AA: {} }) as PDFDict;
  const good = ctx.obj({ Title: PDFString.of('good'), Parent: root, A: { S: 'URI', URI: PDFString.of('https://ok.example/') } }) as PDFDict;
  const badRef = ctx.register(bad);
  const goodRef = ctx.register(good);
  bad.set(PDFName.of('Next'), goodRef);
  ctx.lookup(root, PDFDict).set(PDFName.of('First'), badRef);
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('AcroForm'), ctx.obj({ Fields: [] }));
  return doc;
}

/** What each link annotation of page 1 does: its URI, or its action type, or "dest". */
function links(doc: PDFDocument): string[] {
  const annots = doc.getPage(0).node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  return (annots?.asArray() ?? []).map((ref) => {
    const annot = doc.context.lookup(ref, PDFDict);
    const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
    const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString);
    return `${annot.get(PDFName.of('Subtype'))} ${uri?.decodeText() ?? action?.get(PDFName.of('S'))?.toString() ?? 'dest'}${annot.has(PDFName.of('AA')) ? ' +AA' : ''}`;
  });
}

describe('sanitizePdf', () => {
  it('the poisoned sample has everything the test expects to be removed', async () => {
    const doc = await poisonedDoc();
    for (const key of ['OpenAction', 'AA', 'AcroForm']) expect(doc.catalog.has(PDFName.of(key))).toBe(true);
    expect(links(doc)).toEqual([
      '/Link http://evil.invalid/',
      '/Link file:///etc/passwd',
      '/Link /JavaScript',
      '/Link /Launch',
      '/FileAttachment dest',
      '/Link https://example.org/',
      '/Link dest',
      '/Link /GoTo',
      '/Link https://ok.example/',
    ]);
  });

  it('removes open actions, additional actions, JavaScript, embedded files, forms and every link but https: and page links', async () => {
    const doc = await poisonedDoc();
    // OpenAction, AA, AcroForm, JavaScript, EmbeddedFiles, the page's AA, 6 annotations, 1 outline action.
    expect(sanitizePdf(doc)).toBe(13);
    for (const key of ['OpenAction', 'AA', 'AcroForm']) expect(doc.catalog.has(PDFName.of(key))).toBe(false);
    const names = doc.catalog.lookup(PDFName.of('Names'), PDFDict);
    expect(names.has(PDFName.of('JavaScript'))).toBe(false);
    expect(names.has(PDFName.of('EmbeddedFiles'))).toBe(false);
    expect(doc.getPage(0).node.has(PDFName.of('AA'))).toBe(false);
    expect(links(doc)).toEqual(['/Link https://example.org/', '/Link dest', '/Link /GoTo']);
    const first = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict).lookup(PDFName.of('First'), PDFDict);
    expect(first.has(PDFName.of('A'))).toBe(false);
    expect(first.has(PDFName.of('AA'))).toBe(false);
    const next = first.lookup(PDFName.of('Next'), PDFDict);
    expect(next.lookup(PDFName.of('A'), PDFDict).lookup(PDFName.of('URI'), PDFString).decodeText()).toBe('https://ok.example/');
    // A second pass finds nothing left.
    expect(sanitizePdf(doc)).toBe(0);
  });

  it('leaves a page with only harmless links as it was', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    const link = doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Link', A: { S: 'URI', URI: PDFString.of('HTTPS://Example.org/x') } }));
    page.node.set(PDFName.of('Annots'), doc.context.obj([link]));
    expect(sanitizePdf(doc)).toBe(0);
    expect(links(doc)).toEqual(['/Link HTTPS://Example.org/x']);
  });
});
