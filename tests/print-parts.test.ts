/**
 * The printer's parts that need no browser: how requests are routed and answered (over a recorded CDP session), and
 * how the tab pool hands out and replaces tabs.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { AssetServer, assetHeaders, route, type Serving } from '../src/print/assets-server.js';
import { Pool, type PoolTab } from '../src/print/pool.js';
import { ASSET_ORIGIN } from '../src/render/assets.js';
import { tempDir } from './helpers.js';

describe('asset routing', () => {
  const files = new Map([
    ['/styles/lessonpack.css', '/pkg/styles/lessonpack.css'],
    ['/fonts/serif.woff2', '/pkg/fonts/serif.woff2'],
    ['/images/logo.svg', '/project/branding/logo.svg'],
  ]);

  it('answers the document and the assets of the map, with their content types', () => {
    expect(route(`${ASSET_ORIGIN}/document.html`, files)).toEqual({ kind: 'document' });
    expect(route(`${ASSET_ORIGIN}/styles/lessonpack.css`, files)).toEqual({
      kind: 'asset',
      file: '/pkg/styles/lessonpack.css',
      type: 'text/css; charset=utf-8',
    });
    expect(route(`${ASSET_ORIGIN}/fonts/serif.woff2`, files)).toEqual({ kind: 'asset', file: '/pkg/fonts/serif.woff2', type: 'font/woff2' });
    expect(route(`${ASSET_ORIGIN}/images/logo.svg?v=2`, files)).toMatchObject({ kind: 'asset', file: '/project/branding/logo.svg', type: 'image/svg+xml' });
  });

  it('blocks everything else: other hosts, other schemes, paths not in the map, malformed addresses', () => {
    for (const url of [
      'https://example.com/fonts/serif.woff2',
      'http://lessonpack.invalid/document.html',
      `${ASSET_ORIGIN}.evil.com/document.html`,
      'file:///etc/passwd',
      'data:text/plain,hi',
      `${ASSET_ORIGIN}/fonts/other.woff2`,
      `${ASSET_ORIGIN}/fonts/../../etc/passwd`,
      `${ASSET_ORIGIN}/%ZZ`,
      `${ASSET_ORIGIN}/images/%E0%A4%A.png`,
    ])
      expect(route(url, files), url).toEqual({ kind: 'blocked', url });
  });

  it('records a blocked address cut to 200 characters', () => {
    const url = `https://example.com/${'x'.repeat(500)}`;
    expect(route(url, files)).toEqual({ kind: 'blocked', url: url.slice(0, 200) });
  });

  it('lets a browser keep an asset only when its cache dies with the printer', () => {
    expect(assetHeaders('font/woff2', true)).toEqual([
      { name: 'content-type', value: 'font/woff2' },
      { name: 'cache-control', value: 'public, max-age=31536000, immutable' },
    ]);
    expect(assetHeaders('font/woff2', false)).toEqual([{ name: 'content-type', value: 'font/woff2' }]);
  });
});

/** A CDP session that records what is sent and lets the test pause requests. */
function fakeSession() {
  const sent: { method: string; params: Record<string, unknown> }[] = [];
  let paused: ((event: unknown) => void) | undefined;
  const session = {
    on: (event: string, listener: (event: unknown) => void) => {
      if (event === 'Fetch.requestPaused') paused = listener;
    },
    send: async (method: string, params: Record<string, unknown>) => {
      sent.push({ method, params });
      return {};
    },
  };
  /** Pauses a request and waits until it has been answered. */
  const request = async (url: string) => {
    const before = sent.length;
    paused?.({ requestId: String(before), request: { url } });
    await expect.poll(() => sent.length).toBeGreaterThan(before);
    return sent[sent.length - 1];
  };
  return { session: session as unknown as CDPSession, sent, request };
}

describe('asset server', () => {
  it('answers the document and assets, aborts and records the rest; a file is read once for every tab', async () => {
    const dir = tempDir('lessonpack-assets-');
    const font = join(dir, 'serif.woff2');
    writeFileSync(font, 'FONT');
    const job: Serving = { html: '<p>Hi</p>', assets: { files: new Map([['/fonts/serif.woff2', font]]) }, blocked: [], missing: [] };
    const server = new AssetServer(true);
    const tabs = [fakeSession(), fakeSession()];
    for (const t of tabs) await server.intercept(t.session, () => job);
    try {
      expect(tabs[0]?.sent[0]).toEqual({ method: 'Fetch.enable', params: { patterns: [{ urlPattern: '*' }] } });
      const doc = await tabs[0]?.request(`${ASSET_ORIGIN}/document.html`);
      expect(doc).toMatchObject({ method: 'Fetch.fulfillRequest', params: { responseCode: 200, body: Buffer.from('<p>Hi</p>').toString('base64') } });
      expect(await tabs[0]?.request(`${ASSET_ORIGIN}/fonts/serif.woff2`)).toMatchObject({
        method: 'Fetch.fulfillRequest',
        params: { responseCode: 200, body: Buffer.from('FONT').toString('base64'), responseHeaders: assetHeaders('font/woff2', true) },
      });
      // The second tab gets the bytes read for the first, even once the file is gone.
      rmSync(font);
      expect(await tabs[1]?.request(`${ASSET_ORIGIN}/fonts/serif.woff2`)).toMatchObject({ params: { body: Buffer.from('FONT').toString('base64') } });
      expect(await tabs[1]?.request('https://example.com/x.png')).toMatchObject({ method: 'Fetch.failRequest', params: { errorReason: 'BlockedByClient' } });
      expect(job.blocked).toEqual(['https://example.com/x.png']);
      expect(job.missing).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a missing asset file is answered 404 and recorded as missing; with nothing printing, every request is aborted', async () => {
    let job: Serving | undefined = { html: '', assets: { files: new Map([['/fonts/gone.woff2', '/nonexistent/gone.woff2']]) }, blocked: [], missing: [] };
    const printing = job;
    const tab = fakeSession();
    await new AssetServer(false).intercept(tab.session, () => job);
    expect(await tab.request(`${ASSET_ORIGIN}/fonts/gone.woff2`)).toMatchObject({ method: 'Fetch.fulfillRequest', params: { responseCode: 404 } });
    expect(printing.missing).toEqual(['/nonexistent/gone.woff2']);
    job = undefined;
    expect(await tab.request(`${ASSET_ORIGIN}/document.html`)).toMatchObject({ method: 'Fetch.failRequest' });
    expect(printing.blocked).toEqual([]);
  });
});

/** A tab that records what happened to it. */
class FakeTab implements PoolTab {
  usable = true;
  closed = false;
  constructor(readonly id: number) {}
  async close(): Promise<void> {
    this.closed = true;
  }
}

/** A pool of fake tabs; `failNext` makes the next open fail, `canOpen` says whether replacements may be opened. */
function fakePool(size: number, recycleAfter = 50) {
  const opened: FakeTab[] = [];
  const state = { failNext: false, failAll: false, canOpen: true };
  const pool = new Pool<FakeTab>({
    size,
    recycleAfter,
    canOpen: () => state.canOpen,
    open: async () => {
      if (state.failNext || state.failAll) {
        state.failNext = false;
        throw new Error('cannot open');
      }
      const tab = new FakeTab(opened.length + 1);
      opened.push(tab);
      return tab;
    },
  });
  return { pool, opened, state };
}

/** Whether a promise has settled after the microtasks queued so far have run. */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  p.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((r) => setImmediate(r));
  return done;
}

describe('tab pool', () => {
  it('opens at most `size` tabs; a third document waits for a released tab and gets that one', async () => {
    const { pool, opened } = fakePool(2);
    const a = await pool.acquire();
    const b = await pool.acquire();
    const third = pool.acquire();
    expect(await settled(third)).toBe(false);
    expect(opened).toHaveLength(2);
    await pool.release(b, false);
    expect(await third).toBe(b);
    await pool.release(a, false);
    expect(await pool.acquire()).toBe(a);
    expect(opened).toHaveLength(2);
    expect(pool.size).toBe(2);
  });

  it('reuses a tab until it has printed `recycleAfter` documents, then replaces it', async () => {
    const { pool, opened } = fakePool(1, 3);
    for (let i = 0; i < 3; i++) {
      const tab = await pool.acquire();
      expect(tab.id).toBe(1);
      await pool.release(tab, false);
    }
    expect(opened[0]?.closed).toBe(true);
    expect((await pool.acquire()).id).toBe(2);
    expect(pool.size).toBe(1);
  });

  it('replaces a broken tab, and hands the replacement to a document waiting', async () => {
    const { pool, opened } = fakePool(1);
    const tab = await pool.acquire();
    const waiting = pool.acquire();
    await pool.release(tab, true);
    expect(tab.closed).toBe(true);
    expect((await waiting).id).toBe(2);
    expect(opened).toHaveLength(2);
    expect(pool.size).toBe(1);
  });

  it('closes an idle tab that died (crashed renderer, lost browser) instead of handing it out', async () => {
    const { pool } = fakePool(1);
    const tab = await pool.acquire();
    await pool.release(tab, false);
    tab.usable = false;
    const next = await pool.acquire();
    expect(tab.closed).toBe(true);
    expect(next.id).toBe(2);
    expect(pool.size).toBe(1);
  });

  it('a tab that fails to open frees its place: the next document opens one', async () => {
    const { pool, state } = fakePool(1);
    state.failNext = true;
    await expect(pool.acquire()).rejects.toThrow('cannot open');
    expect(pool.size).toBe(0);
    expect((await pool.acquire()).id).toBe(1);
  });

  it('a browser that cannot start fails the documents waiting for a tab too, instead of leaving them waiting for ever', async () => {
    const { pool, state } = fakePool(2);
    state.failAll = true;
    const tries = [pool.acquire(), pool.acquire(), pool.acquire()];
    for (const t of tries) await expect(t).rejects.toThrow('cannot open');
    expect(pool.size).toBe(0);
  });

  it('opens no replacement when it may not (closing): the place is freed, a waiter gets a tab of its own', async () => {
    const { pool, state } = fakePool(1);
    const tab = await pool.acquire();
    const waiting = pool.acquire();
    state.canOpen = false;
    await pool.release(tab, true);
    expect(tab.closed).toBe(true);
    expect((await waiting).id).toBe(2);
    expect(pool.size).toBe(1);
  });

  it('fails every document still waiting when the printer closes', async () => {
    const { pool } = fakePool(1);
    await pool.acquire();
    const waiting = [pool.acquire(), pool.acquire()];
    pool.rejectWaiting(new Error('the printer is closed'));
    for (const w of waiting) await expect(w).rejects.toThrow('the printer is closed');
  });
});
