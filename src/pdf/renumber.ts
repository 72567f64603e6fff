/** Object numbering that depends only on content, so that the same document always gets the same bytes. */
import { PDFArray, PDFDict, type PDFDocument, type PDFObject, PDFRef, PDFStream } from '@cantoo/pdf-lib';

/** The objects reachable from the trailer's /Root and /Info, in the order a depth-first walk first reaches them. */
function reachable(doc: PDFDocument): { order: PDFRef[]; numbers: Map<PDFRef, PDFRef> } {
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
      for (const v of obj.values()) walk(v);
    } else if (obj instanceof PDFArray) {
      for (let i = 0; i < obj.size(); i++) walk(obj.get(i));
    } else if (obj instanceof PDFStream) {
      walk(obj.dict);
    }
  };
  walk(ctx.trailerInfo.Root);
  walk(ctx.trailerInfo.Info);
  return { order, numbers };
}

/**
 * Renumbers objects in the order they are reached from the trailer and drops the unreachable ones (pdf-lib writes
 * every object it holds). Chromium numbers some objects in an order that varies between runs; after this, two
 * files with the same content have the same bytes.
 */
export function renumberObjects(doc: PDFDocument): void {
  const ctx = doc.context;
  const { order, numbers } = reachable(doc);
  // Each container is rewritten once: old and new refs are interned objects, so a second pass would remap again.
  const rewritten = new Set<PDFObject>();
  const rewrite = (obj: PDFObject): PDFObject => {
    if (obj instanceof PDFRef) return numbers.get(obj) ?? obj;
    const container = obj instanceof PDFDict || obj instanceof PDFArray || obj instanceof PDFStream;
    if (!container || rewritten.has(obj)) return obj;
    rewritten.add(obj);
    // Containers are rewritten in place: only references need setting (the costly part of this pass is the writes).
    if (obj instanceof PDFDict) {
      for (const [k, v] of obj.entries())
        if (v instanceof PDFRef) obj.set(k, rewrite(v));
        else rewrite(v);
    } else if (obj instanceof PDFArray)
      for (let i = 0; i < obj.size(); i++) {
        const v = obj.get(i);
        if (v instanceof PDFRef) obj.set(i, rewrite(v));
        else rewrite(v);
      }
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
