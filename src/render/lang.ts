/** Marks runs of another script inside a document's HTML with their language, so CSS and PDF tags treat them as such. */

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;
/** Korean words (Hangul syllables and jamo, with the digits they start with, as in 38선) and the spaces between them. */
const HANGUL_RUN = /[0-9]*[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]+(?:[ \u00A0]+[0-9]*[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]+)*/g;

/**
 * Wraps Korean words in the text of `html` (never inside tags or attributes) in <span lang="ko">, so that a Korean
 * term in an English document breaks between words, not inside them (CSS `:lang(ko)`), and is read as Korean.
 */
export function markKorean(html: string): string {
  // Text of well-formed HTML lies between ">" and "<"; a "<" in text is always escaped as &lt;.
  return html.replace(/>([^<]+)</g, (whole, text: string) =>
    HANGUL.test(text) ? `>${text.replace(HANGUL_RUN, (run) => `<span lang="ko">${run}</span>`)}<` : whole,
  );
}
