/** Packs: documents merged into one duplex-safe, tagged PDF with nested bookmarks, blank pages and pack page numbers. */
import { PDFDocument } from '@cantoo/pdf-lib';
import type { OutlineEntry } from '../model/index.js';
import { stampFolios } from './folios.js';
import { loadPdf, savePdf } from './io.js';
import { applyMetadata, type PdfMetadata } from './metadata.js';
import { readOutline, writeOutline } from './outline.js';
import { renumberObjects } from './renumber.js';
import { sanitizePdf } from './sanitize.js';
import { appendTaggedPages, startTaggedDocument } from './structure.js';

export interface PackPart {
  /** Bookmark title of the part. */
  title: string;
  pdf: Uint8Array;
  /** Keep the part's own bookmarks under its entry (documents: yes; covers: no). */
  keepOutline: boolean;
  /** Outline level of the part's entry (1 = top). */
  level?: number;
  /** Whether the part's pages carry pack page numbers (with `folios`; covers do not). Default true. */
  numbered?: boolean;
}

export interface AssembledPack {
  pdf: Uint8Array;
  pages: number;
  /** First page (1-based) of each part, for tables of contents. */
  starts: number[];
  outline: OutlineEntry[];
}

/** Where each part starts when every part begins on an odd (right-hand) page. */
export function oddStarts(pageCounts: number[]): { starts: number[]; blanksBefore: number[]; total: number } {
  const starts: number[] = [];
  const blanksBefore: number[] = [];
  let page = 1;
  for (const count of pageCounts) {
    const blank = page % 2 === 0 ? 1 : 0;
    page += blank;
    blanksBefore.push(blank);
    starts.push(page);
    page += count;
  }
  return { starts, blanksBefore, total: page - 1 };
}

/** Appends the parts' pages (and blank pages before parts that would start on an even page); returns the outline. */
function appendParts(out: PDFDocument, parts: PackPart[], loaded: PDFDocument[], blank: PDFDocument, layout: ReturnType<typeof oddStarts>) {
  const outline: OutlineEntry[] = [];
  // Pages that get a pack number: those of numbered parts (inserted blank pages are counted, not numbered).
  const numbered = new Set<number>();
  // The pack stays a tagged PDF: each part's structure tree becomes a Part of one Document.
  const tagged = startTaggedDocument(out);
  parts.forEach((part, i) => {
    const doc = loaded[i];
    if (!doc) return;
    if (layout.blanksBefore[i]) for (const p of appendTaggedPages(out, blank, tagged.document)) out.addPage(p);
    const start = layout.starts[i] ?? 1;
    const level = part.level ?? 1;
    outline.push({ title: part.title, level, page: start });
    if (part.keepOutline) for (const e of readOutline(doc)) outline.push({ title: e.title, level: e.level + level, page: e.page + start - 1 });
    if (part.numbered !== false) for (let p = 0; p < doc.getPageCount(); p++) numbered.add(start + p);
    for (const p of appendTaggedPages(out, doc, tagged.document)) out.addPage(p);
  });
  tagged.finish();
  return { outline, numbered };
}

/**
 * Concatenates parts into one duplex-safe PDF: each part starts on an odd page, with `blank` (a one-page
 * "intentionally blank" PDF) inserted where needed; bookmarks nest each part's own outline under its title.
 */
export async function assemblePack(
  parts: PackPart[],
  blank: Uint8Array,
  meta: PdfMetadata,
  /** Prints the folio sheet for a pack of this many pages; without it, pages carry no pack page numbers. */
  folios?: (pages: number) => Promise<Uint8Array>,
): Promise<AssembledPack> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const [blankDoc, ...loaded] = await Promise.all([blank, ...parts.map((p) => p.pdf)].map(loadPdf));
  if (!blankDoc) throw new Error('no blank page');
  // Pages are copied with their annotations and actions: whatever acts goes first, whoever printed the part.
  for (const doc of [blankDoc, ...loaded]) sanitizePdf(doc);
  const layout = oddStarts(loaded.map((d) => d.getPageCount()));
  const { outline, numbered } = appendParts(out, parts, loaded, blankDoc, layout);
  if (folios) await stampFolios(out, await loadPdf(await folios(layout.total)), (page) => numbered.has(page));
  writeOutline(out, outline);
  applyMetadata(out, meta);
  renumberObjects(out);
  return { pdf: await savePdf(out), pages: out.getPageCount(), starts: layout.starts, outline };
}
