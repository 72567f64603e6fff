import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { type BuildOptions, build } from '../src/build.js';

export const repoRoot = join(import.meta.dirname, '..');

/** A fresh temporary folder. */
export function tempDir(prefix = 'lessonpack-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The text of every page of a PDF, read back with pdf.js. */
export async function pdfPages(file: string): Promise<string[]> {
  const data = new Uint8Array(readFileSync(file));
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .replace(/[ \t]+/g, ' '),
    );
  }
  await doc.destroy();
  return pages;
}

/** Whole text of a PDF with whitespace collapsed (for "contains" checks across line breaks). */
export async function pdfText(file: string): Promise<string> {
  return (await pdfPages(file)).join(' ').replace(/\s+/g, ' ');
}

/** Page sizes in points. */
export async function pageSizes(file: string): Promise<{ width: number; height: number }[]> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  return doc.getPages().map((p) => ({ width: Math.round(p.getWidth()), height: Math.round(p.getHeight()) }));
}

/** Fonts a PDF uses, as pdffonts (poppler) reports them: name and whether embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // Columns from the right: emb sub uni objectID gen
      return { name: cols[0] ?? '', embedded: cols[cols.length - 5] === 'yes' };
    });
}

/** Builds the given project quietly. */
export function quietBuild(options: BuildOptions) {
  return build({ concurrency: 2, ...options });
}

/** Normalizes text the way the PDF text layer comes back (whitespace collapsed). */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
