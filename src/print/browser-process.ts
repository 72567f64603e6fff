/** The browser a Printer prints with: launched (or connected to) once, started again after a disconnect, closed once. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type BrowserContext, type LaunchOptions, type Page } from 'puppeteer-core';
import { BrowserError, DocumentError } from '../errors.js';
import { requireBrowser } from './browser.js';
import { PROFILE, removeStaleProfiles } from './profiles.js';

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

/**
 * Puppeteer otherwise follows every request of every page in JavaScript (the Network domain: four events or more per
 * request, each made into an object) and its "issues" (the Audits domain). We answer requests ourselves over the
 * Fetch domain (assets-server.ts) and read neither. (With the PDF returned in one answer, print-document.ts, this
 * halved the Node process's CPU time per document.)
 */
const QUIET = { networkEnabled: false, issuesEnabled: false } as const;

/**
 * Tabs draw no frames on their own: nothing looks at the screen, so compositing and rastering the viewport after every
 * load is wasted (about a sixth of the browser's CPU time per document). Layout still runs whenever it is asked for:
 * measure() in print-document.ts asks for it before waiting for the fonts, and printing lays out pages of its own.
 * Chrome's headless shell only. A browser launched so (one shared by tests, say) takes no screenshot (page.screenshot
 * waits forever) and runs no requestAnimationFrame callback, which page.waitForFunction polls with by default: use
 * it for printing only.
 */
const NO_FRAMES = '--enable-begin-frame-control';

/** How every browser is launched (the benchmark's floor launches with the same options). */
export function launchOptions(executablePath: string): LaunchOptions {
  const shell = executablePath.includes('headless-shell');
  return {
    executablePath,
    headless: shell ? 'shell' : true,
    args: shell ? [...BROWSER_ARGS, NO_FRAMES] : BROWSER_ARGS,
    // CDP over a pipe, not a WebSocket: no frame masking in JavaScript for every font and PDF sent.
    pipe: true,
    // We close the browser ourselves in one cleanup path (see build.ts): Puppeteer's handlers would race it.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    ...QUIET,
  };
}

export interface BrowserProcessOptions {
  /** Explicit browser executable. */
  browserPath?: string;
  /** ws:// endpoint of a remote browser (puppeteer.connect): used, never closed. */
  browserEndpoint?: string;
  /** Per-document timeout: a CDP call gets twice as long before Puppeteer gives up on it. */
  timeoutMs: number;
}

const closedError = () => new DocumentError('the printer is closed');

/** One browser at a time, started on demand; `newPage()` opens a tab on it. */
export class BrowserProcess {
  private browser?: Browser;
  /** On a remote browser, a context of our own: its tabs and cache are ours alone and go with close(). */
  private context?: BrowserContext;
  private userDataDir?: string;
  /** The blank tab a launched browser opens with: the first tab asked for, rather than an idle renderer. */
  private blank?: Page;
  private starting?: Promise<Browser>;
  private closing?: Promise<void>;
  private closed = false;
  /** Number of times the browser was (re)started. */
  launches = 0;

  constructor(private readonly options: BrowserProcessOptions) {}

  /** A browser other programs share: it outlives us, so it is never told to keep anything. */
  get remote(): boolean {
    return Boolean(this.options.browserEndpoint);
  }

  /** Whether the current browser can still open tabs. */
  get connected(): boolean {
    return !this.closed && this.browser?.connected === true;
  }

  /** Launches (or connects to) the browser once, however many tabs ask for it at the same time. */
  start(): Promise<Browser> {
    if (this.closed) return Promise.reject(closedError());
    if (this.browser?.connected) return Promise.resolve(this.browser);
    this.starting ??= this.restart().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  /** A new tab on the current browser (started if need be). */
  async newPage(): Promise<Page> {
    const browser = await this.start();
    const blank = this.blank;
    this.blank = undefined;
    return blank ?? (await (this.context ?? browser).newPage());
  }

  /** Closes the browser (a remote one: our tabs, then the connection) and its profile. A second call waits for the first. */
  close(): Promise<void> {
    this.closed = true;
    // A browser still starting is waited for: it sees `closed` and goes, then nothing is left to discard.
    this.closing ??= (this.starting ?? Promise.resolve()).catch(() => {}).then(() => this.discard());
    return this.closing;
  }

  private async restart(): Promise<Browser> {
    // A dead browser's process and profile go before a new one starts.
    await this.discard();
    this.launches++;
    this.browser = this.remote ? await this.connect() : await this.launch();
    // close() may have run while the browser was starting: it must not outlive the printer.
    if (this.closed) {
      await this.discard();
      throw closedError();
    }
    return this.browser;
  }

  private async connect(): Promise<Browser> {
    const endpoint = this.options.browserEndpoint as string;
    let own: string | undefined;
    try {
      const browser = await puppeteer.connect({
        browserWSEndpoint: endpoint,
        ...QUIET,
        // Other programs' tabs are not ours: attaching to each would cost round trips and bring in their events.
        targetFilter: (target) => own !== undefined && target.browserContext().id === own,
      });
      this.context = await browser.createBrowserContext();
      own = this.context.id;
      return browser;
    } catch (e) {
      throw new BrowserError(`cannot connect to the browser at ${endpoint}: ${(e as Error).message}`, [], { cause: e });
    }
  }

  private async launch(): Promise<Browser> {
    const choice = await requireBrowser(this.options.browserPath);
    await removeStaleProfiles();
    const userDataDir = await mkdtemp(join(tmpdir(), `${PROFILE}${process.pid}-`));
    this.userDataDir = userDataDir;
    try {
      const browser = await puppeteer.launch({ ...launchOptions(choice.path), userDataDir, protocolTimeout: this.options.timeoutMs * 2 });
      this.blank = (await browser.pages())[0];
      return browser;
    } catch (e) {
      this.userDataDir = undefined;
      await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
      throw new BrowserError(
        `the browser at ${choice.path} failed to start: ${(e as Error).message.split('\n')[0]} (set LESSONPACK_BROWSER to another Chrome/Chromium)`,
        [],
        { cause: e },
      );
    }
  }

  /** Lets go of the current browser: closes (or kills) a launched one and removes its profile; leaves a remote one. */
  private async discard(): Promise<void> {
    const { browser, context, userDataDir } = this;
    this.browser = undefined;
    this.context = undefined;
    this.userDataDir = undefined;
    this.blank = undefined;
    if (browser && this.remote) {
      await context?.close().catch(() => {});
      await browser.disconnect().catch(() => {});
    } else if (browser) await stop(browser);
    // Chromium's helper processes may still be writing as it exits: retry until the folder is really gone.
    if (userDataDir) await rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => {});
  }
}

/** Closes a launched browser, and kills what is left of it if it does not exit in time. */
async function stop(browser: Browser): Promise<void> {
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
