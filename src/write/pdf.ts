import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
} from 'pdf-lib';
import { DocumentError } from '../errors.js';
import type { OutlineEntry } from '../model/index.js';
import { sanitizePdf } from './sanitize.js';
import { canonicalizeStructure } from './structure.js';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: string;
  /** Fixed creation/modification date, so rebuilds are byte-identical. */
  date: Date;
  /** Seed of the file identifier (/ID), e.g. the cache key. */
  id: string;
}

function text(obj: PDFObject | undefined): string {
  if (obj instanceof PDFString || obj instanceof PDFHexString) return obj.decodeText();
  return '';
}

/** Reads the outline (bookmarks) of a PDF as a flat list with levels and 1-based pages. */
export function readOutline(doc: PDFDocument): OutlineEntry[] {
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const out: OutlineEntry[] = [];
  const walk = (first: PDFDict | undefined, level: number) => {
    let node = first;
    let guard = 0;
    while (node && guard++ < 10000) {
      let dest = node.lookup(PDFName.of('Dest'));
      const action = node.lookupMaybe(PDFName.of('A'), PDFDict);
      if (!dest && action) dest = action.lookup(PDFName.of('D'));
      const target = dest instanceof PDFArray ? dest.get(0) : undefined;
      out.push({ title: text(node.lookup(PDFName.of('Title'))), level, page: pageIndex.get(String(target)) ?? 1 });
      walk(node.lookupMaybe(PDFName.of('First'), PDFDict), level + 1);
      node = node.lookupMaybe(PDFName.of('Next'), PDFDict);
    }
  };
  walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict), 1);
  return out;
}

/** Replaces the outline with the given entries (levels nest under the previous shallower entry). */
export function writeOutline(doc: PDFDocument, entries: OutlineEntry[]): void {
  const ctx = doc.context;
  const pages = doc.getPages();
  const root = ctx.obj({ Type: 'Outlines' }) as PDFDict;
  const rootRef = ctx.register(root);
  type Node = { dict: PDFDict; ref: PDFRef; children: Node[] };
  const top: Node = { dict: root, ref: rootRef, children: [] };
  const stack: { level: number; node: Node }[] = [{ level: 0, node: top }];
  for (const e of entries) {
    while (stack.length > 1 && (stack[stack.length - 1]?.level ?? 0) >= e.level) stack.pop();
    const parent = stack[stack.length - 1]?.node ?? top;
    const page = pages[Math.min(Math.max(e.page, 1), pages.length) - 1];
    if (!page) continue;
    const dict = ctx.obj({}) as PDFDict;
    dict.set(PDFName.of('Title'), PDFHexString.fromText(e.title));
    dict.set(PDFName.of('Parent'), parent.ref);
    dict.set(PDFName.of('Dest'), ctx.obj([page.ref, PDFName.of('XYZ'), null, null, null]));
    const node: Node = { dict, ref: ctx.register(dict), children: [] };
    parent.children.push(node);
    stack.push({ level: e.level, node });
  }
  const link = (node: Node): number => {
    const kids = node.children;
    let count = kids.length;
    kids.forEach((k, i) => {
      const prev = kids[i - 1];
      const next = kids[i + 1];
      if (prev) k.dict.set(PDFName.of('Prev'), prev.ref);
      if (next) k.dict.set(PDFName.of('Next'), next.ref);
      count += link(k);
    });
    const first = kids[0];
    const last = kids[kids.length - 1];
    if (first && last) {
      node.dict.set(PDFName.of('First'), first.ref);
      node.dict.set(PDFName.of('Last'), last.ref);
      // Top-level entries open, deeper ones closed (negative count), so readers show documents then sections.
      node.dict.set(PDFName.of('Count'), PDFNumber.of(node === top ? count : -count));
    }
    return count;
  };
  link(top);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Sets metadata and makes the file deterministic: fixed dates and a file id derived from `meta.id`. */
export function applyMetadata(doc: PDFDocument, meta: PdfMetadata): void {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator('lessonpack');
  doc.setProducer('lessonpack (Chromium, pdf-lib)');
  doc.setLanguage(meta.language);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  const id = PDFHexString.of(meta.id.slice(0, 32).padEnd(32, '0'));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
}

/**
 * Renumbers objects in the order they are reached from the trailer and drops the unreachable ones (pdf-lib writes
 * every object it holds). Chromium numbers some objects in an order that varies between runs; after this, two
 * files with the same content have the same bytes.
 */
export function renumberObjects(doc: PDFDocument): void {
  const ctx = doc.context;
  const order: PDFRef[] = [];
  const numbers = new Map<PDFRef, PDFRef>();
  const walk = (obj: PDFObject | undefined) => {
    if (obj instanceof PDFRef) {
      if (numbers.has(obj)) return;
      const target = ctx.lookup(obj);
      if (!target) return;
      order.push(obj);
      numbers.set(obj, PDFRef.of(order.length));
      walk(target);
    } else if (obj instanceof PDFDict) {
      for (const [, v] of obj.entries()) walk(v);
    } else if (obj instanceof PDFArray) {
      for (let i = 0; i < obj.size(); i++) walk(obj.get(i));
    } else if (obj instanceof PDFStream) {
      walk(obj.dict);
    }
  };
  walk(ctx.trailerInfo.Root);
  walk(ctx.trailerInfo.Info);
  // Each container is rewritten once: old and new refs are interned objects, so a second pass would remap again.
  const rewritten = new Set<PDFObject>();
  const rewrite = (obj: PDFObject): PDFObject => {
    if (obj instanceof PDFRef) return numbers.get(obj) ?? obj;
    if (rewritten.has(obj)) return obj;
    rewritten.add(obj);
    if (obj instanceof PDFDict) for (const [k, v] of obj.entries()) obj.set(k, rewrite(v));
    else if (obj instanceof PDFArray) for (let i = 0; i < obj.size(); i++) obj.set(i, rewrite(obj.get(i)));
    else if (obj instanceof PDFStream) rewrite(obj.dict);
    return obj;
  };
  const objects = order.map((ref) => ctx.lookup(ref) as PDFObject);
  for (const [ref] of ctx.enumerateIndirectObjects()) ctx.delete(ref);
  objects.forEach((obj, i) => {
    ctx.assign(PDFRef.of(i + 1), rewrite(obj));
  });
  ctx.largestObjectNumber = objects.length;
  if (ctx.trailerInfo.Root) ctx.trailerInfo.Root = rewrite(ctx.trailerInfo.Root);
  if (ctx.trailerInfo.Info) ctx.trailerInfo.Info = rewrite(ctx.trailerInfo.Info);
}

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

/**
 * Post-processes a PDF Chromium printed: checks its fonts, sets metadata, makes it deterministic; returns bytes,
 * page count and outline. `families` are the only font families allowed: Chromium falls back to system fonts
 * silently when a web font is missing, so any other font means the document did not print as designed.
 */
export async function finalizePdf(
  bytes: Uint8Array,
  meta: PdfMetadata,
  families?: readonly string[],
): Promise<{ pdf: Uint8Array; pages: number; outline: OutlineEntry[] }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  if (families) {
    const allowed = families.map((f) => f.replace(/\s+/g, ''));
    const foreign = embeddedFonts(doc).filter((name) => !allowed.some((a) => name.startsWith(a)));
    if (foreign.length)
      throw new DocumentError(
        `${meta.title}: printed with fonts other than the bundled ones (${families.join(', ')}): ${foreign.join(', ')}. A font did not load, or a template prints a character no bundled font has ("lessonpack validate" finds such characters in lesson text)`,
      );
    const missing = notdefGlyphs(doc);
    if (missing)
      throw new DocumentError(
        `${meta.title}: ${missing} character(s) have no glyph in the bundled fonts and would print as empty boxes: a template prints a character no bundled font has ("lessonpack validate" finds such characters in lesson text)`,
      );
  }
  // Template overrides can add links (file:, javascript:) and more: only what prints, and https: links, is kept.
  sanitizePdf(doc);
  applyMetadata(doc, meta);
  canonicalizeStructure(doc);
  renumberObjects(doc);
  const outline = readOutline(doc);
  const pdf = await doc.save({ useObjectStreams: false });
  return { pdf, pages: doc.getPageCount(), outline };
}
