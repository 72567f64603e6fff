import { PDFDocument } from 'pdf-lib';
import type { OutlineEntry } from '../model/index.js';
import { applyMetadata, type PdfMetadata, readOutline, renumberObjects, writeOutline } from '../write/pdf.js';
import { sanitizePdf } from '../write/sanitize.js';
import { appendTaggedPages, startTaggedDocument } from '../write/structure.js';

export interface PackPart {
  /** Bookmark title of the part. */
  title: string;
  pdf: Uint8Array;
  /** Keep the part's own bookmarks under its entry (documents: yes; covers: no). */
  keepOutline: boolean;
  /** Outline level of the part's entry (1 = top). */
  level?: number;
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
export async function assemblePack(parts: PackPart[], blank: Uint8Array, meta: PdfMetadata): Promise<AssembledPack> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const blankDoc = await PDFDocument.load(blank, { updateMetadata: false });
  const loaded = await Promise.all(parts.map((p) => PDFDocument.load(p.pdf, { updateMetadata: false })));
  // Pages are copied with their annotations and actions: whatever acts goes first, whoever printed the part.
  for (const doc of [blankDoc, ...loaded]) sanitizePdf(doc);
  const { starts, blanksBefore } = oddStarts(loaded.map((d) => d.getPageCount()));
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
    for (const p of appendTaggedPages(out, doc, tagged.document)) out.addPage(p);
  }
  tagged.finish();
  writeOutline(out, outline);
  applyMetadata(out, meta);
  renumberObjects(out);
  const pdf = await out.save({ useObjectStreams: false });
  return { pdf, pages: out.getPageCount(), starts, outline };
}
