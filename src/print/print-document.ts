/** Printing one document on a tab: load it, check its fonts, measure its answer spaces, print it, within a time limit. */
import type { Protocol } from 'puppeteer-core';
import { BrowserDisconnected, DocumentError, RendererCrashed } from '../errors.js';
import { VARIANT_FAMILIES } from '../render/assets.js';
import { DOCUMENT_URL, type Serving } from './assets-server.js';
import type { Tab } from './tab.js';

/** How every document is printed (the benchmark's floor passes the same options to page.pdf). */
export const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;

/**
 * PDF_OPTIONS as page.pdf sends them to Chromium, with Puppeteer's defaults for the rest (tests/printer.test.ts
 * checks the bytes are the same). Sent ourselves, to get the PDF in the answer (page.pdf opens a stream and reads
 * it in two more round trips), and without page.pdf's second wait for the fonts: measure() has waited already.
 */
const PRINT_TO_PDF: Protocol.Page.PrintToPDFRequest = {
  transferMode: 'ReturnAsBase64',
  landscape: false,
  displayHeaderFooter: false,
  headerTemplate: '',
  footerTemplate: '',
  printBackground: PDF_OPTIONS.printBackground,
  scale: 1,
  paperWidth: 8.5,
  paperHeight: 11,
  marginTop: 0,
  marginBottom: 0,
  marginLeft: 0,
  marginRight: 0,
  pageRanges: '',
  preferCSSPageSize: PDF_OPTIONS.preferCSSPageSize,
  generateTaggedPDF: PDF_OPTIONS.tagged,
  generateDocumentOutline: PDF_OPTIONS.outline,
};

/** How long a failed print waits for the event saying its tab's renderer crashed. */
const CRASH_EVENT_WAIT_MS = 1000;

const FONT_FAMILIES = [...new Set(Object.values(VARIANT_FAMILIES).flat())].join(', ');

export interface PrintedDocument {
  pdf: Uint8Array;
  /** Answer-key spaces whose answer does not fit (question ids). */
  overflowing: string[];
}

/**
 * Prints the document `job` on `tab` (the tab's asset server answers from `tab.job`). Throws DocumentError for the
 * document's own faults and the timeout, RendererCrashed if the tab died, BrowserDisconnected if the browser did.
 */
export async function printDocument(tab: Tab, job: Serving & { label: string }, timeoutMs: number): Promise<PrintedDocument> {
  tab.job = job;
  let timer: NodeJS.Timeout | undefined;
  try {
    const work = load(tab, job);
    // Lost the race (timeout, crash): its later failure is already reported.
    work.catch(() => {});
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DocumentError(`${job.label}: printing took longer than ${timeoutMs / 1000} s and was stopped`)), timeoutMs);
    });
    const crash = new Promise<never>((_, reject) => {
      tab.onCrash = () => reject(new RendererCrashed(`the page's renderer crashed while printing ${job.label}`));
      if (tab.crashed) tab.onCrash();
    });
    return await Promise.race([work, timeout, crash]);
  } catch (e) {
    throw await explain(e, tab, job.label);
  } finally {
    clearTimeout(timer);
    tab.onCrash = undefined;
    tab.job = undefined;
  }
}

/** The work itself, with no clock of its own: one timer for the whole document, so a hang anywhere reads the same. */
async function load(tab: Tab, job: Serving & { label: string }): Promise<PrintedDocument> {
  await tab.page.goto(DOCUMENT_URL, { waitUntil: 'load', timeout: 0 });
  const measured = await tab.page.evaluate(measure);
  checkFonts(job, measured.failed);
  const { data } = await tab.cdp.send('Page.printToPDF', PRINT_TO_PDF);
  // A plain Uint8Array of its own, as page.pdf gives: nothing shares its memory.
  return { pdf: new Uint8Array(Buffer.from(data, 'base64')), overflowing: [...new Set(measured.overflowing)] };
}

/**
 * Runs in the page (one round trip): loads the fonts the layout needs, then lists those that failed and the answers
 * that overflow. Fonts load when a layout asks for them, and a tab draws no frames of its own (browser-process.ts):
 * so lay out, wait, and again while a layout with the fonts that came asks for more. Serialized into the page, so it
 * names no helper of its own (a bundler could wrap a named one in one of its own).
 */
async function measure(): Promise<{ failed: string[]; overflowing: string[] }> {
  do {
    document.documentElement.getBoundingClientRect();
    await document.fonts.ready;
    document.documentElement.getBoundingClientRect();
  } while (document.fonts.status === 'loading');
  return {
    failed: [...document.fonts].filter((f) => f.status === 'error').map((f) => f.family.replace(/^"|"$/g, '')),
    overflowing: [...document.querySelectorAll<HTMLElement>('.space, .cell-space')]
      .filter((space) => (space.querySelector<HTMLElement>('.key-answer')?.scrollHeight ?? 0) > space.clientHeight + 2)
      .map((el) => el.closest('[data-question]')?.getAttribute('data-question') ?? '?'),
  };
}

/** A font that did not load is an error: the PDF would silently use another. */
function checkFonts(job: Serving & { label: string }, failed: string[]): void {
  if (job.missing.length) throw new DocumentError(`${job.label}: font files are missing: ${job.missing.join(', ')} (reinstall with npm install)`);
  if (!failed.length) return;
  // A face whose file is not one of our assets was declared by a template override: say so, not "reinstall".
  const foreign = job.blocked.filter((u) => /\.(woff2?|ttf|otf)(\?|$)/i.test(u));
  const families = [...new Set(failed)].map((f) => `"${f}"`).join(', ');
  throw new DocumentError(
    `${job.label}: font ${families} failed to load${
      foreign.length ? `: ${foreign.join(', ')} is not a font lessonpack provides (templates can use ${FONT_FAMILIES})` : ' (reinstall with npm install)'
    }`,
  );
}

/** Turns a failed print into the error the build acts on: the document's fault, a crashed tab, or a lost browser. */
async function explain(e: unknown, tab: Tab, label: string): Promise<unknown> {
  if (e instanceof DocumentError || e instanceof RendererCrashed) return e;
  // A crashed page fails its navigation (ERR_ABORTED) or its printing, often before the crash event arrives: wait
  // for it a moment (only on this failure path), so a crash is retried rather than reported as a failed document.
  if (!tab.crashed)
    await new Promise<void>((done) => {
      const timer = setTimeout(done, CRASH_EVENT_WAIT_MS);
      tab.onCrash = () => {
        clearTimeout(timer);
        done();
      };
    });
  if (tab.crashed) return new RendererCrashed(`the page's renderer crashed while printing ${label}`, [], { cause: e });
  // The page's own browser, not the printer's current one: another document may already have relaunched it.
  if (!tab.page.browser().connected || /Target closed|Session closed|crashed/i.test(String((e as Error).message)))
    return new BrowserDisconnected(`the browser disconnected while printing ${label}`, [], { cause: e });
  return new DocumentError(`${label}: printing failed: ${(e as Error).message.split('\n')[0]}`, [], { cause: e });
}
