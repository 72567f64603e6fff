import type { Diagnostic } from '../errors.js';
import { locate } from '../load/json.js';
import type { Document, Lesson, QuotedBlock, ResolvedExcerpt, ResolvedLesson, Source } from '../model/index.js';
import { distance } from '../validate/suggest.js';
import { type Folded, firstDifference, fold } from './fold.js';
import { type NormalizedText, normalizeSource } from './paragraphs.js';
import { quoteBlocks } from './quote.js';
import { documentReading, lessonReading } from './readability.js';

export { normalizeSource };

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

const cache = new WeakMap<Source, NormalizedText>();
function normalized(source: Source): NormalizedText {
  let n = cache.get(source);
  if (!n) {
    n = normalizeSource(source.text, source.meta.paragraphs ?? 'line', source.meta.headings ?? 'detect');
    cache.set(source, n);
  }
  return n;
}

/** Word starts compared exhaustively; beyond this (a book-length source), only the likeliest places are. */
const EXHAUSTIVE = 4000;

/**
 * Where the passage most like `target` may start, for a long text: every 6-character piece of the target found in
 * the text votes for the start it implies, and the best-voted starts are snapped to word starts. Linear in the text.
 */
function likelyStarts(haystack: string, target: string, starts: number[]): number[] {
  const votes = new Map<number, number>();
  for (let k = 0; k + 6 <= target.length; k += 3) {
    const piece = target.slice(k, k + 6);
    let hits = 0;
    for (let i = haystack.indexOf(piece); i >= 0 && hits < 200; i = haystack.indexOf(piece, i + 1), hits++) votes.set(i - k, (votes.get(i - k) ?? 0) + 1);
  }
  if (votes.size === 0) return starts.filter((_, i) => i % Math.ceil(starts.length / EXHAUSTIVE) === 0);
  const best = [...votes].sort((a, b) => b[1] - a[1]).slice(0, 200);
  const snapped = new Set<number>();
  for (const [at] of best) {
    // The last word start at or before `at` (binary search).
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    snapped.add(starts[lo] ?? 0);
    if (starts[lo + 1] !== undefined) snapped.add(starts[lo + 1] as number);
  }
  return [...snapped].sort((a, b) => a - b);
}

/** The passage of the source most like `needle` (for "not found" messages). */
export function closestPassage(haystack: string, needle: string): string {
  // Compare at most 120 characters: enough to recognise the passage, and keeps each comparison cheap.
  const target = collapse(needle).slice(0, 120);
  const n = target.length;
  let bestD = Number.POSITIVE_INFINITY;
  let starts = [0];
  for (let i = 1; i < haystack.length; i++) if (haystack[i - 1] === ' ') starts.push(i);
  if (starts.length > EXHAUSTIVE) starts = likelyStarts(haystack, target, starts);
  let bestStart = 0;
  for (const s of starts) {
    const d = distance(haystack.slice(s, s + n), target);
    if (d < bestD) {
      bestD = d;
      bestStart = s;
    }
  }
  // Shown to the end of its last word: a passage cut mid-word reads as a typo of its own.
  const wordEnd = haystack.indexOf(' ', bestStart + n - 1);
  return haystack.slice(bestStart, wordEnd < 0 ? haystack.length : Math.max(wordEnd, bestStart + n));
}

type Range = { from: number; to: number };
type Problem = { which: 'start' | 'end'; message: string; hint?: string };

const foldedCache = new WeakMap<NormalizedText, Folded>();
function folded(text: NormalizedText): Folded {
  let f = foldedCache.get(text);
  if (!f) {
    f = fold(text.search);
    foldedCache.set(text, f);
  }
  return f;
}

/** "closest passage" with the first character that differs, so an invisible or look-alike difference can be seen. */
function notFoundHint(scope: string, anchor: string): string {
  const passage = closestPassage(scope, anchor);
  // The first differing character helps only when the passage is nearly what was typed.
  const near = distance(passage.slice(0, anchor.length), anchor) <= Math.max(3, anchor.length / 5);
  const difference = near ? firstDifference(passage, anchor) : undefined;
  return `closest passage: "${passage}"${difference ? `; ${difference}` : ''}`;
}

/** Finds start and end anchors inside `within` (offsets of `text.search`), matching typographic variants alike. */
function findAnchors(text: NormalizedText, start: string, end: string, within: Range): { range?: Range; problem?: Problem } {
  const f = folded(text);
  const s = fold(collapse(start)).text;
  const e = fold(collapse(end)).text;
  const from = f.toFolded[within.from] ?? 0;
  const to = f.toFolded[within.to] ?? f.text.length;
  const i = f.text.indexOf(s, from);
  if (!s || i < 0 || i + s.length > to) {
    const scope = text.search.slice(within.from, within.to);
    return { problem: { which: 'start', message: `text not found verbatim in the source: "${collapse(start)}"`, hint: notFoundHint(scope, collapse(start)) } };
  }
  const again = f.text.indexOf(s, i + 1);
  if (again >= 0 && again + s.length <= to) {
    return { problem: { which: 'start', message: `"${collapse(start)}" occurs more than once in the source`, hint: 'lengthen the anchor until it is unique' } };
  }
  const j = f.text.indexOf(e, i);
  if (!e || j < 0 || j + e.length > to) {
    const before = f.text.lastIndexOf(e, i);
    if (e && before >= from)
      return {
        problem: {
          which: 'end',
          message: `the end anchor "${collapse(end)}" comes before the start anchor in the source`,
          hint: 'the excerpt runs from the start anchor forward: choose an end anchor after it, or swap the two',
        },
      };
    const scope = text.search.slice(f.toOriginal[i] ?? 0, within.to);
    return {
      problem: { which: 'end', message: `text not found verbatim after the start anchor: "${collapse(end)}"`, hint: notFoundHint(scope, collapse(end)) },
    };
  }
  return { range: { from: f.toOriginal[i] ?? 0, to: (f.toOriginal[j + e.length - 1] ?? 0) + 1 } };
}

/** Resolves one document's locator (and cuts) to quoted paragraphs, or reports where it fails. */
export function resolveExcerpt(doc: Document, source: Source): { blocks?: QuotedBlock[]; problems: { pointer: string; message: string; hint?: string }[] } {
  const text = normalized(source);
  let range: Range;
  const loc = doc.locator;
  if ('paragraphs' in loc) {
    const [a, b] = loc.paragraphs as [number, number];
    if (a > b || b > text.paragraphCount) {
      return {
        problems: [
          {
            pointer: '/locator/paragraphs',
            message: `paragraphs ${a}-${b} do not exist: the source has ${text.paragraphCount} paragraphs`,
            hint: 'paragraph numbers are 1-based and inclusive',
          },
        ],
      };
    }
    const from = text.paragraphStarts[a - 1] ?? 0;
    const next = text.paragraphStarts[b];
    range = { from, to: next === undefined ? text.flat.length : next - 1 };
  } else {
    const found = findAnchors(text, loc.start, loc.end, { from: 0, to: text.search.length });
    if (!found.range) {
      const p = found.problem;
      return { problems: p ? [{ pointer: `/locator/${p.which}`, message: p.message, hint: p.hint }] : [] };
    }
    range = found.range;
  }
  const keep: Range[] = [];
  let cursor = range.from;
  const problems: { pointer: string; message: string; hint?: string }[] = [];
  (doc.omit ?? []).forEach((cut, k) => {
    const found = findAnchors(text, cut.start, cut.end, { from: cursor, to: range.to });
    if (!found.range) {
      const p = found.problem;
      // A cut that exists in the source, but not here, lies outside the excerpt or before an earlier cut.
      const elsewhere = findAnchors(text, cut.start, cut.end, { from: 0, to: text.search.length }).range;
      if (elsewhere)
        problems.push({
          pointer: `/omit/${k}`,
          message: `the cut from "${collapse(cut.start)}" to "${collapse(cut.end)}" is in the source but ${elsewhere.from < cursor && elsewhere.from >= range.from ? 'before the end of the previous cut' : 'outside the excerpt'}`,
          hint: 'cuts must lie inside the excerpt, in the order they appear',
        });
      else if (p) problems.push({ pointer: `/omit/${k}/${p.which}`, message: p.message, hint: p.hint });
      return;
    }
    keep.push({ from: cursor, to: found.range.from });
    cursor = found.range.to;
  });
  if (problems.length) return { problems };
  keep.push({ from: cursor, to: range.to });
  return { blocks: quoteBlocks(text, keep), problems };
}

/** Resolves every excerpt of a lesson against the source library. */
export function resolveLesson(lesson: Lesson, sources: Map<string, Source>): { lesson?: ResolvedLesson; errors: Diagnostic[] } {
  const errors: Diagnostic[] = [];
  const excerpts: ResolvedExcerpt[] = [];
  lesson.data.documents.forEach((doc, i) => {
    const base = `/documents/${i}`;
    const source = sources.get(doc.source);
    if (!source) {
      errors.push({
        file: lesson.file,
        ...locate(lesson.json, `${base}/source`),
        pointer: `${base}/source`,
        severity: 'error',
        code: 'excerpt/unknown-source',
        message: `unknown source "${doc.source}"`,
        hint: sources.size ? `known sources: ${[...sources.keys()].join(', ')}` : 'the source library is empty',
      });
      return;
    }
    const { blocks, problems } = resolveExcerpt(doc, source);
    for (const p of problems) {
      const pointer = `${base}${p.pointer}`;
      errors.push({
        file: lesson.file,
        ...locate(lesson.json, pointer),
        pointer,
        severity: 'error',
        code: 'excerpt/not-found',
        message: `${doc.label}: ${p.message}`,
        hint: p.hint ? `${p.hint} (in ${source.textFile})` : undefined,
      });
    }
    if (blocks) {
      const paragraphs = blocks.map((b) => b.text);
      excerpts.push({ ...doc, sourceMeta: source.meta, blocks, paragraphs, ...documentReading(doc, paragraphs) });
    }
  });
  if (errors.length) return { errors };
  const sourceIds = [...new Set(excerpts.map((e) => e.source))];
  return { lesson: { ...lesson, excerpts, sourceIds, reading: lessonReading(lesson.data) }, errors };
}
