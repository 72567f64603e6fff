import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Diagnostic } from '../errors.js';
import type { JsonDocument } from '../model/index.js';

export type { JsonDocument } from '../model/index.js';

const PARSE_HINTS: Record<string, string> = {
  PropertyNameExpected: 'a trailing comma before } is not allowed in JSON; remove it',
  ValueExpected: 'a value is missing here (trailing comma before ] or a missing value after a colon?)',
  CommaExpected: 'add a comma between the two entries, or close the list or object that is still open',
  ColonExpected: 'add a colon between the property name and its value',
  UnexpectedEndOfString: 'a string is not closed: add the missing "',
  CloseBraceExpected: 'an object is not closed: add }',
  CloseBracketExpected: 'an array is not closed: add ]',
  InvalidSymbol: 'JSON allows only double-quoted strings (property names too), numbers, true, false, null, objects and arrays',
  InvalidCommentToken: 'comments are not allowed in JSON',
  InvalidEscapeCharacter: 'inside a string, a backslash must start an escape such as \\n or \\"; write \\\\ for a backslash',
  InvalidCharacter: 'control characters (such as a raw tab or newline) must be escaped inside strings',
};

/** Converts a character offset to 1-based line and column. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** A two-line-context code frame with a caret under the column (no caret when the column is unknown). */
export function codeFrame(text: string, line: number, column?: number): string {
  const lines = text.split('\n');
  const from = Math.max(1, line - 2);
  const to = Math.min(lines.length, line + 1);
  const width = String(to).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    const src = (lines[n - 1] ?? '').replace(/\r$/, '').replace(/\t/g, ' ');
    const shown = src.length > 160 ? `${src.slice(0, 157)}...` : src;
    out.push(`${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${shown}`);
    if (n === line && column !== undefined) out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, Math.min(column - 1, 160)))}^`);
  }
  return out.join('\n');
}

/** Decodes bytes as strict UTF-8; returns a diagnostic pointing at the first bad byte otherwise. */
export function decodeUtf8(file: string, bytes: Uint8Array): { text: string } | { error: Diagnostic } {
  try {
    // ignoreBOM keeps a byte order mark in the text: the JSON parser reads past it, the source loader strips it.
    // NFC: a decomposed accent ("o" + U+0306) and its composed form are one character to readers, fonts and anchors.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes).normalize('NFC') };
  } catch {
    // One lenient decode, then walk its replacement characters: the first whose bytes are not a literal
    // U+FFFD (EF BF BD) is the first bad byte. Linear, so a big file with a late bad byte stays fast.
    const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    let at = 0;
    let offset = 0;
    for (let i = lenient.indexOf('\uFFFD'); i >= 0; i = lenient.indexOf('\uFFFD', i + 1)) {
      offset += Buffer.byteLength(lenient.slice(at, i));
      at = i;
      if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) break;
    }
    const prefix = lenient.slice(0, at);
    const { line, column } = lineColumn(prefix, prefix.length);
    return {
      error: {
        file,
        line,
        column,
        severity: 'error',
        code: 'json/encoding',
        message: `the file is not valid UTF-8 (byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} at offset ${offset})`,
        hint: 'save the file as UTF-8 (in VS Code: "Save with Encoding" > UTF-8)',
      },
    };
  }
}

/** Deepest nesting a lesson needs is about 10 levels; far deeper input is a mistake or an attack on the parser's stack. */
export const MAX_DEPTH = 64;

/** Offset of the first `{` or `[` nested deeper than `max`, outside strings; -1 if none. Linear, no recursion. */
function tooDeepAt(text: string, max: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}

/** Parses strict JSON, returning every syntax problem with line, column, frame and hint. */
export function parseJson(file: string, text: string): { doc: JsonDocument; errors: Diagnostic[] } {
  const errors: Diagnostic[] = [];
  // A byte order mark is invisible in editors and harmless: read past it (columns then match what editors show).
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    errors.push({
      file,
      line: 1,
      column: 1,
      severity: 'error',
      code: 'json/empty',
      message: 'the file is empty',
      hint: 'a lesson file is one JSON object; run `lessonpack new <id>` for a starting point',
    });
    return { doc: { file, text, value: undefined, tree: undefined }, errors };
  }
  const deep = tooDeepAt(text, MAX_DEPTH);
  if (deep >= 0) {
    const { line, column } = lineColumn(text, deep);
    errors.push({
      file,
      line,
      column,
      severity: 'error',
      code: 'json/too-deep',
      message: `values are nested more than ${MAX_DEPTH} levels deep`,
      hint: 'a lesson needs about 10 levels; check for a generated or pasted structure',
      frame: codeFrame(text, line, column),
    });
    return { doc: { file, text, value: undefined, tree: undefined }, errors };
  }
  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // After the first syntax error the parser is guessing, and what it reports next is mostly an echo of the first
  // (a missing quote makes every later line look wrong): report the first, like JSON.parse and editors do.
  const first = parseErrors[0];
  if (first) {
    const name = printParseErrorCode(first.error);
    const { line, column } = lineColumn(text, first.offset);
    errors.push({
      file,
      line,
      column,
      severity: 'error',
      code: `json/syntax`,
      message: `invalid JSON: ${name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`,
      hint: name === 'PropertyNameExpected' && text[first.offset] !== '}' ? 'property names must be in double quotes' : PARSE_HINTS[name],
      frame: codeFrame(text, line, column),
    });
  }
  if (!errors.length && tree) errors.push(...duplicateKeys(file, text, tree));
  if (errors.length > 0) return { doc: { file, text, value: undefined, tree }, errors };
  return { doc: { file, text, value: JSON.parse(text) as unknown, tree }, errors };
}

/** Keys given twice in one object: JSON.parse keeps the last silently, so the author's first value would vanish. */
function duplicateKeys(file: string, text: string, tree: Node): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Iterative: nesting is already bounded, but a wide file must not cost recursion either.
  const stack: Node[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const child of node.children ?? []) if (child.children) stack.push(child);
    if (node.type !== 'object') continue;
    const seen = new Map<string, number>();
    for (const child of node.children ?? []) {
      const key = child.children?.[0];
      if (!key || typeof key.value !== 'string') continue;
      const first = seen.get(key.value);
      // Locating costs a scan of the text: a generated file with thousands of repeats gets the first few.
      if (first !== undefined && out.length >= 20) break;
      if (first === undefined) {
        seen.set(key.value, key.offset);
        continue;
      }
      const { line, column } = lineColumn(text, key.offset);
      out.push({
        file,
        line,
        column,
        severity: 'error',
        code: 'json/duplicate-key',
        message: `duplicate key ${JSON.stringify(key.value)} (the first is on line ${lineColumn(text, first).line})`,
        hint: 'JSON keeps only the last value of a key: delete one of them',
        frame: codeFrame(text, line, column),
      });
    }
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Splits a JSON pointer into its segments. */
export function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Builds a JSON pointer from segments. */
export function toPointer(segments: (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/**
 * Locates a JSON pointer in the document: the value's position, or for a missing property the
 * enclosing object. `key` points at the property name instead of its value.
 */
export function locate(doc: JsonDocument, pointer: string, opts: { key?: boolean } = {}): { line: number; column: number; frame: string } {
  const segments = pointerSegments(pointer);
  let node: Node | undefined;
  for (let n = segments.length; n >= 0 && !node; n--) {
    node = doc.tree ? findNodeAtLocation(doc.tree, segments.slice(0, n)) : undefined;
    if (node && n < segments.length) opts = {};
  }
  let offset = node?.offset ?? 0;
  if (opts.key && node?.parent?.type === 'property' && node.parent.children?.[0]) offset = node.parent.children[0].offset;
  const { line, column } = lineColumn(doc.text, offset);
  return { line, column, frame: codeFrame(doc.text, line, column) };
}
