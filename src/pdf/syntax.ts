/**
 * A small reader of PDF object syntax (ISO 32000-1, 7.2-7.3) over the bytes of a file: values with the byte range
 * they came from, so that an object can be rewritten keeping every entry it does not change byte for byte. Used
 * where parsing a whole file with pdf-lib would cost more than the few objects needed (src/pdf/direct.ts).
 */

export type PdfValue = (
  | { t: 'dict'; map: Map<string, PdfValue> }
  | { t: 'array'; items: PdfValue[] }
  | { t: 'name'; name: string }
  /** `bytes` decoded (escapes undone, hex digits read). */
  | { t: 'string'; bytes: Uint8Array }
  | { t: 'number'; value: number }
  | { t: 'ref'; num: number; gen: number }
  /** true, false, null and any other bare word. */
  | { t: 'keyword'; word: string }
) & { start: number; end: number };

/** Thrown for bytes that are not the syntax this reader knows: callers fall back to a full parser. */
export class SyntaxProblem extends Error {}

const WHITE = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WHITE[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;
const c = (s: string) => s.charCodeAt(0);
const [LPAREN, RPAREN, LT, GT, LBRACKET, RBRACKET, SLASH, PERCENT, BACKSLASH] = ['(', ')', '<', '>', '[', ']', '/', '%', '\\'].map(c);
const R = c('R');
const hexValue = (b: number) => (b >= 48 && b <= 57 ? b - 48 : b >= 65 && b <= 70 ? b - 55 : b >= 97 && b <= 102 ? b - 87 : -1);
const ESCAPES: Record<number, number> = { [c('n')]: 10, [c('r')]: 13, [c('t')]: 9, [c('b')]: 8, [c('f')]: 12 };

/** The position of the first byte at or after `at` that is neither white space nor in a comment. */
export function skipSpace(buf: Uint8Array, at: number): number {
  let i = at;
  for (;;) {
    while (WHITE[buf[i] ?? 0] && i < buf.length) i++;
    if (buf[i] !== PERCENT) return i;
    while (i < buf.length && buf[i] !== 10 && buf[i] !== 13) i++;
  }
}

/** The end of a regular token (a name's or a number's or a keyword's characters) starting at `at`. */
function tokenEnd(buf: Uint8Array, at: number): number {
  let i = at;
  while (i < buf.length && !WHITE[buf[i] ?? 0] && !DELIM[buf[i] ?? 0]) i++;
  return i;
}

/** Bytes as text, one character per byte (Buffer's own slice is the cheapest way to make a short string). */
export function latin1(buf: Uint8Array, start: number, end: number): string {
  return buf instanceof Buffer ? buf.toString('latin1', start, end) : Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('latin1');
}

function readName(buf: Uint8Array, at: number): PdfValue {
  const end = tokenEnd(buf, at + 1);
  let name = latin1(buf, at + 1, end);
  if (name.includes('#')) name = name.replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
  return { t: 'name', name, start: at, end };
}

function readLiteral(buf: Uint8Array, at: number): PdfValue {
  const out: number[] = [];
  let depth = 1;
  let i = at + 1;
  while (i < buf.length) {
    const b = buf[i++] ?? 0;
    if (b === BACKSLASH) {
      const e = buf[i++] ?? 0;
      if (ESCAPES[e] !== undefined) out.push(ESCAPES[e]);
      else if (e >= 48 && e <= 55) {
        let v = e - 48;
        for (let k = 0; k < 2 && (buf[i] ?? 0) >= 48 && (buf[i] ?? 0) <= 55; k++) v = v * 8 + ((buf[i++] ?? 0) - 48);
        out.push(v & 255);
      } else if (e === 13) {
        if (buf[i] === 10) i++;
      } else if (e !== 10) out.push(e);
      continue;
    }
    if (b === LPAREN) depth++;
    else if (b === RPAREN && --depth === 0) return { t: 'string', bytes: Uint8Array.from(out), start: at, end: i };
    out.push(b);
  }
  throw new SyntaxProblem('unterminated string');
}

function readHex(buf: Uint8Array, at: number): PdfValue {
  const out: number[] = [];
  let high = -1;
  let i = at + 1;
  for (; i < buf.length && buf[i] !== GT; i++) {
    const v = hexValue(buf[i] ?? 0);
    if (v < 0) {
      if (WHITE[buf[i] ?? 0]) continue;
      throw new SyntaxProblem('bad hex string');
    }
    if (high < 0) high = v;
    else {
      out.push(high * 16 + v);
      high = -1;
    }
  }
  if (high >= 0) out.push(high * 16);
  if (i >= buf.length) throw new SyntaxProblem('unterminated hex string');
  return { t: 'string', bytes: Uint8Array.from(out), start: at, end: i + 1 };
}

/** The unsigned integer in buf[start, end), or -1 if those bytes are not one. */
function integer(buf: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = (buf[i] ?? 0) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** A number, a reference ("12 0 R") or a keyword at `at`. */
function readWord(buf: Uint8Array, at: number): PdfValue {
  const end = tokenEnd(buf, at);
  if (end === at) throw new SyntaxProblem(`unexpected byte ${buf[at]} at ${at}`);
  const num = integer(buf, at, end);
  if (num >= 0) {
    // "num gen R": two unsigned integers and R.
    const g = skipSpace(buf, end);
    const gEnd = tokenEnd(buf, g);
    const gen = integer(buf, g, gEnd);
    if (gen >= 0) {
      const r = skipSpace(buf, gEnd);
      if (buf[r] === R && tokenEnd(buf, r) === r + 1) return { t: 'ref', num, gen, start: at, end: r + 1 };
    }
    return { t: 'number', value: num, start: at, end };
  }
  const word = latin1(buf, at, end);
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return { t: 'keyword', word, start: at, end };
  return { t: 'number', value: Number(word), start: at, end };
}

/** Reads the value that starts at or after `at` (white space and comments first are skipped). */
export function readValue(buf: Uint8Array, at: number, depth = 0): PdfValue {
  if (depth > 100) throw new SyntaxProblem('nested too deeply');
  const i = skipSpace(buf, at);
  const b = buf[i];
  if (b === SLASH) return readName(buf, i);
  if (b === LPAREN) return readLiteral(buf, i);
  if (b === LBRACKET) {
    const items: PdfValue[] = [];
    let j = skipSpace(buf, i + 1);
    while (buf[j] !== RBRACKET) {
      if (j >= buf.length) throw new SyntaxProblem('unterminated array');
      const item = readValue(buf, j, depth + 1);
      items.push(item);
      j = skipSpace(buf, item.end);
    }
    return { t: 'array', items, start: i, end: j + 1 };
  }
  if (b === LT && buf[i + 1] === LT) {
    const map = new Map<string, PdfValue>();
    let j = skipSpace(buf, i + 2);
    while (!(buf[j] === GT && buf[j + 1] === GT)) {
      if (buf[j] !== SLASH) throw new SyntaxProblem(`dictionary key expected at ${j}`);
      const key = readName(buf, j);
      const value = readValue(buf, key.end, depth + 1);
      if (key.t === 'name') map.set(key.name, value);
      j = skipSpace(buf, value.end);
    }
    return { t: 'dict', map, start: i, end: j + 2 };
  }
  if (b === LT) return readHex(buf, i);
  return readWord(buf, i);
}

/** The bytes a value was read from, as text (latin1: one character per byte, so writing it back is exact). */
export const sourceOf = (buf: Uint8Array, v: PdfValue) => latin1(buf, v.start, v.end);

/** A name as PDF writes it: characters outside the regular printable ones as #xx. */
export const writeName = (name: string) => `/${name.replace(/[^!-~]|[#()<>[\]{}/%]/g, (ch) => `#${ch.charCodeAt(0).toString(16).padStart(2, '0')}`)}`;

/** A dictionary written back with some entries set (text in PDF syntax) or removed (undefined); the rest as they were. */
export function writeDict(buf: Uint8Array, dict: PdfValue & { t: 'dict' }, changes: Record<string, string | undefined>): string {
  const parts: string[] = [];
  for (const [key, value] of dict.map) if (!(key in changes)) parts.push(`${writeName(key)} ${sourceOf(buf, value)}`);
  for (const [key, text] of Object.entries(changes)) if (text !== undefined) parts.push(`${writeName(key)} ${text}`);
  return `<<${parts.join('\n')}>>`;
}
