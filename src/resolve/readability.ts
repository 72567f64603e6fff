/**
 * How hard a text is to read: the Flesch-Kincaid grade level (Kincaid et al., 1975), from the counts of words,
 * sentences and syllables. The formula is the `flesch-kincaid` package, syllables come from `syllable`; splitting a
 * text into words and sentences is ours, tuned for history texts (initials, "U.S.", "Gen.", dates). Pure: no I/O.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { marked, type Token, type Tokens } from 'marked';
import { syllable } from 'syllable';
import type { Document, LessonFile, LessonReading, ReadingLevel } from '../model/index.js';

/** Abbreviations whose period does not end a sentence (lower case, without the period); "U.S." and "p.m." are initials. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jr sr gen lt col maj capt sgt adm cmdr pres gov sen rep rev prof no nos vol pp ca approx etc vs jan feb mar apr aug sept sep oct nov dec'.split(
    ' ',
  ),
);

/** Letters or digits, possibly joined by apostrophes, periods or hyphens: "North's", "U.S", "38th", "Il-sung". */
const WORD = /[\p{L}\p{N}]+(?:['’.\-‐–][\p{L}\p{N}]+)*/u;

/** Whether a whitespace-separated token ends its sentence, given the token after it. */
function endsSentence(token: string, next: string | undefined): boolean {
  const bare = token.replace(/["'’”)\]]+$/u, '');
  if (!/[.!?]$/.test(bare)) return false;
  // A lower-case word after the stop means it was not one ("5 p.m. the next day").
  if (next && /^["'‘“(]?\p{Ll}/u.test(next)) return false;
  if (!bare.endsWith('.')) return true;
  const word = bare.slice(0, -1).replace(/^["'‘“(]+/u, '');
  // Initials and letter abbreviations: "Harry S. Truman", "U.S.", "U.N."
  if (/^(\p{L}\.)*\p{L}$/u.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** Words already counted: lessons quote the same sources, and most words recur (counting one costs microseconds). */
const counted = new Map<string, number>();

/** Syllables of one word; a number counts as one word of at least one syllable. */
function syllablesOf(word: string): number {
  let n = counted.get(word);
  if (n === undefined) {
    n = Math.max(1, syllable(word));
    // Bounded: a long-running process (watch, preview) reads many texts.
    if (counted.size > 200_000) counted.clear();
    counted.set(word, n);
  }
  return n;
}

/**
 * Measures plain text. Line breaks end sentences (a heading, a list item, a table cell), so do ".", "!" and "?"
 * unless the word is an abbreviation or the next word starts in lower case. Tokens without a letter or digit
 * ("[…]", "—") are not words.
 */
export function readingLevel(text: string): ReadingLevel {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const line of text.split('\n')) {
    const tokens = line.split(/\s+/).filter((t) => WORD.test(t));
    let open = false;
    tokens.forEach((token, i) => {
      for (const w of token.match(new RegExp(WORD.source, 'gu')) ?? []) {
        words++;
        syllables += syllablesOf(w);
      }
      open = true;
      if (endsSentence(token, tokens[i + 1])) {
        sentences++;
        open = false;
      }
    });
    if (open) sentences++;
  }
  const grade = words ? Math.round(fleschKincaid({ word: words, sentence: sentences, syllable: syllables }) * 10) / 10 : undefined;
  return { words, sentences, syllables, grade };
}

const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'code', 'hr', 'space', 'br']);

/** The words of Markdown as a reader sees them: markers dropped, one block (paragraph, item, cell) per line. */
export function markdownText(markdown: string): string {
  const text = (tokens: Token[]): string =>
    tokens
      .map((t) => {
        if (t.type === 'list') return (t as Tokens.List).items.map((item) => `${text(item.tokens)}\n`).join('');
        if (t.type === 'table') {
          const table = t as Tokens.Table;
          return [table.header, ...table.rows].flatMap((row) => row.map((cell) => `${text(cell.tokens)}\n`)).join('');
        }
        // Raw HTML is removed when printed, and an image prints nothing: neither is read.
        if (t.type === 'html' || t.type === 'image') return '';
        const inner = 'tokens' in t && t.tokens ? text(t.tokens) : 'text' in t ? String(t.text) : '';
        return BLOCKS.has(t.type) ? `${inner}\n` : inner;
      })
      .join('');
  return text(marked.lexer(markdown, { gfm: true }));
}

/** The reading level of Markdown text (a background, an adapted document, a question prompt). */
export function markdownReadingLevel(markdown: string): ReadingLevel {
  return readingLevel(markdownText(markdown));
}

/** What students read of a document: the adapted version if there is one, else the quoted paragraphs. */
export function documentReading(doc: Document, paragraphs: string[]): { reading: ReadingLevel; original: ReadingLevel } {
  const original = readingLevel(paragraphs.join('\n'));
  return { reading: doc.adapted ? markdownReadingLevel(doc.adapted.text) : original, original };
}

/** The reading levels of a lesson's background and question prompts. */
export function lessonReading(lesson: LessonFile): LessonReading {
  const questions = lesson.sections.flatMap((s) => s.questions);
  return {
    background: markdownReadingLevel(lesson.background.body),
    prompts: markdownReadingLevel(questions.map((q) => q.prompt).join('\n\n')),
    questions: Object.fromEntries(questions.map((q) => [q.id, markdownReadingLevel(q.prompt)])),
  };
}
