/**
 * A PDF file in the plain shape Chromium (Skia) writes: one cross-reference table listing objects 1 to Size-1, a
 * trailer with /Size, /Root and /Info only, no object streams, no incremental updates. Its objects are read with
 * their byte ranges, and the file can be written again with some objects replaced and the rest copied byte for byte.
 * Anything else is a SyntaxProblem: the caller then uses pdf-lib.
 */
import { type PdfValue, readValue, SyntaxProblem, skipSpace, latin1 as text } from './syntax.js';

export type PdfDict = PdfValue & { t: 'dict' };

const WHITE = new Set([0, 9, 10, 12, 13, 32]);

export interface PlainObject {
  num: number;
  /** Where "num 0 obj" starts, and where the next object (or the cross-reference table) starts. */
  start: number;
  end: number;
  value: PdfValue;
  /** The stream's data, for a stream object. */
  data?: Uint8Array;
}

/** Reads "num 0 obj <value> [stream ... endstream] endobj" at `start`. */
function readObject(buf: Uint8Array, num: number, start: number, end: number): PlainObject {
  const head = /^(\d+) 0 obj\s/.exec(text(buf, start, Math.min(end, start + 24)));
  if (!head || Number(head[1]) !== num) throw new SyntaxProblem(`object ${num} is not where the table says`);
  const value = readValue(buf, start + head[0].length - 1);
  let at = skipSpace(buf, value.end);
  let data: Uint8Array | undefined;
  if (text(buf, at, at + 6) === 'stream') {
    const length = value.t === 'dict' ? value.map.get('Length') : undefined;
    if (length?.t !== 'number') throw new SyntaxProblem(`object ${num}: stream without a direct /Length`);
    at += 6;
    if (buf[at] === 13) at++;
    if (buf[at] !== 10) throw new SyntaxProblem(`object ${num}: no end of line after "stream"`);
    data = buf.subarray(at + 1, at + 1 + length.value);
    at = skipSpace(buf, at + 1 + length.value);
    if (text(buf, at, at + 9) !== 'endstream') throw new SyntaxProblem(`object ${num}: stream length is wrong`);
    at = skipSpace(buf, at + 9);
  }
  if (text(buf, at, at + 6) !== 'endobj' || at + 6 > end) throw new SyntaxProblem(`object ${num}: no endobj`);
  return { num, start, end, value, data };
}

/** The byte offsets of objects 1 to Size-1 from the cross-reference table at `xref`, and the trailer after it. */
function readTable(buf: Uint8Array, xref: number): { offsets: number[]; trailer: PdfDict; size: number } {
  const head = /^xref\r?\n0 (\d+)\s*?\r?\n/.exec(text(buf, xref, xref + 40));
  if (!head) throw new SyntaxProblem('not a single cross-reference table from object 0');
  const size = Number(head[1]);
  const rows = xref + head[0].length;
  const table = text(buf, rows, rows + size * 20);
  const offsets: number[] = [];
  for (let i = 1; i < size; i++) {
    const row = table.slice(i * 20, i * 20 + 20);
    if (!/^\d{10} 00000 n[ \r][\r\n]$/.test(row)) throw new SyntaxProblem(`object ${i} is not an object in use of generation 0`);
    offsets.push(Number(row.slice(0, 10)));
  }
  const after = skipSpace(buf, rows + size * 20);
  if (text(buf, after, after + 7) !== 'trailer') throw new SyntaxProblem('no trailer after the table');
  const trailer = readValue(buf, after + 7);
  if (trailer.t !== 'dict') throw new SyntaxProblem('the trailer is not a dictionary');
  return { offsets, trailer, size };
}

export class PlainFile {
  /** Object number -> where it is; objects are read when first asked for (most are never needed). */
  private readonly spans = new Map<number, { start: number; end: number }>();
  private readonly read = new Map<number, PlainObject>();
  /** Object numbers in the order the objects are in the file. */
  readonly order: number[];
  readonly root: PdfDict;
  readonly rootNum: number;
  readonly infoNum: number;
  private readonly size: number;
  private readonly firstObject: number;
  /** The file's bytes (a Buffer over them, not a copy). */
  readonly buf: Buffer;

  constructor(bytes: Uint8Array) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.buf = buf;
    if (!/^%PDF-1\.[0-7]$/.test(text(buf, 0, 8))) throw new SyntaxProblem('no PDF header');
    const tail = text(buf, Math.max(0, buf.length - 48), buf.length);
    const found = /startxref\r?\n(\d+)\r?\n%%EOF\r?\n?$/.exec(tail);
    if (!found) throw new SyntaxProblem('no startxref at the end');
    const xref = Number(found[1]);
    const { offsets, trailer, size } = readTable(buf, xref);
    const keys = [...trailer.map.keys()].sort().join();
    const root = trailer.map.get('Root');
    const info = trailer.map.get('Info');
    if (keys !== 'Info,Root,Size' || root?.t !== 'ref' || info?.t !== 'ref') throw new SyntaxProblem('the trailer is not just /Size, /Root and /Info');
    this.size = size;
    this.order = offsets.map((_, i) => i + 1).sort((a, b) => (offsets[a - 1] ?? 0) - (offsets[b - 1] ?? 0));
    this.firstObject = offsets[(this.order[0] ?? 1) - 1] ?? 0;
    if (this.firstObject < 9 || (offsets[(this.order[this.order.length - 1] ?? 1) - 1] ?? 0) >= xref) throw new SyntaxProblem('objects outside the body');
    this.order.forEach((num, i) => {
      const next = this.order[i + 1];
      const start = offsets[num - 1] ?? 0;
      // Each object where the table says (objects never read are copied as they are, so this is all they need).
      const head = `${num} 0 obj`;
      if (text(buf, start, start + head.length) !== head) throw new SyntaxProblem(`object ${num} is not where the table says`);
      this.spans.set(num, { start, end: next === undefined ? xref : (offsets[next - 1] ?? 0) });
    });
    this.rootNum = root.num;
    this.infoNum = info.num;
    const catalog = this.object(root.num)?.value;
    if (catalog?.t !== 'dict') throw new SyntaxProblem('the catalog is not a dictionary');
    this.root = catalog;
  }

  /** Object `num`, read now if it was not yet; undefined if the file has no such object. */
  object(num: number): PlainObject | undefined {
    let obj = this.read.get(num);
    const span = this.spans.get(num);
    if (!obj && span) {
      obj = readObject(this.buf, num, span.start, span.end);
      this.read.set(num, obj);
    }
    return obj;
  }

  /** The objects that are not streams, in file order, whose bytes hold one of `needles` (read, they are checked). */
  containing(...needles: string[]): PlainObject[] {
    const holders = new Set<number>();
    for (const [first, last] of this.plainRuns()) {
      const start = this.spans.get(this.order[first] ?? 0)?.start ?? 0;
      const run = this.buf.subarray(start, this.spans.get(this.order[last] ?? 0)?.end ?? 0);
      for (const needle of needles)
        for (let at = run.indexOf(needle, 0, 'latin1'); at !== -1; at = run.indexOf(needle, at + 1, 'latin1')) holders.add(this.objectAt(start + at));
    }
    return [...holders].sort((a, b) => a - b).flatMap((index) => this.object(this.order[index] ?? 0) ?? []);
  }

  /** Runs of objects next to each other in the file that are not streams, as [first, last] indexes in `order`. */
  private plainRuns(): [number, number][] {
    if (this.runs) return this.runs;
    const runs: [number, number][] = [];
    let first = -1;
    this.order.forEach((num, i) => {
      // A stream's data can be large (fonts) and may hold any bytes: streams are never searched.
      const stream = this.endsStream(this.spans.get(num)?.end ?? 0);
      if (!stream && first < 0) first = i;
      if (stream && first >= 0) {
        runs.push([first, i - 1]);
        first = -1;
      }
    });
    if (first >= 0) runs.push([first, this.order.length - 1]);
    this.runs = runs;
    return runs;
  }

  private runs?: [number, number][];

  /** The index in `order` of the object holding byte `at` (binary search: objects are in file order). */
  private objectAt(at: number): number {
    let lo = 0;
    let hi = this.order.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.spans.get(this.order[mid] ?? 0)?.start ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Whether the object before `end` ends with "endstream endobj" (white space around them). */
  private endsStream(end: number): boolean {
    let i = end;
    while (i > 0 && WHITE.has(this.buf[i - 1] ?? 0)) i--;
    if (text(this.buf, i - 6, i) !== 'endobj') return false;
    i -= 6;
    while (i > 0 && WHITE.has(this.buf[i - 1] ?? 0)) i--;
    return text(this.buf, i - 9, i) === 'endstream';
  }

  /** The value `v`, or the object it refers to. */
  resolve(v: PdfValue | undefined): PdfValue | undefined {
    return v?.t === 'ref' ? this.object(v.num)?.value : v;
  }

  /** The dictionary `v` is or refers to, if it is one. */
  dict(v: PdfValue | undefined): PdfDict | undefined {
    const d = this.resolve(v);
    return d?.t === 'dict' ? d : undefined;
  }

  /**
   * The file again: `body` (the original bytes, or a same-length copy with strings patched) with the objects in
   * `replaced` written anew in their places, the header declaring `version`, a new table and a trailer with `id`.
   */
  write(body: Uint8Array, replaced: Map<number, string>, version: string, id: string): Uint8Array {
    const parts: Uint8Array[] = [Buffer.from(`%PDF-${version}`, 'latin1'), body.subarray(8, this.firstObject)];
    const offsets: number[] = new Array(this.size).fill(0);
    let at = this.firstObject;
    for (const num of this.order) {
      const span = this.spans.get(num) as { start: number; end: number };
      const text = replaced.get(num);
      const bytes = text === undefined ? body.subarray(span.start, span.end) : Buffer.from(`${num} 0 obj\n${text}\nendobj\n`, 'latin1');
      offsets[num] = at;
      parts.push(bytes);
      at += bytes.length;
    }
    const rows = offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`);
    const trailer = `trailer\n<</Size ${this.size}\n/Root ${this.rootNum} 0 R\n/Info ${this.infoNum} 0 R\n/ID [${id} ${id}]>>\nstartxref\n${at}\n%%EOF\n`;
    parts.push(Buffer.from(`xref\n0 ${this.size}\n0000000000 65535 f \n${rows.join('')}${trailer}`, 'latin1'));
    return Buffer.concat(parts);
  }
}
