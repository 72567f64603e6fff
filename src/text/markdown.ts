import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { ellipses } from './typography.js';

// Lesson text is untrusted: marked passes raw HTML through, so everything it produces goes through an allowlist.
// Links keep their text but lose their target (a printed page cannot follow them, and no URL may reach the PDF's
// annotations); images are not allowed in lesson text.
const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'b',
    'i',
    'ul',
    'ol',
    'li',
    'blockquote',
    'code',
    'sup',
    'sub',
    'span',
    'h3',
    'h4',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {},
  allowedSchemes: [],
  disallowedTagsMode: 'discard',
  // Unknown tags are dropped, their text kept, except for these whose content must not print.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'title', 'head'],
  exclusiveFilter: (frame) => frame.tag === 'img',
};

const marked = new Marked({ gfm: true, breaks: false, async: false });

/** Markdown block text to sanitized HTML. */
export function markdownBlock(text: string): string {
  return sanitizeHtml(marked.parse(ellipses(text)) as string, ALLOWED);
}

/** Markdown inline text (no surrounding <p>) to sanitized HTML. */
export function markdownInline(text: string): string {
  return sanitizeHtml(marked.parseInline(ellipses(text)) as string, ALLOWED);
}

/** Plain text for PDF metadata and outlines: markdown markers and tags removed. */
export function plainText(text: string): string {
  return sanitizeHtml(marked.parseInline(text) as string, { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}
