/** Loading and saving with pdf-lib, set up once for every PDF lessonpack post-processes. */
import { ParseSpeeds, PDFDocument } from '@cantoo/pdf-lib';

/**
 * Parses a PDF in one go. pdf-lib's default yields to the event loop every 100 objects with a 0 ms timer, which
 * costs about a millisecond of waiting per yield: more than half the wall time of post-processing a document.
 */
export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

/** Serializes without object streams (so the renumbered objects keep their order) and, as loadPdf, without yielding. */
export function savePdf(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}

/** How many pages a PDF has. */
export async function countPages(bytes: Uint8Array): Promise<number> {
  return (await loadPdf(bytes)).getPageCount();
}
