import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type CDPSession, type LaunchOptions, type Page, type Protocol } from 'puppeteer-core';
import { BrowserDisconnected, BrowserError, DocumentError, RendererCrashed } from '../errors.js';
import type { Variant } from '../model/index.js';
import { ASSET_ORIGIN, type AssetMap, contentType, VARIANT_FAMILIES } from '../render/assets.js';
import { requireBrowser } from './browser.js';
import { PROFILE, removeStaleProfiles } from './profiles.js';

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

const FONT_FAMILIES = [...new Set(Object.values(VARIANT_FAMILIES).flat())].join(', ');

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
export const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;

/** How long a failed print waits for the event saying its tab's renderer crashed. */
const CRASH_EVENT_WAIT_MS = 1000;

/** Documents a tab prints before it is closed and replaced. */
export const DEFAULT_RECYCLE_AFTER = 50;

interface Slot {
  page: Page;
  uses: number;
  job?: PrintJob & { blocked: string[]; missing: string[] };
  /** The tab's renderer process died (killed, out of memory): the tab is useless, its job is printed again. */
  crashed?: boolean;
  /** Called when the renderer dies while a job is printing. */
  onCrash?: () => void;
}

/** One browser, a bounded pool of reused pages; every request a page makes is answered from our asset map or aborted. */
export class Printer {
  private browser?: Browser;
  private userDataDir?: string;
  private readonly free: Slot[] = [];
  /** Tabs this printer opened and has not closed: on a remote browser they must not outlive the printer. */
  private readonly opened = new Set<Page>();
  /** Asset files read so far, base64-encoded: each new tab asks for the same fonts again. */
  private readonly assetBytes = new Map<string, string>();
  private readonly waiting: { resolve: (slot: Slot) => void; reject: (e: unknown) => void }[] = [];
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
    if (this.closed) return Promise.reject(new DocumentError('the printer is closed'));
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
    // Idle pages of a dead browser are dead too; its process and profile go before a new one starts.
    this.created -= this.free.length;
    this.free.length = 0;
    this.blank = undefined;
    await this.discard();
    this.launches++;
    if (this.options.browserEndpoint) {
      try {
        this.browser = await puppeteer.connect({ browserWSEndpoint: this.options.browserEndpoint });
      } catch (e) {
        throw new BrowserError(`cannot connect to the browser at ${this.options.browserEndpoint}: ${(e as Error).message}`, [], { cause: e });
      }
      return this.browser;
    }
    const choice = await requireBrowser(this.options.browserPath);
    await removeStaleProfiles();
    const userDataDir = await mkdtemp(join(tmpdir(), `${PROFILE}${process.pid}-`));
    this.userDataDir = userDataDir;
    let browser: Browser;
    try {
      browser = await puppeteer.launch({ ...launchOptions(choice.path), userDataDir, protocolTimeout: this.timeoutMs * 2 });
      // The blank tab a browser opens with becomes the first tab of the pool rather than an idle renderer.
      this.blank = (await browser.pages())[0];
    } catch (e) {
      this.userDataDir = undefined;
      await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
      throw new BrowserError(
        `the browser at ${choice.path} failed to start: ${(e as Error).message.split('\n')[0]} (set LESSONPACK_BROWSER to another Chrome/Chromium)`,
        [],
        { cause: e },
      );
    }
    this.browser = browser;
    this.userDataDir = userDataDir;
    // close() may have run while the browser was starting: it must not outlive the printer.
    if (this.closed) {
      await this.discard();
      throw new DocumentError('the printer is closed');
    }
    return browser;
  }

  /** Closes (or kills) the current browser and removes its profile. */
  private async discard(): Promise<void> {
    const browser = this.browser;
    const dir = this.userDataDir;
    this.browser = undefined;
    this.userDataDir = undefined;
    if (browser) {
      if (this.options.browserEndpoint) {
        await Promise.all([...this.opened].map((page) => page.close().catch(() => {})));
        await browser.disconnect().catch(() => {});
      } else {
        const proc = browser.process();
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          browser.close().catch(() => {}),
          new Promise((r) => {
            timer = setTimeout(r, 5000);
          }),
        ]);
        clearTimeout(timer);
        // The browser runs in its own process group (the system Chromium is often a shell script around the real
        // binary): kill the group, so nothing outlives it.
        if (proc?.pid && proc.exitCode === null && proc.signalCode === null) {
          const exited = new Promise((r) => proc.once('exit', r));
          try {
            process.kill(-proc.pid, 'SIGKILL');
          } catch {
            proc.kill('SIGKILL');
          }
          await Promise.race([exited, new Promise((r) => setTimeout(r, 2000).unref())]);
        }
      }
    }
    // Chromium's helper processes may still be writing as it exits: retry until the folder is really gone.
    if (dir) await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => {});
  }

  private async newSlot(): Promise<Slot> {
    const browser = await this.start();
    try {
      const page = this.blank ?? (await browser.newPage());
      this.blank = undefined;
      this.opened.add(page);
      page.once('close', () => this.opened.delete(page));
      const slot: Slot = { page, uses: 0 };
      // Puppeteer's 'error' event is the renderer crashing: without it a print waits for a page that never answers.
      page.on('error', () => {
        slot.crashed = true;
        slot.onCrash?.();
      });
      await page.setJavaScriptEnabled(false);
      // The Fetch domain directly rather than page.setRequestInterception: Puppeteer base64-encodes every response
      // body in JavaScript; we encode each asset once.
      const cdp = await page.createCDPSession();
      cdp.on('Fetch.requestPaused', (event) => void this.answer(slot, cdp, event));
      await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
      return slot;
    } catch (e) {
      // The browser can die between starting and opening a tab: that is a crash to retry, not a bug.
      if (!browser.connected) throw new BrowserDisconnected('the browser disconnected while opening a page', [], { cause: e });
      throw new BrowserError(`the browser cannot open a page: ${(e as Error).message.split('\n')[0]}`, [], { cause: e });
    }
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
    let path: string;
    try {
      path = decodeURI(new URL(url).pathname);
    } catch {
      // A malformed address (a template's %ZZ) is not one of ours: blocked like any other, never a crash.
      job.blocked.push(url.slice(0, 200));
      await abort();
      return;
    }
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
    for (let slot = this.free.pop(); slot; slot = this.free.pop()) {
      if (!slot.crashed) return slot;
      // An idle tab whose renderer died: close it; a new one takes its place below.
      this.created--;
      await slot.page.close().catch(() => {});
    }
    if (this.created < this.concurrency) {
      this.created++;
      try {
        return await this.newSlot();
      } catch (e) {
        this.created--;
        throw e;
      }
    }
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
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
        this.newSlot().then(waiter.resolve, (e) => {
          this.created--;
          waiter.reject(e);
        });
      }
      return;
    }
    const waiter = this.waiting.shift();
    if (waiter) waiter.resolve(next);
    else this.free.push(next);
  }

  /** Prints one HTML document to PDF bytes. Throws DocumentError for font failures and timeouts. */
  async print(job: PrintJob): Promise<PrintResult> {
    if (this.closed) throw new DocumentError('the printer is closed');
    const queued = performance.now();
    const slot = await this.acquire().catch((e: unknown) => {
      throw e instanceof BrowserDisconnected ? new BrowserDisconnected(`the browser disconnected while printing ${job.label}`, [], { cause: e }) : e;
    });
    const started = performance.now();
    const state = { ...job, blocked: [] as string[], missing: [] as string[] };
    slot.job = state;
    let broken = false;
    let timer: NodeJS.Timeout | undefined;
    try {
      const work = (async () => {
        // One clock for the whole document (the timer below), so a hang anywhere gets the same message.
        await slot.page.goto(`${ASSET_ORIGIN}/document.html`, { waitUntil: 'load', timeout: 0 });
        const fonts = await slot.page.evaluate(async () => {
          await document.fonts.ready;
          return {
            failed: [...document.fonts].filter((f) => f.status === 'error').map((f) => f.family.replace(/^"|"$/g, '')),
            overflowing: [...document.querySelectorAll('.space, .cell-space')]
              .filter(
                (el) => el.querySelector('.key-answer') && (el.querySelector('.key-answer') as HTMLElement).scrollHeight > (el as HTMLElement).clientHeight + 2,
              )
              .map((el) => el.closest('[data-question]')?.getAttribute('data-question') ?? '?'),
          };
        });
        if (state.missing.length) throw new DocumentError(`${job.label}: font files are missing: ${state.missing.join(', ')} (reinstall with npm install)`);
        if (fonts.failed.length) {
          // A face whose file is not one of our assets was declared by a template override: say so, not "reinstall".
          const foreign = state.blocked.filter((u) => /\.(woff2?|ttf|otf)(\?|$)/i.test(u));
          throw new DocumentError(
            `${job.label}: font ${[...new Set(fonts.failed)].map((f) => `"${f}"`).join(', ')} failed to load${
              foreign.length
                ? `: ${foreign.join(', ')} is not a font lessonpack provides (templates can use ${FONT_FAMILIES})`
                : ' (reinstall with npm install)'
            }`,
          );
        }
        const pdf = await slot.page.pdf({ ...PDF_OPTIONS, timeout: 0 });
        return { pdf: new Uint8Array(pdf), overflowing: [...new Set(fonts.overflowing)] };
      })();
      // Lost the race (timeout, crash): its later failure is already reported.
      work.catch(() => {});
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new DocumentError(`${job.label}: printing took longer than ${this.timeoutMs / 1000} s and was stopped`)),
          this.timeoutMs,
        );
      });
      const crash = new Promise<never>((_, reject) => {
        slot.onCrash = () => reject(new RendererCrashed(`the page's renderer crashed while printing ${job.label}`));
        if (slot.crashed) slot.onCrash();
      });
      const { pdf, overflowing } = await Promise.race([work, timeout, crash]);
      return { pdf, blocked: state.blocked, overflowing, ms: performance.now() - started, waitedMs: started - queued };
    } catch (e) {
      broken = true;
      if (e instanceof DocumentError || e instanceof RendererCrashed) throw e;
      // A crashed page fails its navigation (ERR_ABORTED) or its printing, often before the crash event arrives: wait
      // for it a moment (only on this failure path), so a crash is retried rather than reported as a failed document.
      if (!slot.crashed)
        await new Promise<void>((done) => {
          const timer = setTimeout(done, CRASH_EVENT_WAIT_MS);
          slot.onCrash = () => {
            clearTimeout(timer);
            done();
          };
        });
      if (slot.crashed) throw new RendererCrashed(`the page's renderer crashed while printing ${job.label}`, [], { cause: e });
      // The page's own browser, not this.browser: another document may already have relaunched it.
      if (!slot.page.browser().connected || /Target closed|Session closed|crashed/i.test(String((e as Error).message)))
        throw new BrowserDisconnected(`the browser disconnected while printing ${job.label}`, [], { cause: e });
      throw new DocumentError(`${job.label}: printing failed: ${(e as Error).message.split('\n')[0]}`, [], { cause: e });
    } finally {
      clearTimeout(timer);
      slot.onCrash = undefined;
      await this.release(slot, broken);
    }
  }

  private closing?: Promise<void>;

  /** Closes every page and the browser, and removes the temporary profile. A second call waits for the first. */
  close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiting.splice(0)) w.reject(new DocumentError('the printer is closed'));
    // A browser still starting is waited for: it sees `closed` and closes itself, then nothing is left to discard.
    this.closing ??= (this.starting ?? Promise.resolve()).catch(() => {}).then(() => this.discard());
    return this.closing;
  }
}
