/**
 * The printed form of an excerpt: the kept stretches of a source as paragraphs and sub-headings, with a mark where
 * the lesson cuts text. One rule for ellipses: our cuts print as "[…]" (bracketed, so a reader can tell them from
 * the author's); an ellipsis the author typed as three periods prints as the single character "…".
 */
import type { QuotedBlock } from '../model/index.js';
import type { NormalizedText } from './paragraphs.js';

export const CUT_MARK = '[…]';

type Range = { from: number; to: number };

/** The paragraph (0-based) that holds `offset` of the flat text. */
function paragraphOf(text: NormalizedText, offset: number): number {
  let lo = 0;
  let hi = text.paragraphStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((text.paragraphStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

interface Draft extends QuotedBlock {
  paragraph: number;
}

/** An author's own "..." as one character; nothing else in the quoted text changes. */
const authorEllipsis = (s: string) => s.replace(/\.\.\./g, '…');

/** The non-empty paragraph pieces of one kept range, each with the paragraph it comes from. */
function segments(text: NormalizedText, r: Range): Draft[] {
  const out: Draft[] = [];
  let offset = r.from;
  for (const raw of text.flat.slice(r.from, r.to).split('\n')) {
    const at = offset + (raw.length - raw.trimStart().length);
    offset += raw.length + 1;
    const seg = raw.trim();
    if (!seg) continue;
    const paragraph = paragraphOf(text, at);
    const start = text.paragraphStarts[paragraph] ?? 0;
    const end = text.paragraphStarts[paragraph + 1] ?? text.flat.length + 1;
    const whole = at === start && at + seg.length === end - 1;
    out.push({ kind: whole && text.headings.has(paragraph) ? 'heading' : 'paragraph', text: seg, paragraph });
  }
  return out;
}

/** Paragraph and sub-heading blocks of the kept ranges, in order, with a cut mark at each gap between them. */
export function quoteBlocks(text: NormalizedText, keep: Range[]): QuotedBlock[] {
  const blocks: Draft[] = [];
  let markNext = false;
  keep.forEach((r, k) => {
    const segs = segments(text, r);
    const last = blocks[blocks.length - 1];
    const first = segs[0];
    if (k > 0 && last && first && last.paragraph === first.paragraph) {
      // A cut inside one paragraph: the mark stands where the words were.
      last.text += ` ${CUT_MARK} ${first.text}`;
      last.kind = 'paragraph';
      segs.shift();
    } else if (k > 0 && last?.kind === 'paragraph') {
      // A cut across a paragraph break (or to the excerpt's end) closes the paragraph before it...
      last.text += ` ${CUT_MARK}`;
    } else if (k > 0 || !first) {
      // ...or, after a heading or at the excerpt's start, opens the next paragraph.
      markNext = true;
    }
    for (const seg of segs) {
      if (markNext && seg.kind === 'paragraph') seg.text = `${CUT_MARK} ${seg.text}`;
      else if (markNext) blocks.push({ kind: 'paragraph', text: CUT_MARK, paragraph: -1 });
      markNext = false;
      blocks.push(seg);
    }
  });
  if (markNext) blocks.push({ kind: 'paragraph', text: CUT_MARK, paragraph: -1 });
  return blocks.map((b) => ({ kind: b.kind, text: authorEllipsis(b.text) }));
}
