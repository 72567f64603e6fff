/** The outline (bookmarks) of a PDF, read as a flat list with levels, and written back from one. */
import { PDFArray, PDFDict, type PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFObject, type PDFRef, PDFString } from '@cantoo/pdf-lib';
import type { OutlineEntry } from '../model/index.js';

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

type OutlineNode = { dict: PDFDict; ref: PDFRef; children: OutlineNode[] };

/** Builds the outline items as a tree: each entry nests under the previous entry of a lower level. */
function outlineTree(doc: PDFDocument, top: OutlineNode, entries: OutlineEntry[]): void {
  const ctx = doc.context;
  const pages = doc.getPages();
  const stack: { level: number; node: OutlineNode }[] = [{ level: 0, node: top }];
  for (const e of entries) {
    while (stack.length > 1 && (stack[stack.length - 1]?.level ?? 0) >= e.level) stack.pop();
    const parent = stack[stack.length - 1]?.node ?? top;
    const page = pages[Math.min(Math.max(e.page, 1), pages.length) - 1];
    if (!page) continue;
    const dict = ctx.obj({}) as PDFDict;
    dict.set(PDFName.of('Title'), PDFHexString.fromText(e.title));
    dict.set(PDFName.of('Parent'), parent.ref);
    dict.set(PDFName.of('Dest'), ctx.obj([page.ref, PDFName.of('XYZ'), null, null, null]));
    const node: OutlineNode = { dict, ref: ctx.register(dict), children: [] };
    parent.children.push(node);
    stack.push({ level: e.level, node });
  }
}

/** Links siblings (/Prev, /Next) and parents (/First, /Last, /Count) under `node`; returns its descendant count. */
function linkOutline(node: OutlineNode, top: boolean): number {
  const kids = node.children;
  let count = kids.length;
  kids.forEach((k, i) => {
    const prev = kids[i - 1];
    const next = kids[i + 1];
    if (prev) k.dict.set(PDFName.of('Prev'), prev.ref);
    if (next) k.dict.set(PDFName.of('Next'), next.ref);
    count += linkOutline(k, false);
  });
  const first = kids[0];
  const last = kids[kids.length - 1];
  if (first && last) {
    node.dict.set(PDFName.of('First'), first.ref);
    node.dict.set(PDFName.of('Last'), last.ref);
    // Top-level entries open, deeper ones closed (negative count), so readers show documents then sections.
    node.dict.set(PDFName.of('Count'), PDFNumber.of(top ? count : -count));
  }
  return count;
}

/** Replaces the outline with the given entries (levels nest under the previous shallower entry). */
export function writeOutline(doc: PDFDocument, entries: OutlineEntry[]): void {
  const root = doc.context.obj({ Type: 'Outlines' }) as PDFDict;
  const top: OutlineNode = { dict: root, ref: doc.context.register(root), children: [] };
  outlineTree(doc, top, entries);
  linkOutline(top, true);
  doc.catalog.set(PDFName.of('Outlines'), top.ref);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
