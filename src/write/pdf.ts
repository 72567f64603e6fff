import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFObject, PDFRef, PDFStream, PDFString } from 'pdf-lib';
import type { OutlineEntry } from '../model/index.js';

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

const NODE_ID = /^node(\d+)$/;

/**
 * Chromium names tagged-PDF structure elements after DOM node ids ("node00000036"), which depend on how many
 * documents the page printed before. Renumber them densely, keeping their order (so the ID name tree stays
 * sorted): the same document then gets the same ids on every build.
 */
export function normalizeStructureIds(doc: PDFDocument): void {
  const found: { holder: PDFDict | PDFArray; key: PDFName | number; n: number }[] = [];
  const seen = new Set<PDFObject>();
  const visit = (obj: PDFObject | undefined, holder: PDFDict | PDFArray, key: PDFName | number) => {
    if (!obj) return;
    if (obj instanceof PDFString || obj instanceof PDFHexString) {
      const m = NODE_ID.exec(obj.decodeText());
      if (m) found.push({ holder, key, n: Number(m[1]) });
      return;
    }
    if (seen.has(obj)) return;
    if (obj instanceof PDFDict) {
      seen.add(obj);
      for (const [k, v] of obj.entries()) visit(v, obj, k);
    } else if (obj instanceof PDFArray) {
      seen.add(obj);
      for (let i = 0; i < obj.size(); i++) visit(obj.get(i), obj, i);
    }
  };
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFDict) visit(obj, obj, PDFName.of('_'));
    else if (obj instanceof PDFArray) visit(obj, obj, 0);
  }
  const order = [...new Set(found.map((f) => f.n))].sort((a, b) => a - b);
  const renamed = new Map(order.map((n, i) => [n, PDFString.of(`node${String(i + 1).padStart(8, '0')}`)]));
  for (const f of found) {
    const value = renamed.get(f.n);
    if (!value) continue;
    if (f.holder instanceof PDFDict && f.key instanceof PDFName) f.holder.set(f.key, value);
    else if (f.holder instanceof PDFArray && typeof f.key === 'number') f.holder.set(f.key, value);
  }
}

/**
 * Removes the tagged-PDF structure tree. Chromium orders parts of it differently from run to run (multi-column
 * and positioned content), which breaks byte-identical output; the outline (bookmarks) is kept.
 */
export function dropStructureTree(doc: PDFDocument): void {
  doc.catalog.delete(PDFName.of('StructTreeRoot'));
  doc.catalog.delete(PDFName.of('MarkInfo'));
  for (const page of doc.getPages()) page.node.delete(PDFName.of('StructParents'));
  // Outline items point into the structure tree too (/SE).
  for (const [, obj] of doc.context.enumerateIndirectObjects()) if (obj instanceof PDFDict && obj.has(PDFName.of('SE'))) obj.delete(PDFName.of('SE'));
  // pdf-lib writes every object it holds, reachable or not: keep only what the trailer reaches.
  const reachable = new Set<string>();
  const walk = (obj: PDFObject | undefined) => {
    if (!obj) return;
    if (obj instanceof PDFRef) {
      const key = obj.toString();
      if (reachable.has(key)) return;
      reachable.add(key);
      walk(doc.context.lookup(obj));
    } else if (obj instanceof PDFDict) {
      for (const [, v] of obj.entries()) walk(v);
    } else if (obj instanceof PDFArray) {
      for (let i = 0; i < obj.size(); i++) walk(obj.get(i));
    } else if (obj instanceof PDFStream) {
      walk(obj.dict);
    }
  };
  walk(doc.context.trailerInfo.Root);
  walk(doc.context.trailerInfo.Info);
  for (const [ref] of doc.context.enumerateIndirectObjects()) if (!reachable.has(ref.toString())) doc.context.delete(ref);
}

/** Post-processes a PDF Chromium printed: metadata, determinism; returns bytes, page count and outline. */
export async function finalizePdf(bytes: Uint8Array, meta: PdfMetadata): Promise<{ pdf: Uint8Array; pages: number; outline: OutlineEntry[] }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  applyMetadata(doc, meta);
  normalizeStructureIds(doc);
  dropStructureTree(doc);
  const outline = readOutline(doc);
  const pdf = await doc.save({ useObjectStreams: false });
  return { pdf, pages: doc.getPageCount(), outline };
}
