/** One browser tab set up for printing: no JavaScript, every request answered by the asset server, crashes noticed. */
import type { CDPSession, Page } from 'puppeteer-core';
import { BrowserDisconnected, BrowserError } from '../errors.js';
import type { AssetServer, Serving } from './assets-server.js';
import type { BrowserProcess } from './browser-process.js';

export class Tab {
  /** What is printing on this tab now; requests are answered from it. */
  job?: Serving;
  /** The tab's renderer process died (killed, out of memory): the tab is useless, its job is printed again. */
  crashed = false;
  /** Called when the renderer dies while a job is printing. */
  onCrash?: () => void;

  private constructor(
    readonly page: Page,
    /** Our own session on the tab: requests are answered and the PDF printed over it. */
    readonly cdp: CDPSession,
  ) {}

  /** Opens a tab on the browser (started if need be), served by `server`. */
  static async open(browser: BrowserProcess, server: AssetServer): Promise<Tab> {
    const started = await browser.start();
    try {
      const page = await browser.newPage();
      const tab = new Tab(page, await page.createCDPSession());
      // Puppeteer's 'error' event is the renderer crashing: without it a print waits for a page that never answers.
      page.on('error', () => {
        tab.crashed = true;
        tab.onCrash?.();
      });
      await page.setJavaScriptEnabled(false);
      await server.intercept(tab.cdp, () => tab.job);
      return tab;
    } catch (e) {
      // The browser can die between starting and opening a tab: that is a crash to retry, not a bug.
      if (!started.connected) throw new BrowserDisconnected('the browser disconnected while opening a page', [], { cause: e });
      throw new BrowserError(`the browser cannot open a page: ${(e as Error).message.split('\n')[0]}`, [], { cause: e });
    }
  }

  /** Whether the tab can print another document. */
  get usable(): boolean {
    return !this.crashed && this.page.browser().connected;
  }

  close(): Promise<void> {
    return this.page.close().catch(() => {});
  }
}
