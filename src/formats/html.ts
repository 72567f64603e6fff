/**
 * The accessible web edition: one self-contained HTML file per student document. The body comes from the same
 * templates as the PDF; styles and fonts are inlined (fonts as data: URIs, only the subsets the page's text uses),
 * and a Content-Security-Policy forbids scripts and every network request. Pure: inputs in, HTML string out.
 */
import { decodeEntities } from './richtext.js';

export interface WebPageInput {
  lang: string;
  title: string;
  /** Classes for <html> and <body> (variant and document kind, as the print layout sets them). */
  htmlClass: string;
  bodyClass: string;
  /** The rendered document body (templates output). */
  body: string;
  /** Stylesheets' text, in order. */
  css: string[];
  /** @font-face rules whose url()s name assets (see AssetMap). */
  fontFaceCss: string;
  /** The families the text is set in (body, headings, code): fallback families load only for what these lack. */
  textFamilies: string[];
  /** The bytes of an asset, by the URL a rule names; undefined drops the rule. */
  asset: (url: string) => Uint8Array | undefined;
}

const MIME: Record<string, string> = { woff2: 'font/woff2', woff: 'font/woff', ttf: 'font/ttf', otf: 'font/otf' };

/** The characters of the page's text (tags removed, entities decoded). */
function pageCharacters(html: string): Set<number> {
  const text = decodeEntities(html.replace(/<[^>]*>/g, ' '));
  return new Set([...text].map((c) => c.codePointAt(0) ?? 0));
}

type Range = [number, number];

/** The ranges of a unicode-range descriptor (e.g. "U+0000-00FF, U+0131, U+4??"). */
export function parseRange(range: string): Range[] {
  return range.split(',').flatMap((part): Range[] => {
    const m = /U\+([0-9A-F?]+)(?:-([0-9A-F]+))?/i.exec(part.trim());
    if (!m?.[1]) return [];
    const lo = Number.parseInt(m[1].replace(/\?/g, '0'), 16);
    return [[lo, m[2] ? Number.parseInt(m[2], 16) : Number.parseInt(m[1].replace(/\?/g, 'F'), 16)]];
  });
}

const inRanges = (c: number, ranges: Range[]) => ranges.some(([lo, hi]) => c >= lo && c <= hi);
/** A face without a unicode-range is taken to draw Latin (it is one of the variant's text fonts). */
const LATIN: Range[] = [[0, 0x24f]];

interface FaceRule {
  rule: string;
  family: string;
  ranges: Range[];
}

/**
 * @font-face rules with their files as data: URIs, keeping only the faces a browser would load for this page: the
 * text families' subsets the page uses, and fallback families (Korean, symbols) only for characters the text
 * families do not cover.
 */
export function inlineFonts(fontFaceCss: string, chars: Set<number>, asset: WebPageInput['asset'], textFamilies: string[]): string {
  const lines = fontFaceCss.split('\n');
  const faces: FaceRule[] = lines
    .filter((r) => r.startsWith('@font-face'))
    .map((rule) => {
      const range = /unicode-range:([^;}]+)/.exec(rule)?.[1];
      return { rule, family: /font-family:'([^']+)'/.exec(rule)?.[1] ?? '', ranges: range ? parseRange(range) : LATIN };
    });
  const used = (f: FaceRule, pool: Iterable<number>) => [...pool].some((c) => inRanges(c, f.ranges));
  const primary = faces.filter((f) => textFamilies.includes(f.family) && used(f, chars));
  const uncovered = new Set([...chars].filter((c) => !primary.some((f) => inRanges(c, f.ranges))));
  const fallbacks: FaceRule[] = [];
  for (const family of [...new Set(faces.map((f) => f.family))].filter((f) => !textFamilies.includes(f))) {
    const mine = faces.filter((f) => f.family === family && used(f, uncovered));
    fallbacks.push(...mine);
    for (const c of [...uncovered]) if (mine.some((f) => inRanges(c, f.ranges))) uncovered.delete(c);
  }
  const kept = new Set([...primary, ...fallbacks].map((f) => f.rule));
  return lines
    .flatMap((rule) => {
      if (!rule.startsWith('@font-face')) return [rule];
      if (!kept.has(rule)) return [];
      const url = /url\(([^)]+)\)/.exec(rule)?.[1];
      const bytes = url ? asset(url) : undefined;
      if (!url || !bytes) return [];
      const ext = /\.(\w+)$/.exec(url)?.[1] ?? 'woff2';
      return [rule.replace(`url(${url})`, `url(data:${MIME[ext] ?? 'application/octet-stream'};base64,${Buffer.from(bytes).toString('base64')})`)];
    })
    .join('\n');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** No script, no network: only inline styles and data: fonts and images may load. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

/** A complete, self-contained HTML page. */
export function selfContainedPage(input: WebPageInput): string {
  const fonts = inlineFonts(input.fontFaceCss, pageCharacters(input.title + input.body), input.asset, input.textFamilies);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(input.lang)}" class="${escapeHtml(input.htmlClass)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${escapeHtml(input.title)}</title>
<style>
${fonts}
${input.css.join('\n')}
</style>
</head>
<body class="${escapeHtml(input.bodyClass)}">
<main>
${input.body}
</main>
</body>
</html>
`;
}
