/**
 * Tagged-PDF structure trees (the logical reading order screen readers use): made deterministic for a single
 * document, and merged when documents are concatenated into a pack.
 */
import {
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFObjectCopier,
  PDFPage,
  PDFPageLeaf,
  PDFRef,
  PDFString,
} from '@cantoo/pdf-lib';

const K = PDFName.of('K');
const P = PDFName.of('P');
const S = PDFName.of('S');
const ID = PDFName.of('ID');
const STRUCT_TREE_ROOT = PDFName.of('StructTreeRoot');
const PARENT_TREE = PDFName.of('ParentTree');
const NEXT_KEY = PDFName.of('ParentTreeNextKey');
const STRUCT_PARENTS = PDFName.of('StructParents');

function structRoot(doc: PDFDocument): PDFDict | undefined {
  return doc.catalog.lookupMaybe(STRUCT_TREE_ROOT, PDFDict);
}

/** Visits every structure element (dicts with /S) under `kids` in reading order, with the ref that holds it. */
function eachElement(doc: PDFDocument, kids: PDFObject | undefined, visit: (elem: PDFDict, ref: PDFRef | undefined) => void): void {
  const step = (obj: PDFObject | undefined) => {
    if (obj instanceof PDFArray) {
      for (let i = 0; i < obj.size(); i++) step(obj.get(i));
      return;
    }
    const ref = obj instanceof PDFRef ? obj : undefined;
    const elem = ref ? doc.context.lookup(ref) : obj;
    if (!(elem instanceof PDFDict) || !elem.has(S)) return;
    visit(elem, ref);
    step(elem.get(K));
  };
  step(kids);
}

const idText = (obj: PDFObject | undefined) => (obj instanceof PDFString || obj instanceof PDFHexString ? obj.decodeText() : undefined);

/**
 * Gives every structure element under `kids` that has an /ID the id `rename` makes from its position in reading
 * order and its old id, and makes table cells' /Headers (which name header cells by id) follow. Returns the ID
 * tree's names: [id, element ref, ...].
 */
function renameIds(doc: PDFDocument, kids: PDFObject | undefined, rename: (index: number, old: string) => string): PDFObject[] {
  const names: PDFObject[] = [];
  const renamed = new Map<string, PDFString>();
  const withAttributes: PDFDict[] = [];
  eachElement(doc, kids, (elem, ref) => {
    if (elem.has(PDFName.of('A'))) withAttributes.push(elem);
    const old = idText(elem.get(ID));
    if (old === undefined || !ref) return;
    const id = PDFString.of(rename(names.length / 2, old));
    renamed.set(old, id);
    elem.set(ID, id);
    names.push(id, ref);
  });
  for (const elem of withAttributes) {
    const attrs = elem.lookup(PDFName.of('A'));
    for (const a of attrs instanceof PDFArray ? attrs.asArray() : [attrs]) {
      const dict = a instanceof PDFRef ? doc.context.lookup(a) : a;
      const headers = dict instanceof PDFDict ? dict.lookupMaybe(PDFName.of('Headers'), PDFArray) : undefined;
      for (let i = 0; headers && i < headers.size(); i++) {
        const id = renamed.get(idText(headers.get(i)) ?? '');
        if (id) headers.set(i, id);
      }
    }
  }
  return names;
}

/**
 * Chromium names structure elements after DOM node ids, which differ from run to run. Rename them in reading
 * order and rebuild the ID tree: the same document then gets the same ids. (Merged parts are made unique first,
 * by appendTaggedPages, since every finished part uses the same names.)
 */
/** The n-th structure id (from 1) of a finished document. */
export const structureId = (n: number): string => `node${String(n).padStart(8, '0')}`;

/** Chromium tags <strong>/<em> with PDF 2.0 types; mapped to PDF 1.7's Span so 1.7 readers accept them. */
export const ROLE_MAP = { Strong: 'Span', Em: 'Span' } as const;

export function canonicalizeStructure(doc: PDFDocument): void {
  const root = structRoot(doc);
  if (!root) return;
  const names = renameIds(doc, root.get(K), (i) => structureId(i + 1));
  root.set(PDFName.of('RoleMap'), doc.context.obj(ROLE_MAP));
  if (names.length) root.set(PDFName.of('IDTree'), doc.context.obj({ Names: names }));
  else root.delete(PDFName.of('IDTree'));
}

/** The (key, value) pairs of a number tree, flattened from its kids. */
function numberTreeEntries(doc: PDFDocument, node: PDFObject | undefined): [number, PDFObject][] {
  const dict = node instanceof PDFRef ? doc.context.lookup(node) : node;
  if (!(dict instanceof PDFDict)) return [];
  const out: [number, PDFObject][] = [];
  const nums = dict.lookupMaybe(PDFName.of('Nums'), PDFArray);
  for (let i = 0; nums && i + 1 < nums.size(); i += 2) {
    const key = nums.get(i);
    const value = nums.get(i + 1);
    if (key instanceof PDFNumber && value) out.push([key.asNumber(), value]);
  }
  const kids = dict.lookupMaybe(PDFName.of('Kids'), PDFArray);
  for (let i = 0; kids && i < kids.size(); i++) out.push(...numberTreeEntries(doc, kids.get(i)));
  return out;
}

/** The pack's Document element as parts are appended: its parent tree so far, the next key, how many parts. */
interface TaggedDocument {
  elem: PDFDict;
  ref: PDFRef;
  parentTree: PDFObject[];
  nextKey: number;
  parts: number;
}

/** Copies every page of `src` into `out` (not yet added to its page tree). */
function copyPages(out: PDFDocument, src: PDFDocument, copier: PDFObjectCopier): PDFPage[] {
  return src.getPages().map((p) => {
    const ref = copier.copy(p.ref) as PDFRef;
    const leaf = out.context.lookup(ref);
    if (!(leaf instanceof PDFPageLeaf)) throw new Error(`page ${p.ref} did not copy as a page`);
    return PDFPage.of(leaf, ref, out);
  });
}

/** Moves a part's parent-tree keys (and its pages' /StructParents) past the keys already in the pack. */
function shiftParentTree(out: PDFDocument, root: PDFDict, pages: PDFPage[], document: TaggedDocument): void {
  const offset = document.nextKey;
  for (const p of pages) {
    const key = p.node.get(STRUCT_PARENTS);
    if (key instanceof PDFNumber) p.node.set(STRUCT_PARENTS, PDFNumber.of(key.asNumber() + offset));
  }
  for (const [key, value] of numberTreeEntries(out, root.get(PARENT_TREE))) document.parentTree.push(PDFNumber.of(key + offset), value);
  const next = root.get(NEXT_KEY);
  document.nextKey += next instanceof PDFNumber ? next.asNumber() : pages.length;
}

/** Puts a part's top elements under the pack's Document, its own Document becoming a Part. */
function adoptTopElements(out: PDFDocument, root: PDFDict, document: TaggedDocument): void {
  const kids = document.elem.lookupMaybe(K, PDFArray) ?? out.context.obj([]);
  document.elem.set(K, kids);
  const top = root.get(K);
  const tops = top instanceof PDFArray ? top.asArray() : top ? [top] : [];
  // Each part's ids (and the /Headers naming them) get the part's number: parts are all named node00000001...
  const part = ++document.parts;
  renameIds(out, top, (_, old) => `part${part}-${old}`);
  for (const t of tops) {
    const elem = t instanceof PDFRef ? out.context.lookup(t) : t;
    if (!(elem instanceof PDFDict)) continue;
    elem.set(P, document.ref);
    if (elem.get(S) === PDFName.of('Document')) elem.set(S, PDFName.of('Part'));
    kids.push(t);
  }
}

/**
 * Appends every page of `src` to `out`, together with its structure tree: the part's top element becomes a /Part
 * under `document`, and the parent-tree keys are shifted past those already in `out`. Returns the new pages.
 */
export function appendTaggedPages(out: PDFDocument, src: PDFDocument, document: TaggedDocument): PDFPage[] {
  const copier = PDFObjectCopier.for(src.context, out.context);
  // Copying pages by reference first makes the structure tree's /Pg entries point at these same copies.
  const pages = copyPages(out, src, copier);
  const srcRoot = src.catalog.get(STRUCT_TREE_ROOT);
  const root = srcRoot ? out.context.lookup(copier.copy(srcRoot)) : undefined;
  if (!(root instanceof PDFDict)) {
    for (const p of pages) p.node.delete(STRUCT_PARENTS);
    return pages;
  }
  shiftParentTree(out, root, pages, document);
  adoptTopElements(out, root, document);
  return pages;
}

/** Starts the structure tree of a concatenated document; `finish` installs it once every part is appended. */
export function startTaggedDocument(out: PDFDocument) {
  const ctx = out.context;
  const rootRef = ctx.nextRef();
  const elem = ctx.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: [] }) as PDFDict;
  const document: TaggedDocument = { elem, ref: ctx.register(elem), parentTree: [], nextKey: 0, parts: 0 };
  const finish = () => {
    ctx.assign(
      rootRef,
      ctx.obj({ Type: 'StructTreeRoot', K: document.ref, ParentTree: ctx.obj({ Nums: document.parentTree }), ParentTreeNextKey: document.nextKey }),
    );
    out.catalog.set(STRUCT_TREE_ROOT, rootRef);
    out.catalog.set(PDFName.of('MarkInfo'), ctx.obj({ Marked: true }));
    canonicalizeStructure(out);
  };
  return { document, finish };
}
