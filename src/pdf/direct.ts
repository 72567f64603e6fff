/**
 * finalizePdf without pdf-lib, for a PDF as Chromium prints it (plainfile.ts): parsing and saving the whole file with
 * pdf-lib was most of post-processing's cost. Chromium's bytes for the same HTML differ between runs only in the
 * dates of /Info and in the structure-element ids (made from DOM node ids, "node" and 8 digits); everything else,
 * object numbers included, is the same (tests/speed.test.ts prints with a fresh tab per document and with one tab,
 * tests/determinism.test.ts in two folders, and compares the files). So /Info is written anew, the ids are renamed
 * in place (same length) in the order they come in the file, and the catalog, the structure tree root and the ID
 * tree are rewritten; every other object is copied as it is. A file that is not in that shape, or that has anything
 * sanitizePdf would remove, gives undefined: finalizePdf then takes the pdf-lib path.
 */
import { inflateSync } from 'node:zlib';
import { PDFHexString, PDFString } from '@cantoo/pdf-lib';
import type { OutlineEntry } from '../model/index.js';
import { assertFonts, notdefIn } from './glyphs.js';
import { fileId, PDF_VERSION, type PdfMetadata } from './metadata.js';
import { type PdfDict, PlainFile } from './plainfile.js';
import { directOutline, isSanitized } from './plainread.js';
import { ROLE_MAP, structureId } from './structure.js';
import { type PdfValue, SyntaxProblem, sourceOf, writeDict } from './syntax.js';

const NODE_ID = /^\(node\d{8}\)$/;
const nodeId = (n: number) => `(${structureId(n)})`;

/** The page objects in order, from the page tree (bounded: a planted tree may loop). */
function pageNumbers(file: PlainFile): number[] {
  const pages: number[] = [];
  const walk = (v: PdfValue | undefined, depth: number) => {
    const node = file.dict(v);
    if (!node || v?.t !== 'ref' || depth > 32) throw new SyntaxProblem('page tree');
    const kids = node.map.get('Kids');
    if (kids?.t === 'array') for (const k of kids.items) walk(k, depth + 1);
    else pages.push(v.num);
  };
  walk(file.root.map.get('Pages'), 0);
  return pages;
}

/** Font names as embeddedFonts gives them, and the .notdef glyphs the pages' content streams show. */
function checkDirectFonts(file: PlainFile, pages: number[], title: string, families: readonly string[]): void {
  const names = new Set<string>();
  for (const obj of file.containing('/Font')) {
    const v = obj.value;
    if (v.t !== 'dict' || v.map.get('Type')?.t !== 'name' || (v.map.get('Type') as { name: string }).name !== 'Font') continue;
    const base = v.map.get('BaseFont');
    names.add(base?.t === 'name' ? base.name.replace(/^[A-Z]{6}\+/, '') : '(unnamed Type 3 font)');
  }
  assertFonts(title, families, [...names].sort(), () => {
    let count = 0;
    for (const num of pages) {
      const page = file.object(num)?.value;
      const contents = page?.t === 'dict' ? page.map.get('Contents') : undefined;
      for (const ref of contents?.t === 'array' ? contents.items : contents ? [contents] : []) {
        const stream = ref?.t === 'ref' ? file.object(ref.num) : undefined;
        if (!stream?.data || stream.value.t !== 'dict') throw new SyntaxProblem('page contents');
        const filter = stream.value.map.get('Filter');
        if (stream.value.map.has('DecodeParms') || (filter && !(filter.t === 'name' && filter.name === 'FlateDecode'))) throw new SyntaxProblem('filter');
        count += notdefIn(filter ? inflateSync(stream.data) : Buffer.from(stream.data));
      }
    }
    return count;
  });
}

/**
 * The structure ids renamed: old id -> new id, numbered in the order the elements' /ID entries come in the file.
 * Ids in the ID tree are skipped (it is sorted by the old ids); every /ID and /Headers string must be such an id.
 */
function renameIds(file: PlainFile, idTree: Set<number>): { renamed: Map<string, string>; patches: [number, string][] } {
  const renamed = new Map<string, string>();
  const patches: [number, string][] = [];
  const patch = (v: PdfValue | undefined, define: boolean) => {
    if (v?.t !== 'string') return;
    const old = sourceOf(file.buf, v);
    if (!NODE_ID.test(old)) throw new SyntaxProblem(`structure id ${old}`);
    if (define && !renamed.has(old)) renamed.set(old, nodeId(renamed.size + 1));
    const id = renamed.get(old);
    if (!id) throw new SyntaxProblem(`a header names ${old}, which no element has`);
    patches.push([v.start, id]);
  };
  const headers: PdfValue[] = [];
  const visit = (v: PdfValue | undefined, depth: number): void => {
    if (!v || depth > 8) return;
    if (v.t === 'array') for (const item of v.items) visit(item, depth + 1);
    if (v.t !== 'dict') return;
    for (const [key, value] of v.map) {
      if (key === 'Headers' && value.t === 'array') headers.push(...value.items);
      else visit(value, depth + 1);
    }
  };
  // Only objects that name an id can hold one (most structure elements have none).
  for (const obj of file.containing('/ID', '/Headers')) {
    if (idTree.has(obj.num) || obj.value.t !== 'dict') continue;
    if (obj.value.map.has('ID')) patch(obj.value.map.get('ID'), true);
    visit(obj.value, 0);
  }
  for (const h of headers) patch(h, false);
  return { renamed, patches };
}

/** The ID tree's nodes rewritten with the new ids: the same nodes, each with as many names as before, sorted. */
function rewriteIdTree(file: PlainFile, treeRef: PdfValue | undefined, renamed: Map<string, string>, out: Map<number, string>): void {
  if (!treeRef) return;
  const leaves: { num: number; dict: PdfDict; count: number }[] = [];
  const inner: { num: number; dict: PdfDict; kids: number[] }[] = [];
  const pairs: [string, string][] = [];
  const walk = (v: PdfValue | undefined, depth: number) => {
    const dict = file.dict(v);
    if (!dict || v?.t !== 'ref' || depth > 8) throw new SyntaxProblem('ID tree');
    const kids = dict.map.get('Kids');
    const names = dict.map.get('Names');
    if (kids?.t === 'array' && !names) {
      inner.push({ num: v.num, dict, kids: kids.items.map((k) => (k.t === 'ref' ? k.num : 0)) });
      for (const k of kids.items) walk(k, depth + 1);
    } else if (names?.t === 'array' && !kids && names.items.length % 2 === 0) {
      for (let i = 0; i < names.items.length; i += 2) {
        const id = renamed.get(sourceOf(file.buf, names.items[i] as PdfValue));
        const ref = names.items[i + 1] as PdfValue;
        if (!id || ref.t !== 'ref') throw new SyntaxProblem('ID tree entry');
        pairs.push([id, sourceOf(file.buf, ref)]);
      }
      leaves.push({ num: v.num, dict, count: names.items.length / 2 });
    } else throw new SyntaxProblem('ID tree node');
  };
  walk(treeRef, 0);
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const limits = new Map<number, [string, string]>();
  let next = 0;
  for (const leaf of leaves) {
    const mine = pairs.slice(next, next + leaf.count);
    next += leaf.count;
    if (mine.length) limits.set(leaf.num, [mine[0]?.[0] ?? '', mine[mine.length - 1]?.[0] ?? '']);
    const changes: Record<string, string> = { Names: `[${mine.map(([id, ref]) => `${id} ${ref}`).join(' ')}]` };
    if (leaf.dict.map.has('Limits')) changes.Limits = `[${limits.get(leaf.num)?.join(' ') ?? ''}]`;
    out.set(leaf.num, writeDict(file.buf, leaf.dict, changes));
  }
  // Inner nodes after their kids (the walk listed them before): their limits span their kids'.
  for (const node of inner.reverse()) {
    const first = limits.get(node.kids[0] ?? 0)?.[0];
    const last = limits.get(node.kids[node.kids.length - 1] ?? 0)?.[1];
    if (first && last) limits.set(node.num, [first, last]);
    if (node.dict.map.has('Limits') && first && last) out.set(node.num, writeDict(file.buf, node.dict, { Limits: `[${first} ${last}]` }));
  }
}

/** The objects of the ID tree (skipped when collecting ids: its names are in the old ids' order). */
function idTreeObjects(file: PlainFile, v: PdfValue | undefined, into = new Set<number>()): Set<number> {
  if (v?.t !== 'ref' || into.has(v.num) || into.size > 10_000) return into;
  into.add(v.num);
  const kids = file.dict(v)?.map.get('Kids');
  if (kids?.t === 'array') for (const k of kids.items) idTreeObjects(file, k, into);
  return into;
}

const infoDict = (meta: PdfMetadata) => {
  const t = (s: string) => PDFHexString.fromText(s).toString();
  const date = PDFString.fromDate(meta.date).toString();
  return `<</Title ${t(meta.title)}\n/Author ${t(meta.author)}\n/Subject ${t(meta.subject)}\n/Keywords ${t(meta.keywords.join(' '))}\n/Creator ${t('lessonpack')}\n/Producer ${t('lessonpack (Chromium)')}\n/CreationDate ${date}\n/ModDate ${date}>>`;
};

/** What finalizePdf returns, made without pdf-lib; undefined when `bytes` is not a plain, clean Chromium PDF. */
export function finalizeDirect(
  bytes: Uint8Array,
  meta: PdfMetadata,
  families?: readonly string[],
): { pdf: Uint8Array; pages: number; outline: OutlineEntry[] } | undefined {
  try {
    const file = new PlainFile(bytes);
    const pages = pageNumbers(file);
    if (!isSanitized(file, pages)) return undefined;
    if (families) checkDirectFonts(file, pages, meta.title, families);
    const replaced = new Map<number, string>([[file.infoNum, infoDict(meta)]]);
    const prefs = file.root.map.get('ViewerPreferences');
    if (prefs && prefs.t !== 'dict') return undefined;
    const viewer = prefs ? writeDict(file.buf, prefs, { DisplayDocTitle: 'true' }) : '<</DisplayDocTitle true>>';
    replaced.set(file.rootNum, writeDict(file.buf, file.root, { Lang: PDFString.of(meta.language).toString(), ViewerPreferences: viewer }));
    const body = Buffer.from(bytes);
    const structRef = file.root.map.get('StructTreeRoot');
    const structRoot = file.dict(structRef);
    if (structRoot) {
      const tree = structRoot.map.get('IDTree');
      if (structRef?.t !== 'ref' || (tree && tree.t !== 'ref')) return undefined;
      const { renamed, patches } = renameIds(file, idTreeObjects(file, tree));
      for (const [at, id] of patches) body.write(id, at, 'latin1');
      rewriteIdTree(file, tree, renamed, replaced);
      const roles = Object.entries(ROLE_MAP).map(([from, to]) => `/${from} /${to}`);
      replaced.set(structRef.num, writeDict(file.buf, structRoot, { RoleMap: `<<${roles.join('\n')}>>` }));
    }
    return { pdf: file.write(body, replaced, PDF_VERSION.join('.'), fileId(meta).toString()), pages: pages.length, outline: directOutline(file, pages) };
  } catch (e) {
    // Not the shape this path knows: the pdf-lib path takes it.
    if (e instanceof SyntaxProblem) return undefined;
    throw e;
  }
}
