/**
 * Characters the bundled fonts cannot draw, control characters and right-to-left scripts, found at validate time with
 * their exact place: a build would otherwise fail late, or print an empty box.
 */
import type { Node } from 'jsonc-parser';
import type { Diagnostic } from '../errors.js';
import { covers, type Ranges } from '../fonts/cmap.js';
import { codeFrame, type JsonDocument, lineColumn } from '../load/json.js';

/** Characters printed as they are everywhere: checking them against the fonts would only cost time. */
const PLAIN = /^[\t\n\r\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2026]*$/;
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/u;
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
/** Most problems reported per file: a pasted script in a long text would otherwise print hundreds. */
const MAX_PER_FILE = 20;

const codePoint = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

function problemWith(c: string): { code: string; message: string; hint: string } | undefined {
  const named = `${CONTROL.test(c) ? '' : `"${c}" `}(${codePoint(c)})`;
  if (CONTROL.test(c))
    return {
      code: 'text/control-character',
      message: `control character ${named} in the text`,
      hint: 'delete it: it prints nothing and may come from a copy-paste (a line break in JSON is written \\n)',
    };
  if (RIGHT_TO_LEFT.test(c))
    return {
      code: 'text/right-to-left',
      message: `right-to-left character ${named}: Arabic and Hebrew text is not supported yet`,
      hint: 'lessonpack lays out left-to-right scripts only (see docs/authoring.md, "Languages"); transliterate the word',
    };
  return {
    code: 'text/unsupported-character',
    message: `no bundled font can draw ${named}`,
    hint: 'use another character (e.g. "->" for an arrow, "1/3" for a fraction), or add a font that has it with "fonts" in lessonpack.config.json',
  };
}

/** Offset in the raw JSON of character `index` of the string whose token starts at `tokenOffset` (escapes counted). */
function rawOffset(text: string, tokenOffset: number, index: number): number {
  let raw = tokenOffset + 1;
  for (let decoded = 0; decoded < index; decoded++) {
    if (text[raw] !== '\\') raw++;
    else raw += text[raw + 1] === 'u' ? 6 : 2;
  }
  return raw;
}

/** Problems in one text, each with the UTF-16 index of its first occurrence. */
function scan(value: string, coverageOf: () => Ranges): { index: number; char: string }[] {
  if (PLAIN.test(value) && !CONTROL.test(value)) return [];
  const coverage = coverageOf();
  const seen = new Set<string>();
  const found: { index: number; char: string }[] = [];
  let index = 0;
  for (const c of value) {
    const bad = CONTROL.test(c) || RIGHT_TO_LEFT.test(c) || (c !== '\n' && c !== '\t' && c !== '\r' && !covers(coverage, c.codePointAt(0) ?? 0));
    // One message per script for right-to-left text, one per character otherwise.
    const key = RIGHT_TO_LEFT.test(c) ? 'rtl' : c;
    if (bad && !seen.has(key)) {
      seen.add(key);
      found.push({ index, char: c });
    }
    index += c.length;
  }
  return found;
}

function* stringNodes(node: Node | undefined, path: (string | number)[] = []): Generator<{ node: Node; path: (string | number)[] }> {
  if (!node) return;
  if (node.type === 'string') yield { node, path };
  else if (node.type === 'array') for (const [i, child] of (node.children ?? []).entries()) yield* stringNodes(child, [...path, i]);
  else if (node.type === 'object')
    for (const prop of node.children ?? []) {
      const [key, value] = prop.children ?? [];
      if (key && typeof key.value === 'string' && key.value !== '$schema') yield* stringNodes(value, [...path, key.value]);
    }
}

const pointerOf = (path: (string | number)[]) => path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** Every string value of a JSON file (lesson, unit) checked, located at the character itself. */
export function checkJsonCharacters(doc: JsonDocument, coverage: () => Ranges): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { node, path } of stringNodes(doc.tree)) {
    for (const { index, char } of scan(String(node.value), coverage)) {
      const problem = problemWith(char);
      if (!problem || out.length >= MAX_PER_FILE) continue;
      const { line, column } = lineColumn(doc.text, rawOffset(doc.text, node.offset, index));
      out.push({ file: doc.file, line, column, pointer: pointerOf(path), frame: codeFrame(doc.text, line, column), severity: 'error', ...problem });
    }
  }
  return out;
}

/** A quoted excerpt's characters, located in the source's text file (where the writer can see them). */
export function checkTextCharacters(file: string, text: string, quoted: string, coverage: () => Ranges, quotedBy: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { char } of scan(quoted, coverage).slice(0, MAX_PER_FILE)) {
    const problem = problemWith(char);
    if (!problem) continue;
    const { line, column } = lineColumn(text, Math.max(0, text.indexOf(char)));
    out.push({
      file,
      line,
      column,
      frame: codeFrame(text, line, column),
      severity: 'error',
      ...problem,
      message: `${problem.message} (quoted by ${quotedBy})`,
    });
  }
  return out;
}
