/** Making one pack from its spec: the documents it holds, its printed pieces laid out around them, joined into one PDF. */
import { type AssembledPack, assemblePack, countPages, oddStarts, type PackPart, type PdfMetadata } from '../pdf/index.js';
import type { PackSpec, PartPlace } from './spec.js';

export interface PackServices {
  /** The bytes of a document of this build (or of an earlier one), checked against the manifest. */
  output(path: string): Promise<Uint8Array>;
  /** A piece (cover, contents, blank page) printed and finished, cached by its content. */
  piece(name: string, html: string): Promise<Uint8Array>;
  /** HTML printed as Chromium makes it (the folio sheet: only its drawing goes onto the pack). */
  print(html: string, label: string): Promise<Uint8Array>;
}

/** Assembles the pack a spec describes; its pieces are printed once the pages they list are known. */
export async function makePack(spec: PackSpec, meta: PdfMetadata, services: PackServices): Promise<AssembledPack> {
  const documents = await Promise.all(spec.parts.map((p) => ('output' in p.from ? services.output(p.from.output) : undefined)));
  const listsPlaces = spec.parts.some((p) => 'piece' in p.from && p.from.listsPlaces);
  // Pieces are one page until printed; documents have the pages they have.
  let counts = listsPlaces ? await Promise.all(documents.map((d) => (d ? countPages(d) : 1))) : spec.parts.map(() => 1);
  let pieces: (Uint8Array | undefined)[] = [];
  // A contents page lists pages that depend on its own length: print, measure, print again if it grew.
  for (let attempt = 0; attempt < 3; attempt++) {
    const { starts } = oddStarts(counts);
    const places: PartPlace[] = spec.parts.map((p, i) => ({ title: p.title, page: starts[i] ?? 0, sub: p.level > 1 }));
    pieces = await Promise.all(spec.parts.map((p, i) => ('piece' in p.from ? services.piece(p.from.piece, p.from.html(places, i)) : undefined)));
    if (!listsPlaces) break;
    const actual = await Promise.all(pieces.map((piece, i) => (piece ? countPages(piece) : (counts[i] ?? 1))));
    if (actual.every((n, i) => n === counts[i])) break;
    counts = actual;
  }
  const parts: PackPart[] = spec.parts.map((p, i) => ({
    title: p.title,
    pdf: documents[i] ?? pieces[i] ?? new Uint8Array(),
    keepOutline: p.keepOutline,
    level: p.level,
    numbered: p.numbered,
  }));
  const folios = spec.folios;
  const blank = await services.piece('blank', spec.blank());
  return assemblePack(parts, blank, meta, folios ? (pages) => services.print(folios(pages), 'folios') : undefined);
}
