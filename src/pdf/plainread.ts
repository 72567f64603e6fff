/**
 * Reading a PlainFile the way sanitize.ts and outline.ts read a pdf-lib document: whether it holds anything
 * sanitizePdf would remove (then the pdf-lib path removes it), and its outline.
 */
import { PDFHexString } from '@cantoo/pdf-lib';
import type { OutlineEntry } from '../model/index.js';
import type { PdfDict, PlainFile } from './plainfile.js';
import type { PdfValue } from './syntax.js';

/** A string value's text, decoded as pdf-lib decodes it (PDFDocEncoding, or UTF-16BE after a byte-order mark). */
function decodeText(v: PdfValue | undefined): string | undefined {
  return v?.t === 'string' ? PDFHexString.of(Buffer.from(v.bytes).toString('hex')).decodeText() : undefined;
}

const isName = (v: PdfValue | undefined, name: string) => v?.t === 'name' && v.name === name;

/** sanitize.ts's harmlessAction: a GoTo, or a URI action to https:, with no /Next. */
function harmless(file: PlainFile, action: PdfValue | undefined): boolean {
  const dict = file.dict(action);
  if (!dict || dict.map.has('Next')) return false;
  const kind = dict.map.get('S');
  if (isName(kind, 'GoTo')) return true;
  return isName(kind, 'URI') && /^https:\/\//i.test(decodeText(file.resolve(dict.map.get('URI'))) ?? '');
}

/** Whether an annotation is a link sanitizePdf keeps as it is. */
function keptLink(file: PlainFile, item: PdfValue): boolean {
  const annot = file.dict(item);
  if (!annot || !isName(annot.map.get('Subtype'), 'Link') || annot.map.has('AA')) return false;
  return annot.map.has('A') ? harmless(file, annot.map.get('A')) : annot.map.has('Dest');
}

/** The outline's items in reading order with their levels (bounded as readOutline is: a planted outline may loop). */
function outlineItems(file: PlainFile): { item: PdfDict; level: number }[] {
  const items: { item: PdfDict; level: number }[] = [];
  const walk = (first: PdfDict | undefined, level: number) => {
    let guard = 0;
    for (let node = first; node && guard++ < 10000 && items.length < 100_000; node = file.dict(node.map.get('Next'))) {
      items.push({ item: node, level });
      walk(file.dict(node.map.get('First')), level + 1);
    }
  };
  walk(file.dict(file.dict(file.root.map.get('Outlines'))?.map.get('First')), 1);
  return items;
}

/** True when sanitizePdf would remove nothing: no document or page actions, forms, scripts, files or unsafe links. */
export function isSanitized(file: PlainFile, pages: number[]): boolean {
  const catalog = file.root.map;
  if (['OpenAction', 'AA', 'AcroForm', 'URI', 'Threads'].some((k) => catalog.has(k))) return false;
  const names = file.dict(catalog.get('Names'));
  if (names?.map.has('JavaScript') || names?.map.has('EmbeddedFiles')) return false;
  for (const num of pages) {
    const page = file.object(num)?.value;
    if (page?.t !== 'dict' || page.map.has('AA')) return false;
    const annots = page.map.get('Annots');
    if (!annots) continue;
    const list = file.resolve(annots);
    if (list?.t !== 'array' || !list.items.every((a) => keptLink(file, a))) return false;
  }
  return outlineItems(file).every(({ item }) => !item.map.has('AA') && (!item.map.has('A') || harmless(file, item.map.get('A'))));
}

/** readOutline's answer: each bookmark's title, level and 1-based page (1 when its target is not a page). */
export function directOutline(file: PlainFile, pages: number[]): OutlineEntry[] {
  const index = new Map(pages.map((num, i) => [num, i + 1]));
  return outlineItems(file).map(({ item, level }) => {
    let dest = file.resolve(item.map.get('Dest'));
    const action = file.dict(item.map.get('A'));
    if (!dest && action) dest = file.resolve(action.map.get('D'));
    const target = dest?.t === 'array' ? dest.items[0] : undefined;
    return { title: decodeText(file.resolve(item.map.get('Title'))) ?? '', level, page: (target?.t === 'ref' && index.get(target.num)) || 1 };
  });
}
