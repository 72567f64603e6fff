/**
 * A source text as paragraphs. The text file stays verbatim; only its line breaks are interpreted, by the rule its
 * metadata names: "line" (each non-empty line is a paragraph), "blank-line" (blocks separated by blank lines, their
 * lines joined) or "wrapped" (hard-wrapped lines, e.g. copied from a PDF, where blank lines carry no meaning: lines
 * are joined and a paragraph ends where a line stops short at the end of a sentence).
 */
export type ParagraphRule = 'line' | 'blank-line' | 'wrapped';

/**
 * A source's text as paragraphs with whitespace collapsed. `flat` joins them with "\n" so offsets are shared
 * with `search`, the same text with "\n" as a space, where anchors are looked up.
 */
export interface NormalizedText {
  flat: string;
  search: string;
  paragraphCount: number;
  paragraphStarts: number[];
  /** Indexes (0-based) of the paragraphs that are the source's own sub-headings. */
  headings: Set<number>;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?:;…]["'”’)\]]*$/;
/** A line or paragraph that opens like a heading or a sentence (not a continuation in lower case). */
const OPENS = /^["'“‘]?[\p{Lu}\p{N}]/u;

/** Paragraphs of a hard-wrapped text: lines joined, a paragraph ending where a line stops short. */
function reflow(text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map(collapse)
    .filter((l) => l.length > 0);
  if (lines.length === 0) return [];
  // The wrap width: most lines of a wrapped text run almost to it (the 90th percentile ignores a long caption).
  const sorted = lines.map((l) => l.length).sort((a, b) => a - b);
  const width = sorted[Math.floor((sorted.length - 1) * 0.9)] ?? 0;
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    // A word broken at a hyphen ("Soviet-" / "backed") joins without a space.
    current = current === '' ? line : /\p{L}-$/u.test(current) && /^\p{L}/u.test(line) ? current + line : `${current} ${line}`;
    const next = lines[i + 1];
    if (next === undefined || endsParagraph(line, next, width)) {
      paragraphs.push(current);
      current = '';
    }
  });
  return paragraphs;
}

/** Whether a wrapped line ends its paragraph: it stops well short of the wrap width and the next line opens anew. */
function endsParagraph(line: string, next: string, width: number): boolean {
  if (!OPENS.test(next)) return false;
  // A short line without closing punctuation is a heading (or a title's last line); one with it ends a paragraph.
  if (line.length < width * 0.7) return true;
  return SENTENCE_END.test(line) && line.length <= width * 0.85;
}

/** Whether a paragraph reads as a sub-heading: short, opening with a capital, and not a sentence. */
export function looksLikeHeading(p: string): boolean {
  const words = p.split(' ').length;
  return p.length <= 80 && words <= 12 && OPENS.test(p) && !SENTENCE_END.test(p) && !/[,]$/.test(p);
}

/** Splits a source into paragraphs by its rule, and finds its sub-headings (unless `headings` is "none"). */
export function normalizeSource(text: string, rule: ParagraphRule = 'line', headings: 'detect' | 'none' = 'detect'): NormalizedText {
  const raw = rule === 'wrapped' ? reflow(text) : rule === 'line' ? text.split(/\r?\n/) : text.split(/\r?\n[ \t]*\r?\n/);
  const paragraphs = raw.map(collapse).filter((p) => p.length > 0);
  const paragraphStarts: number[] = [];
  const found = new Set<number>();
  let offset = 0;
  paragraphs.forEach((p, i) => {
    paragraphStarts.push(offset);
    offset += p.length + 1;
    // A heading introduces something: the last paragraph is never one.
    if (headings === 'detect' && i < paragraphs.length - 1 && looksLikeHeading(p)) found.add(i);
  });
  const flat = paragraphs.join('\n');
  return { flat, search: flat.replace(/\n/g, ' '), paragraphCount: paragraphs.length, paragraphStarts, headings: found };
}
