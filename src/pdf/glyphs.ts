/**
 * Checks that a printed PDF uses only the bundled fonts and draws no empty boxes: Chromium falls back to system fonts
 * silently when a web font is missing, so any other font means the document did not print as designed.
 */
import { decodePDFRawStream, PDFArray, PDFDict, type PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { DocumentError } from '../errors.js';

/** Names of the fonts a PDF embeds, without subset prefixes ("ABCDEF+SourceSerif4-Bold" -> "SourceSerif4-Bold"). */
export function embeddedFonts(doc: PDFDocument): string[] {
  const names = new Set<string>();
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const base = obj.get(PDFName.of('BaseFont'));
    names.add(base instanceof PDFName ? base.decodeText().replace(/^[A-Z]{6}\+/, '') : '(unnamed Type 3 font)');
  }
  return [...names].sort();
}

/** Glyph runs in page content (Skia writes `<hex glyph ids> Tj`); two-byte glyph ids, as Chromium's CID fonts use. */
const SHOW_TEXT = /<([0-9A-Fa-f]+)>\s*Tj/g;

/** How many times the pages draw glyph 0 (.notdef): a character no font had, printed as an empty box. */
export function notdefGlyphs(doc: PDFDocument): number {
  let count = 0;
  for (const page of doc.getPages()) {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
    for (const s of streams) {
      if (!(s instanceof PDFRawStream)) continue;
      const text = new TextDecoder('latin1').decode(decodePDFRawStream(s).decode());
      for (const m of text.matchAll(SHOW_TEXT)) for (let i = 0; i + 4 <= (m[1]?.length ?? 0); i += 4) if (m[1]?.slice(i, i + 4) === '0000') count++;
    }
  }
  return count;
}

/** Throws a DocumentError naming what is wrong when `doc` uses a font outside `families` or draws .notdef glyphs. */
export function checkFonts(doc: PDFDocument, title: string, families: readonly string[]): void {
  const allowed = families.map((f) => f.replace(/\s+/g, ''));
  const foreign = embeddedFonts(doc).filter((name) => !allowed.some((a) => name.startsWith(a)));
  if (foreign.length)
    throw new DocumentError(
      `${title}: printed with fonts other than the bundled ones (${families.join(', ')}): ${foreign.join(', ')}. A font did not load, or a template prints a character no bundled font has ("lessonpack validate" finds such characters in lesson text)`,
    );
  const missing = notdefGlyphs(doc);
  if (missing)
    throw new DocumentError(
      `${title}: ${missing} character(s) have no glyph in the bundled fonts and would print as empty boxes: a template prints a character no bundled font has ("lessonpack validate" finds such characters in lesson text)`,
    );
}
