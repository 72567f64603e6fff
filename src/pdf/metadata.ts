/** Document metadata, written so that the same inputs give the same bytes. */
import { type PDFDocument, PDFHeader, PDFHexString } from '@cantoo/pdf-lib';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: string;
  /** Fixed creation/modification date, so rebuilds are byte-identical. */
  date: Date;
  /** Seed of the file identifier (/ID), e.g. the cache key: hex digits, never a path, so any checkout gives the same bytes. */
  id: string;
}

/** The file identifier (/ID) of a document: from `meta.id`, never a path, so any checkout gives the same bytes. */
export const fileId = (meta: PdfMetadata): PDFHexString => PDFHexString.of(meta.id.slice(0, 32).padEnd(32, '0'));

/** The PDF version lessonpack declares (Chromium declares 1.4; the tags, /Lang and the role map are 1.7's). */
export const PDF_VERSION = [1, 7] as const;

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
  // Chromium declares PDF 1.4; the tags, /Lang and the role map written here are read as PDF 1.7 (the version
  // lessonpack has always declared; @cantoo/pdf-lib keeps the parsed header where pdf-lib 1.17 wrote 1.7).
  doc.context.header = PDFHeader.forVersion(...PDF_VERSION);
  const id = fileId(meta);
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
}
