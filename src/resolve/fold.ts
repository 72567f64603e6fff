/**
 * Typographic variants folded to one form, for matching anchors only (the excerpt still prints the source's own
 * characters): writers paste from PDFs and web pages, and type straight quotes where the source has curly ones.
 */

/** A folded text and where each of its characters came from. */
export interface Folded {
  text: string;
  /** `toOriginal[k]`: offset in the original of folded character k; one more entry for the end. */
  toOriginal: number[];
  /** `toFolded[o]`: folded offset of original offset o (characters dropped map to the next kept one). */
  toFolded: number[];
}

const QUOTES: Record<string, string> = {
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2033': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '`': "'",
};
const DASH = /[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/;
/** Invisible characters: soft hyphens (PDF hyphenation points) and zero-width spaces and joiners. */
const INVISIBLE = new Set(['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']);
const LETTER = /\p{L}/u;

/** Folds quotes, dashes, "..." and "…", soft hyphens and hyphenated line breaks ("Soviet- backed" ~ "Sovietbacked"). */
export function fold(s: string): Folded {
  const out: string[] = [];
  const toOriginal: number[] = [];
  const toFolded: number[] = new Array(s.length + 1);
  const emit = (c: string, at: number) => {
    out.push(c);
    toOriginal.push(at);
  };
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    toFolded[i] = out.length;
    if (INVISIBLE.has(c)) {
      i++;
    } else if (c === '\u2026') {
      for (const dot of '...') emit(dot, i);
      i++;
    } else if (DASH.test(c)) {
      let j = i + 1;
      while (j < s.length && DASH.test(s[j] as string)) j++;
      const before = out.at(-1) ?? '';
      const after = s[j] ?? '';
      // A hyphen inside a word, or at a line break inside one ("Soviet- backed"), is dropped: "Soviet-backed" and
      // "govern- ment" then match whatever the writer typed for them.
      const broken = after === ' ' && /\p{Ll}/u.test(s[j + 1] ?? '');
      if (LETTER.test(before) && (LETTER.test(after) || broken)) j += broken ? 1 : 0;
      else emit('-', i);
      for (let k = i + 1; k < j; k++) toFolded[k] = out.length;
      i = j;
    } else {
      emit(QUOTES[c] ?? c, i);
      i++;
    }
  }
  toFolded[s.length] = out.length;
  toOriginal.push(s.length);
  return { text: out.join(''), toOriginal, toFolded };
}

const codePoint = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
const show = (c: string | undefined) => (c === undefined ? 'nothing' : c === ' ' ? 'a space' : `"${c}" (${codePoint(c)})`);

/** Where `typed` first differs from `found` (after folding), in words a writer can act on; undefined if they agree. */
export function firstDifference(found: string, typed: string): string | undefined {
  const a = fold(found);
  const b = fold(typed);
  let k = 0;
  while (k < a.text.length && k < b.text.length && a.text[k] === b.text[k]) k++;
  if (k >= b.text.length) return undefined;
  const sourceChar = k < a.text.length ? found[a.toOriginal[k] ?? 0] : undefined;
  const typedChar = typed[b.toOriginal[k] ?? 0];
  return `the source has ${show(sourceChar)} where you wrote ${show(typedChar)}, after "${typed.slice(Math.max(0, (b.toOriginal[k] ?? 0) - 20), b.toOriginal[k])}"`;
}
