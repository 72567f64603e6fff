/**
 * A printed handout does nothing but print. Whatever acts instead is removed from every PDF lessonpack writes or packs:
 * document and page actions, JavaScript, embedded files, forms, annotations other than links, and links other than
 * https: or to a page of the same document (template overrides can add <a href="file:...">; a planted PDF anything).
 */
import { PDFArray, PDFDict, type PDFDocument, PDFHexString, PDFName, type PDFObject, PDFRef, PDFString } from '@cantoo/pdf-lib';

const name = (n: string) => PDFName.of(n);
const A = name('A');
const AA = name('AA');
const S = name('S');

/** The text of a PDF string, or undefined. */
function text(obj: PDFObject | undefined): string | undefined {
  return obj instanceof PDFString || obj instanceof PDFHexString ? obj.decodeText() : undefined;
}

/** Whether an action only goes somewhere harmless: a page of this document, or an https: address. */
function harmlessAction(doc: PDFDocument, action: PDFObject | undefined): boolean {
  const dict = action instanceof PDFRef ? doc.context.lookup(action) : action;
  if (!(dict instanceof PDFDict)) return false;
  const kind = dict.get(S);
  if (dict.has(name('Next'))) return false;
  if (kind === name('GoTo')) return true;
  if (kind !== name('URI')) return false;
  return /^https:\/\//i.test(text(dict.lookup(name('URI'))) ?? '');
}

/** Keeps only link annotations that stay in the document or go to https:, without additional actions. */
function cleanAnnotations(doc: PDFDocument, page: PDFDict): number {
  const annots = page.lookupMaybe(name('Annots'), PDFArray);
  if (!annots) return 0;
  const kept: PDFObject[] = [];
  for (const item of annots.asArray()) {
    const annot = item instanceof PDFRef ? doc.context.lookup(item) : item;
    if (!(annot instanceof PDFDict) || annot.get(name('Subtype')) !== name('Link')) continue;
    if (annot.has(A) ? !harmlessAction(doc, annot.get(A)) : !annot.has(name('Dest'))) continue;
    annot.delete(AA);
    kept.push(item);
  }
  const removed = annots.size() - kept.length;
  if (kept.length) page.set(name('Annots'), doc.context.obj(kept));
  else page.delete(name('Annots'));
  return removed;
}

/** Outline entries act like links: keep their page targets, drop any other action. */
function cleanOutline(doc: PDFDocument): number {
  let removed = 0;
  const outlines = doc.catalog.lookupMaybe(name('Outlines'), PDFDict);
  const stack = [outlines?.lookupMaybe(name('First'), PDFDict)];
  // Bounded: a planted outline may loop.
  for (let seen = 0; stack.length && seen < 100_000; seen++) {
    const item = stack.pop();
    if (!item) continue;
    if (item.has(A) && !harmlessAction(doc, item.get(A))) {
      item.delete(A);
      removed++;
    }
    item.delete(AA);
    stack.push(item.lookupMaybe(name('Next'), PDFDict), item.lookupMaybe(name('First'), PDFDict));
  }
  return removed;
}

/** Removes everything that acts from a loaded PDF, in place. Returns how many things were removed. */
export function sanitizePdf(doc: PDFDocument): number {
  let removed = 0;
  const catalog = doc.catalog;
  for (const key of ['OpenAction', 'AA', 'AcroForm', 'URI', 'Threads']) {
    if (catalog.has(name(key))) removed++;
    catalog.delete(name(key));
  }
  const names = catalog.lookupMaybe(name('Names'), PDFDict);
  for (const key of ['JavaScript', 'EmbeddedFiles']) {
    if (names?.has(name(key))) removed++;
    names?.delete(name(key));
  }
  for (const page of doc.getPages()) {
    if (page.node.has(AA)) removed++;
    page.node.delete(AA);
    removed += cleanAnnotations(doc, page.node);
  }
  return removed + cleanOutline(doc);
}
