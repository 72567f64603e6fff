/**
 * Pack page numbers ("folios") printed on the pages of a pack, so that the page numbers on its contents page can be
 * followed on paper: each document keeps its own "Page X of Y", and the pack number sits at the outer foot corner.
 * The numbers come from a sheet Chromium prints (one page per pack page, its number in a margin box, in our fonts),
 * drawn over the pack's pages as artifacts (page furniture, outside the structure tree).
 */
import { beginMarkedContent, endMarkedContent, type PDFDocument } from '@cantoo/pdf-lib';

/** Draws page i of `sheet` over page i of `doc` for every page that `numbered` accepts (1-based). */
export async function stampFolios(doc: PDFDocument, sheet: PDFDocument, numbered: (page: number) => boolean): Promise<void> {
  const pages = doc.getPages();
  const indices = pages.map((_, i) => i).filter((i) => numbered(i + 1));
  if (indices.length === 0) return;
  const embedded = await doc.embedPdf(sheet, indices);
  indices.forEach((i, k) => {
    const page = pages[i];
    const folio = embedded[k];
    if (!page || !folio) return;
    page.pushOperators(beginMarkedContent('Artifact'));
    page.drawPage(folio, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
    page.pushOperators(endMarkedContent());
  });
  // Embed now, while the sheet's objects are as loaded: the pack renumbers its objects before saving.
  await doc.flush();
}
