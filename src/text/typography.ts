/** Small typographic rules applied to text before it is printed. None of them changes a word. */

const NBSP = '\u00a0';
/** How many words end a paragraph together, so its last line is never one or two words alone. */
const LAST_WORDS = 3;
/** Longest run of bound words: longer, and the bound run could not fit a narrow column. */
const MAX_BOUND = 28;

const isWord = (token: string) => /[\p{L}\p{N}]/u.test(token);

/**
 * Joins a paragraph's last three words (and any mark after them, such as "[…]") with no-break spaces, so the
 * last line always holds at least three words. CSS `text-wrap: pretty` only prevents a single-word last line.
 */
export function bindLastWords(text: string): string {
  const tokens = text.split(' ');
  let words = 0;
  let from = tokens.length;
  while (from > 0 && words < LAST_WORDS) {
    from--;
    if (isWord(tokens[from] ?? '')) words++;
  }
  if (words < LAST_WORDS || from === 0) return text;
  const tail = tokens.slice(from).join(' ');
  if (tail.length > MAX_BOUND) return text;
  return `${tokens.slice(0, from).join(' ')} ${tokens.slice(from).join(NBSP)}`;
}

/** `bindLastWords` for each paragraph of sanitized HTML, where the last words are plain text (no markup). */
export function bindLastWordsHtml(html: string): string {
  return html.replace(/([^<>]*)<\/p>/g, (_, text: string) => `${bindLastWords(text)}</p>`);
}

/**
 * One mark for a cut: an author who writes "[...]" or "[ … ]" in lesson text (an adapted version, a headnote) gets
 * "[…]", as excerpts print their cuts. Unbracketed dots in our own prose are left as written.
 */
export function ellipses(text: string): string {
  return text.replace(/\[\s*(?:\.\s?){3}\s*\]|\[\s*…\s*\]/g, '[…]');
}
