/**
 * The printer the build uses: HTML in, PDF bytes out. One browser (browser-process.ts), a bounded pool of reused
 * tabs (pool.ts, tab.ts), every request answered from the build's assets or aborted (assets-server.ts), and one
 * document printed at a time per tab (print-document.ts).
 */
import { cpus } from 'node:os';
import { BrowserDisconnected, DocumentError } from '../errors.js';
import type { Variant } from '../model/index.js';
import type { AssetMap } from '../render/assets.js';
import { AssetServer } from './assets-server.js';
import { BrowserProcess } from './browser-process.js';
import { Pool } from './pool.js';
import { printDocument } from './print-document.js';
import { Tab } from './tab.js';

export { launchOptions } from './browser-process.js';
export { PDF_OPTIONS } from './print-document.js';

export interface PrinterOptions {
  /** Explicit browser executable. */
  browserPath?: string;
  /** ws:// endpoint of a remote browser (puppeteer.connect): the printer opens its own tabs there and closes only those. */
  browserEndpoint?: string;
  /** Pages printing at once; defaults to the number of cores. */
  concurrency?: number;
  /** Recycle a page after this many documents, to cap memory. */
  recycleAfter?: number;
  /** Per-document timeout in milliseconds. */
  timeoutMs?: number;
}

export interface PrintJob {
  html: string;
  assets: AssetMap;
  variant: Variant;
  /** Shown in error messages. */
  label: string;
}

export interface PrintResult {
  pdf: Uint8Array;
  /** Requests the page tried that are not our assets: all were aborted. */
  blocked: string[];
  /** Answer-key spaces whose answer does not fit (question ids). */
  overflowing: string[];
  /** Time spent printing, from getting a tab to having the bytes. */
  ms: number;
  /** Time spent waiting for a free tab before that. */
  waitedMs: number;
}

/** Documents a tab prints before it is closed and replaced. */
export const DEFAULT_RECYCLE_AFTER = 50;

const closedError = () => new DocumentError('the printer is closed');

/** One browser, a bounded pool of reused tabs; every request a page makes is answered from our asset map or aborted. */
export class Printer {
  private readonly browser: BrowserProcess;
  private readonly pool: Pool<Tab>;
  private readonly timeoutMs: number;
  private closed = false;

  constructor(options: PrinterOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.browser = new BrowserProcess({ ...options, timeoutMs: this.timeoutMs });
    // A launched browser's profile, or our own context on a shared one, goes with the printer: its cache may keep
    // the fonts. (Everything is answered by us, so the cache only ever holds our assets.)
    const server = new AssetServer(true);
    this.pool = new Pool({
      size: Math.max(1, options.concurrency ?? cpus().length),
      // Tabs are reused: a new tab costs a renderer process and a cold font cache, more than printing a short
      // document. A reused tab leaves DOM node ids in Chromium's raw PDF, but finalizePdf drops what carries them,
      // so the files are byte-identical to a fresh tab's (tests/speed.test.ts proves it). Recycling caps memory.
      recycleAfter: options.recycleAfter ?? DEFAULT_RECYCLE_AFTER,
      open: () => Tab.open(this.browser, server),
      canOpen: () => !this.closed && this.browser.connected,
    });
  }

  /** Number of times the browser was (re)started. */
  get launches(): number {
    return this.browser.launches;
  }

  /** Starts the browser now, so that it is ready when the first document is (a failure surfaces on the first print). */
  warm(): void {
    if (!this.closed) this.browser.start().catch(() => {});
  }

  /** Prints one HTML document to PDF bytes. Throws DocumentError for font failures and timeouts. */
  async print(job: PrintJob): Promise<PrintResult> {
    if (this.closed) throw closedError();
    const queued = performance.now();
    const tab = await this.pool.acquire().catch((e: unknown) => {
      throw e instanceof BrowserDisconnected ? new BrowserDisconnected(`the browser disconnected while printing ${job.label}`, [], { cause: e }) : e;
    });
    const started = performance.now();
    const serving = { html: job.html, assets: job.assets, label: job.label, blocked: [] as string[], missing: [] as string[] };
    let broken = true;
    try {
      const { pdf, overflowing } = await printDocument(tab, serving, this.timeoutMs);
      broken = false;
      return { pdf, blocked: serving.blocked, overflowing, ms: performance.now() - started, waitedMs: started - queued };
    } finally {
      await this.pool.release(tab, broken);
    }
  }

  /** Closes every tab and the browser (a remote one: our tabs and the connection), and removes the temporary profile. */
  close(): Promise<void> {
    this.closed = true;
    this.pool.rejectWaiting(closedError());
    return this.browser.close();
  }
}
