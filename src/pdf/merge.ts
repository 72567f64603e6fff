import { PDFDocument } from 'pdf-lib';
import type { OutlineEntry } from '../model/index.js';
import { stampFolios } from './folios.js';
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
  const blankDoc = await PDFDocument.load(blank, { updateMetadata: false });
  const loaded = await Promise.all(parts.map((p) => PDFDocument.load(p.pdf, { updateMetadata: false })));
  // Pages are copied with their annotations and actions: whatever acts goes first, whoever printed the part.
  for (const doc of [blankDoc, ...loaded]) sanitizePdf(doc);
  const { starts, blanksBefore, total } = oddStarts(loaded.map((d) => d.getPageCount()));
  // Pages that get a pack number: those of numbered parts (inserted blank pages are counted, not numbered).
  const numbered = new Set<number>();
  const outline: OutlineEntry[] = [];
  // The pack stays a tagged PDF: each part's structure tree becomes a Part of one Document.
  const tagged = startTaggedDocument(out);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const doc = loaded[i];
    if (!part || !doc) continue;
    if (blanksBefore[i]) {
      for (const p of appendTaggedPages(out, blankDoc, tagged.document)) out.addPage(p);
    }
    const start = starts[i] ?? 1;
    const level = part.level ?? 1;
    outline.push({ title: part.title, level, page: start });
    if (part.keepOutline) for (const e of readOutline(doc)) outline.push({ title: e.title, level: e.level + level, page: e.page + start - 1 });
    if (part.numbered !== false) for (let p = 0; p < doc.getPageCount(); p++) numbered.add(start + p);
    for (const p of appendTaggedPages(out, doc, tagged.document)) out.addPage(p);
  }
  tagged.finish();
  if (folios) await stampFolios(out, await folios(total), (page) => numbered.has(page));
  writeOutline(out, outline);
  applyMetadata(out, meta);
  renumberObjects(out);
  const pdf = await out.save({ useObjectStreams: false });
  return { pdf, pages: out.getPageCount(), starts, outline };
}
