/**
 * Checks that a printed PDF uses only the bundled fonts and draws no empty boxes: Chromium falls back to system fonts
 * silently when a web font is missing, so any other font means the document did not print as designed.
 */

import { inflateSync } from 'node:zlib';
import { decodePDFRawStream, PDFArray, PDFDict, type PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
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

const HEX = new Uint8Array(256);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;
const [LT, GT, T, J] = ['<', '>', 'T', 'j'].map((c) => c.charCodeAt(0));
const isSpace = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;

/**
 * How many glyph ids 0 a content stream shows. Skia writes text as `<hex glyph ids> Tj` with two-byte ids (four hex
 * digits each), so a .notdef is "0000" at a multiple of four digits into such a run. Only the places where "0000"
 * occurs are looked at: a page draws thousands of runs, and scanning them all cost more than the rest of the checks.
 */
export function notdefIn(content: Buffer): number {
  let count = 0;
  for (let at = content.indexOf('0000'); at !== -1; at = content.indexOf('0000', at + 1)) {
    let start = at;
    while (start > 0 && HEX[content[start - 1] ?? 0]) start--;
    if (content[start - 1] !== LT || (at - start) % 4 !== 0) continue;
    let end = at + 4;
    while (HEX[content[end] ?? 0]) end++;
    if (content[end] !== GT) continue;
    let k = end + 1;
    while (isSpace(content[k])) k++;
    if (content[k] === T && content[k + 1] === J) count++;
  }
  return count;
}

/** A content stream's bytes: Chromium deflates them, which node:zlib undoes far faster than pdf-lib's JS decoder. */
function contentBytes(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.get(PDFName.of('Filter'));
  if (filter === PDFName.of('FlateDecode') && !stream.dict.has(PDFName.of('DecodeParms'))) return inflateSync(stream.getContents());
  return decodePDFRawStream(stream).decode();
}

/** How many times the pages draw glyph 0 (.notdef): a character no font had, printed as an empty box. */
export function notdefGlyphs(doc: PDFDocument): number {
  let count = 0;
  for (const page of doc.getPages()) {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
    for (const s of streams) {
      if (!(s instanceof PDFRawStream)) continue;
      const bytes = contentBytes(s);
      count += notdefIn(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    }
  }
  return count;
}

/** Throws a DocumentError naming what is wrong when `doc` uses a font outside `families` or draws .notdef glyphs. */
export function checkFonts(doc: PDFDocument, title: string, families: readonly string[]): void {
  assertFonts(title, families, embeddedFonts(doc), () => notdefGlyphs(doc));
}

/**
 * Throws a DocumentError when a font in `fonts` (embedded font names) is outside `families`, or when `notdefs()` (how
 * many .notdef glyphs the pages show, counted only if the fonts are right) is not 0.
 */
export function assertFonts(title: string, families: readonly string[], fonts: string[], notdefs: () => number): void {
  const allowed = families.map((f) => f.replace(/\s+/g, ''));
  const foreign = fonts.filter((name) => !allowed.some((a) => name.startsWith(a)));
  if (foreign.length)
    throw new DocumentError(
      `${title}: printed with fonts other than the bundled ones (${families.join(', ')}): ${foreign.join(', ')}. A font did not load, or a template prints a character no bundled font has ("lessonpack validate" finds such characters in lesson text)`,
    );
  const missing = notdefs();
  if (missing)
    throw new DocumentError(
      `${title}: ${missing} character(s) have no glyph in the bundled fonts and would print as empty boxes: a template prints a character no bundled font has ("lessonpack validate" finds such characters in lesson text)`,
    );
}
