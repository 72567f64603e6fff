/** A bounded pool of reused tabs: at most `size` open, each replaced after `recycleAfter` documents or when broken. */

/** What the pool needs of a tab. */
export interface PoolTab {
  /** False once its renderer crashed or its browser went away: an idle tab like that is closed, not handed out. */
  readonly usable: boolean;
  close(): Promise<void>;
}

export interface PoolOptions<T> {
  /** Tabs open at once. */
  size: number;
  /** Documents a tab prints before it is closed and replaced (caps a renderer's memory). */
  recycleAfter: number;
  /** Opens a new tab (starting the browser if need be). */
  open: () => Promise<T>;
  /** Whether a replacement may be opened now (the printer is not closing and the browser is up). */
  canOpen: () => boolean;
}

interface Waiter<T> {
  resolve: (tab: T) => void;
  reject: (e: unknown) => void;
}

export class Pool<T extends PoolTab> {
  private readonly free: T[] = [];
  private readonly waiting: Waiter<T>[] = [];
  private readonly uses = new Map<T, number>();
  /** Tabs open or opening, idle or busy. */
  private count = 0;

  constructor(private readonly options: PoolOptions<T>) {}

  /** Tabs open or being opened (for tests and diagnostics). */
  get size(): number {
    return this.count;
  }

  /** A tab to print on: an idle one, a new one while there are fewer than `size`, or the next one released. */
  async acquire(): Promise<T> {
    for (let tab = this.free.pop(); tab; tab = this.free.pop()) {
      if (tab.usable) return tab;
      // An idle tab whose renderer or browser died: closed; a new one takes its place below.
      await this.discard(tab);
    }
    if (this.count < this.options.size) return this.openCounted();
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  /** Gives a tab back after a document; a broken or worn-out one is replaced. */
  async release(tab: T, broken: boolean): Promise<void> {
    const uses = (this.uses.get(tab) ?? 0) + 1;
    this.uses.set(tab, uses);
    const next = broken || uses >= this.options.recycleAfter ? await this.replace(tab) : tab;
    const waiter = this.waiting.shift();
    if (next && waiter) waiter.resolve(next);
    else if (next) this.free.push(next);
    // No tab to pass on: a waiter gets a new one of its own.
    else if (waiter) this.openCounted().then(waiter.resolve, waiter.reject);
  }

  /** Fails everything waiting for a tab (the printer is closing). */
  rejectWaiting(error: unknown): void {
    for (const w of this.waiting.splice(0)) w.reject(error);
  }

  /** Closes a tab and opens its successor if it can; undefined if not. */
  private async replace(tab: T): Promise<T | undefined> {
    await this.discard(tab);
    if (!this.options.canOpen()) return undefined;
    return this.openCounted().catch(() => undefined);
  }

  private async discard(tab: T): Promise<void> {
    this.count--;
    this.uses.delete(tab);
    await tab.close();
  }

  /** Opens a tab, counted from the moment it is asked for, so that no more than `size` are ever opening. */
  private async openCounted(): Promise<T> {
    this.count++;
    try {
      return await this.options.open();
    } catch (e) {
      this.count--;
      // Those waiting for a tab would wait for ever if no tab is open to be released: a browser that cannot start
      // or open a page fails them all with the same error (the build stops on it).
      this.rejectWaiting(e);
      throw e;
    }
  }
}
