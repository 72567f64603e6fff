/**
 * Page geometry shared by the stylesheet and the templates: the page area's height and the writing-line pitch are
 * set here (as CSS variables) so that a template can ask how many ruled lines fill a page.
 */
import type { Paper, Variant } from '../model/index.js';

/** Page margins in inches: top, right, bottom, left (the running header and footer sit inside them). */
export const MARGINS_IN = [0.85, 0.75, 0.8, 0.75] as const;
const PAPER_HEIGHT_IN: Record<Paper, number> = { letter: 11, a4: 297 / 25.4 };
/** Height of one handwriting line per variant (large print and dyslexia students write larger). */
const LINE_IN: Record<Variant, number> = { standard: 0.32, 'large-print': 0.5, dyslexia: 0.4 };

/** Height of the page area (inside the margins), in inches. */
export function pageAreaIn(paper: Paper): number {
  return PAPER_HEIGHT_IN[paper] - MARGINS_IN[0] - MARGINS_IN[2];
}

/** Writing lines that fill one page area. */
export function linesPerPage(paper: Paper, variant: Variant): number {
  return Math.floor(pageAreaIn(paper) / LINE_IN[variant]);
}

/** CSS variables of the page geometry, for :root. */
export function geometryCss(paper: Paper, variant: Variant): string {
  return `:root { --page-area: ${pageAreaIn(paper).toFixed(3)}in; --line: ${LINE_IN[variant]}in; }`;
}

/** Lines rounded up to whole pages (at least one): a writing space that ends at a page foot, never mid-page. */
export function fillPages(lines: number, perPage: number): number {
  const per = Math.max(1, Math.floor(perPage));
  return Math.max(1, Math.ceil((Number(lines) || 0) / per)) * per;
}
