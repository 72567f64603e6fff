/** Which characters a font has glyphs for, read from its cmap table (no font library needed). */
import { brotliDecompressSync, inflateSync } from 'node:zlib';

/** Inclusive code point ranges, sorted and merged. */
export type Ranges = [number, number][];

/** A table of a WOFF 1.0 font: zlib-compressed when smaller. */
function woffTable(font: Buffer, tag: string): Buffer | undefined {
  const count = font.readUInt16BE(12);
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    if (font.toString('latin1', at, at + 4) !== tag) continue;
    const offset = font.readUInt32BE(at + 4);
    const compressed = font.readUInt32BE(at + 8);
    const original = font.readUInt32BE(at + 12);
    const data = font.subarray(offset, offset + compressed);
    return compressed < original ? inflateSync(data) : data;
  }
  return undefined;
}

/** A table of a plain TrueType/OpenType font. */
function sfntTable(font: Buffer, tag: string): Buffer | undefined {
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    if (font.toString('latin1', at, at + 4) === tag) return font.subarray(font.readUInt32BE(at + 8), font.readUInt32BE(at + 8) + font.readUInt32BE(at + 12));
  }
  return undefined;
}

/** WOFF2's 255UInt16-free base-128 lengths (spec 4.1). */
function base128(font: Buffer, at: { i: number }): number {
  let value = 0;
  for (let k = 0; k < 5; k++) {
    const byte = font.readUInt8(at.i++);
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) return value;
  }
  throw new Error('bad WOFF2 length');
}

/** The cmap of a WOFF2 font: its tables share one Brotli stream; cmap is never transformed (spec 5.1). */
function woff2Cmap(font: Buffer): Buffer | undefined {
  const count = font.readUInt16BE(12);
  const at = { i: 48 };
  let offset = 0;
  let cmap: { offset: number; length: number } | undefined;
  for (let t = 0; t < count; t++) {
    const flags = font.readUInt8(at.i++);
    const known = flags & 0x3f;
    if (known === 63) at.i += 4;
    const length = base128(font, at);
    const version = flags >> 6;
    // glyf (10) and loca (11) are transformed at version 0; every other table at any version but 0.
    const transformed = known === 10 || known === 11 ? version === 0 : version !== 0;
    const stored = transformed ? base128(font, at) : length;
    if (known === 0) cmap = { offset, length };
    offset += stored;
  }
  if (!cmap) return undefined;
  const stream = brotliDecompressSync(font.subarray(at.i, at.i + font.readUInt32BE(20)));
  return stream.subarray(cmap.offset, cmap.offset + cmap.length);
}

/** The cmap table of a WOFF, WOFF2, TrueType or OpenType font. */
function cmapTable(font: Buffer): Buffer | undefined {
  const signature = font.toString('latin1', 0, 4);
  if (signature === 'wOFF') return woffTable(font, 'cmap');
  if (signature === 'wOF2') return woff2Cmap(font);
  if (signature === 'OTTO' || signature === 'true' || font.readUInt32BE(0) === 0x10000) return sfntTable(font, 'cmap');
  throw new Error('not a font file (WOFF, WOFF2, TrueType or OpenType)');
}

/** Format 4 (BMP) subtable: code points whose glyph id is not 0. */
function format4(t: Buffer, at: number, push: (c: number) => void): void {
  const segCount = t.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  for (let s = 0; s < segCount; s++) {
    const end = t.readUInt16BE(ends + s * 2);
    const start = t.readUInt16BE(starts + s * 2);
    const delta = t.readUInt16BE(deltas + s * 2);
    const rangeOffset = t.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const g = t.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (glyph !== 0) push(c);
    }
  }
}

/** Format 12 (full Unicode) subtable. */
function format12(t: Buffer, at: number, push: (c: number) => void): void {
  const groups = t.readUInt32BE(at + 12);
  for (let g = 0; g < groups; g++) {
    const start = t.readUInt32BE(at + 16 + g * 12);
    const end = t.readUInt32BE(at + 20 + g * 12);
    const glyph = t.readUInt32BE(at + 24 + g * 12);
    for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) push(c);
  }
}

/** The code points a font (WOFF, WOFF2, TTF, OTF) maps to real glyphs, as merged ranges. */
export function fontCoverage(font: Buffer): Ranges {
  const cmap = cmapTable(font);
  if (!cmap) return [];
  const subtables: { platform: number; encoding: number; offset: number; format: number }[] = [];
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const offset = cmap.readUInt32BE(8 + i * 8);
    subtables.push({ platform: cmap.readUInt16BE(4 + i * 8), encoding: cmap.readUInt16BE(6 + i * 8), offset, format: cmap.readUInt16BE(offset) });
  }
  // A Unicode subtable: full repertoire (format 12) first, else the BMP one (format 4).
  const unicode = (s: (typeof subtables)[number]) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
  const best = subtables.find((s) => unicode(s) && s.format === 12) ?? subtables.find((s) => unicode(s) && s.format === 4);
  if (!best) return [];
  const points: number[] = [];
  (best.format === 12 ? format12 : format4)(cmap, best.offset, (c) => points.push(c));
  return toRanges(points);
}

/** Sorted, merged ranges from any list of code points. */
export function toRanges(points: number[]): Ranges {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const out: Ranges = [];
  for (const c of sorted) {
    const last = out.at(-1);
    if (last && c === last[1] + 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

/** Whether `c` lies in the ranges (binary search). */
export function covers(ranges: Ranges, c: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid] as [number, number];
    if (c < a) hi = mid - 1;
    else if (c > b) lo = mid + 1;
    else return true;
  }
  return false;
}
