/** One printed document, from Chromium's bytes to the file lessonpack writes. */
import type { OutlineEntry } from '../model/index.js';
import { finalizeDirect } from './direct.js';
import { checkFonts } from './glyphs.js';
import { loadPdf, savePdf } from './io.js';
import { applyMetadata, type PdfMetadata } from './metadata.js';
import { readOutline } from './outline.js';
import { renumberObjects } from './renumber.js';
import { sanitizePdf } from './sanitize.js';
import { canonicalizeStructure } from './structure.js';

/**
 * Post-processes a PDF Chromium printed: checks its fonts, sets metadata, makes it deterministic; returns bytes,
 * page count and outline. `families` are the only font families allowed (see checkFonts).
 */
export async function finalizePdf(
  bytes: Uint8Array,
  meta: PdfMetadata,
  families?: readonly string[],
): Promise<{ pdf: Uint8Array; pages: number; outline: OutlineEntry[] }> {
  // Chromium's own output, with nothing to remove, is finished without parsing it all (direct.ts).
  return finalizeDirect(bytes, meta, families) ?? finalizeParsed(bytes, meta, families);
}

/** finalizePdf on any PDF: parsed with pdf-lib, cleaned, renumbered and saved. */
export async function finalizeParsed(
  bytes: Uint8Array,
  meta: PdfMetadata,
  families?: readonly string[],
): Promise<{ pdf: Uint8Array; pages: number; outline: OutlineEntry[] }> {
  const doc = await loadPdf(bytes);
  if (families) checkFonts(doc, meta.title, families);
  // Template overrides can add links (file:, javascript:) and more: only what prints, and https: links, is kept.
  sanitizePdf(doc);
  applyMetadata(doc, meta);
  canonicalizeStructure(doc);
  // Read before renumbering: pdf-lib's page list keeps the old page references.
  const outline = readOutline(doc);
  renumberObjects(doc);
  const pdf = await savePdf(doc);
  return { pdf, pages: doc.getPageCount(), outline };
}
