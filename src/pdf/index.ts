/**
 * PDF post-processing: what lessonpack does to the bytes Chromium prints (checks, metadata, determinism, tagged
 * structure) and how documents are merged into packs. Works on bytes and pdf-lib documents only: no files, no lessons.
 */
export { finalizePdf } from './finalize.js';
export { checkFonts, embeddedFonts, notdefGlyphs } from './glyphs.js';
export { countPages, loadPdf, savePdf } from './io.js';
export { type AssembledPack, assemblePack, oddStarts, type PackPart } from './merge.js';
export { applyMetadata, type PdfMetadata } from './metadata.js';
export { readOutline, writeOutline } from './outline.js';
export { sanitizePdf } from './sanitize.js';
