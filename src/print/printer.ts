import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type CDPSession, type LaunchOptions, type Page, type Protocol } from 'puppeteer-core';
import { BrowserError, DocumentError } from '../errors.js';
import type { Variant } from '../model/index.js';
import { ASSET_ORIGIN, type AssetMap } from '../render/assets.js';
import { requireBrowser } from './browser.js';

export interface PrinterOptions {
  /** Explicit browser executable. */
  browserPath?: string;
  /** ws:// endpoint of a remote browser (puppeteer.connect). */
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

const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--disable-quic',
  '--mute-audio',
  // Text layout must not depend on the machine's hinting settings: same input, same PDF.
  '--font-render-hinting=none',
  '--disable-font-subpixel-positioning',
];

/** How every browser is launched (the benchmark's floor launches with the same options). */
export function launchOptions(executablePath: string): LaunchOptions {
  return {
    executablePath,
    headless: executablePath.includes('headless-shell') ? 'shell' : true,
    args: BROWSER_ARGS,
    // CDP over a pipe, not a WebSocket: no frame masking in JavaScript for every font and PDF sent.
    pipe: true,
    // We close the browser ourselves in one cleanup path (see build.ts): Puppeteer's handlers would race it.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  };
}

/** How every document is printed (the benchmark's floor prints with the same options). */
export const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, tagged: false, outline: true } as const;

/** Documents a tab prints before it is closed and replaced. */
export const DEFAULT_RECYCLE_AFTER = 50;

interface Slot {
  page: Page;
  uses: number;
  job?: PrintJob & { blocked: string[]; missing: string[] };
}

/** One browser, a bounded pool of reused pages; every request a page makes is answered from our asset map or aborted. */
export class Printer {
  private browser?: Browser;
  private userDataDir?: string;
  private readonly free: Slot[] = [];
  /** Asset files read so far, base64-encoded: each new tab asks for the same fonts again. */
  private readonly assetBytes = new Map<string, string>();
  private readonly waiting: ((slot: Slot) => void)[] = [];
  private created = 0;
  private readonly concurrency: number;
  private readonly recycleAfter: number;
  private readonly timeoutMs: number;
  private closed = false;
  /** Number of times the browser was (re)started. */
  launches = 0;

  constructor(private readonly options: PrinterOptions = {}) {
    this.concurrency = Math.max(1, options.concurrency ?? cpus().length);
    // Tabs are reused: a new tab costs a renderer process and a cold font cache, more than printing a short
    // document. A reused tab leaves DOM node ids in Chromium's raw PDF, but finalizePdf drops what carries them,
    // so the files are byte-identical to a fresh tab's (tests/speed.test.ts proves it). Recycling caps memory.
    this.recycleAfter = options.recycleAfter ?? DEFAULT_RECYCLE_AFTER;
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  private starting?: Promise<Browser>;
  private blank?: Page;

  /** Launches (or connects to) the browser once, however many pages ask for it at the same time. */
  private start(): Promise<Browser> {
    if (this.browser?.connected) return Promise.resolve(this.browser);
    this.starting ??= this.launch().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  /** Starts the browser now, so that it is ready when the first document is (a failure surfaces on the first print). */
  warm(): void {
    if (!this.closed) this.start().catch(() => {});
  }

  private async launch(): Promise<Browser> {
    this.free.length = 0;
    this.blank = undefined;
    this.launches++;
    if (this.options.browserEndpoint) {
      try {
        this.browser = await puppeteer.connect({ browserWSEndpoint: this.options.browserEndpoint });
      } catch (e) {
        throw new BrowserError(`cannot connect to the browser at ${this.options.browserEndpoint}: ${(e as Error).message}`, [], { cause: e });
      }
      return this.browser;
    }
    const choice = requireBrowser(this.options.browserPath);
    this.userDataDir ??= await mkdtemp(join(tmpdir(), 'lessonpack-chrome-'));
    try {
      this.browser = await puppeteer.launch({ ...launchOptions(choice.path), userDataDir: this.userDataDir, protocolTimeout: this.timeoutMs * 2 });
      // The blank tab a browser opens with becomes the first tab of the pool rather than an idle renderer.
      this.blank = (await this.browser.pages())[0];
    } catch (e) {
      throw new BrowserError(
        `the browser at ${choice.path} failed to start: ${(e as Error).message.split('\n')[0]} (set LESSONPACK_BROWSER to another Chrome/Chromium)`,
        [],
        { cause: e },
      );
    }
    return this.browser;
  }

  private async newSlot(): Promise<Slot> {
    const browser = await this.start();
    const page = this.blank ?? (await browser.newPage());
    this.blank = undefined;
    const slot: Slot = { page, uses: 0 };
    await page.setJavaScriptEnabled(false);
    // The Fetch domain directly rather than page.setRequestInterception: Puppeteer base64-encodes every response
    // body in JavaScript; we encode each asset once.
    const cdp = await page.createCDPSession();
    cdp.on('Fetch.requestPaused', (event) => void this.answer(slot, cdp, event));
    await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
    return slot;
  }

  /**
   * Headers for an asset. Every document loads the same fonts and stylesheet: a launched browser may keep them
   * (its profile is new for each build, so nothing from an older build can be served), and then they do not cross
   * the pipe again for each document. A remote browser outlives the build, so it is never told to keep anything.
   */
  private assetHeaders(type: string): Protocol.Fetch.HeaderEntry[] {
    const keep = this.options.browserEndpoint ? [] : [{ name: 'cache-control', value: 'public, max-age=31536000, immutable' }];
    return [{ name: 'content-type', value: type }, ...keep];
  }

  private async answer(slot: Slot, cdp: CDPSession, event: Protocol.Fetch.RequestPausedEvent): Promise<void> {
    const job = slot.job;
    const url = event.request.url;
    const { requestId } = event;
    const abort = (): Promise<unknown> => cdp.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }).catch(() => {});
    const respond = (status: number, headers: Protocol.Fetch.HeaderEntry[], base64: string): Promise<unknown> =>
      cdp.send('Fetch.fulfillRequest', { requestId, responseCode: status, responseHeaders: headers, body: base64 }).catch(() => {});
    if (!job || !url.startsWith(`${ASSET_ORIGIN}/`)) {
      // Not ours: http(s) elsewhere, file:// and anything else. Nothing leaves the page.
      job?.blocked.push(url.slice(0, 200));
      await abort();
      return;
    }
    const path = decodeURI(new URL(url).pathname);
    if (path === '/document.html') {
      const headers = [
        { name: 'content-type', value: 'text/html; charset=utf-8' },
        // Every document has this URL: it must never come from a cache.
        { name: 'cache-control', value: 'no-store' },
      ];
      await respond(200, headers, Buffer.from(job.html).toString('base64'));
      return;
    }
    const file = job.assets.files.get(path);
    if (!file) {
      job.blocked.push(url.slice(0, 200));
      await abort();
      return;
    }
    let body = this.assetBytes.get(file);
    if (!body) {
      try {
        body = (await readFile(file)).toString('base64');
      } catch {
        job.missing.push(file);
        await respond(404, [{ name: 'content-type', value: 'text/plain' }], '');
        return;
      }
      this.assetBytes.set(file, body);
    }
    await respond(200, this.assetHeaders(contentType(path)), body);
  }

  private async acquire(): Promise<Slot> {
    const slot = this.free.pop();
    if (slot) return slot;
    if (this.created < this.concurrency) {
      this.created++;
      try {
        return await this.newSlot();
      } catch (e) {
        this.created--;
        throw e;
      }
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private async release(slot: Slot, broken: boolean): Promise<void> {
    slot.job = undefined;
    let next: Slot | undefined = slot;
    if (broken || ++slot.uses >= this.recycleAfter) {
      await slot.page.close().catch(() => {});
      next = undefined;
      if (!this.closed && this.browser?.connected) {
        try {
          next = await this.newSlot();
        } catch {
          next = undefined;
        }
      }
      if (!next) this.created--;
    }
    if (!next) {
      // A waiter gets a fresh slot of its own.
      const waiter = this.waiting.shift();
      if (waiter) {
        this.created++;
        this.newSlot().then(waiter, () => {
          this.created--;
        });
      }
      return;
    }
    const waiter = this.waiting.shift();
    if (waiter) waiter(next);
    else this.free.push(next);
  }

  /** Prints one HTML document to PDF bytes. Throws DocumentError for font failures and timeouts. */
  async print(job: PrintJob): Promise<PrintResult> {
    if (this.closed) throw new DocumentError('the printer is closed');
    const queued = performance.now();
    const slot = await this.acquire();
    const started = performance.now();
    const state = { ...job, blocked: [] as string[], missing: [] as string[] };
    slot.job = state;
    let broken = false;
    let timer: NodeJS.Timeout | undefined;
    try {
      const work = (async () => {
        await slot.page.goto(`${ASSET_ORIGIN}/document.html`, { waitUntil: 'load', timeout: this.timeoutMs });
        const fonts = await slot.page.evaluate(async () => {
          await document.fonts.ready;
          return {
            failed: [...document.fonts].filter((f) => f.status === 'error').map((f) => `${f.family} ${f.weight} ${f.style}`),
            overflowing: [...document.querySelectorAll('.space, .cell-space')]
              .filter(
                (el) => el.querySelector('.key-answer') && (el.querySelector('.key-answer') as HTMLElement).scrollHeight > (el as HTMLElement).clientHeight + 2,
              )
              .map((el) => el.closest('[data-question]')?.getAttribute('data-question') ?? '?'),
          };
        });
        if (state.missing.length || fonts.failed.length) {
          throw new DocumentError(`${job.label}: font failed to load: ${[...state.missing, ...fonts.failed].join(', ')} (reinstall with npm install)`);
        }
        const pdf = await slot.page.pdf({ ...PDF_OPTIONS, timeout: this.timeoutMs });
        return { pdf: new Uint8Array(pdf), overflowing: [...new Set(fonts.overflowing)] };
      })();
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new DocumentError(`${job.label}: printing took longer than ${this.timeoutMs / 1000} s and was stopped`)),
          this.timeoutMs,
        );
      });
      const { pdf, overflowing } = await Promise.race([work, timeout]);
      return { pdf, blocked: state.blocked, overflowing, ms: performance.now() - started, waitedMs: started - queued };
    } catch (e) {
      broken = true;
      if (e instanceof DocumentError) throw e;
      if (!this.browser?.connected) throw new BrowserError(`the browser disconnected while printing ${job.label}`, [], { cause: e });
      throw new DocumentError(`${job.label}: printing failed: ${(e as Error).message.split('\n')[0]}`, [], { cause: e });
    } finally {
      clearTimeout(timer);
      await this.release(slot, broken);
    }
  }

  /** Whether the browser is gone (crashed or killed), so a retry needs a relaunch. */
  get disconnected(): boolean {
    return this.browser !== undefined && !this.browser.connected;
  }

  /** Closes every page and the browser, and removes the temporary profile. Safe to call twice. */
  async close(): Promise<void> {
    this.closed = true;
    const browser = this.browser;
    this.browser = undefined;
    if (browser) {
      if (this.options.browserEndpoint) await browser.disconnect().catch(() => {});
      else {
        const proc = browser.process();
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          browser.close().catch(() => {}),
          new Promise((r) => {
            timer = setTimeout(r, 5000);
          }),
        ]);
        clearTimeout(timer);
        if (proc && proc.exitCode === null) proc.kill('SIGKILL');
      }
    }
    if (this.userDataDir) await rm(this.userDataDir, { recursive: true, force: true }).catch(() => {});
  }

  /** Restarts after a crash: the next print launches a new browser. */
  async reset(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    this.free.length = 0;
    this.created = 0;
    if (browser) {
      const proc = browser.process();
      await browser.close().catch(() => {});
      if (proc && proc.exitCode === null) proc.kill('SIGKILL');
    }
  }
}

function contentType(path: string): string {
  if (path.endsWith('.css')) return 'text/css; charset=utf-8';
  if (path.endsWith('.woff2')) return 'font/woff2';
  if (path.endsWith('.png')) return 'image/png';
  if (path.endsWith('.jpg') || path.endsWith('.jpeg')) return 'image/jpeg';
  if (path.endsWith('.svg')) return 'image/svg+xml';
  return 'application/octet-stream';
}
