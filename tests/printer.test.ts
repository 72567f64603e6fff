/**
 * The printer against a real browser: the bytes it prints are page.pdf's with PDF_OPTIONS, and a printer given a
 * shared browser's endpoint prints the same bytes there, touching nothing of the browser's other users.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finalizePdf } from '../src/pdf/finalize.js';
import { AssetServer, DOCUMENT_URL } from '../src/print/assets-server.js';
import { findBrowser } from '../src/print/browser.js';
import { launchOptions, PDF_OPTIONS, Printer } from '../src/print/printer.js';
import { ASSET_ORIGIN, AssetMap } from '../src/render/assets.js';
import { pdfText, tempDir } from './helpers.js';

const assets = new AssetMap('standard');
const html = (n: number) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Check ${n}</title>
<link rel="stylesheet" href="${ASSET_ORIGIN}/styles/lessonpack.css">
<style>${assets.fontFaceCss()} @page { size: A4; margin: 15mm } body { font-family: var(--body-font) }</style></head>
<body><h1>Printing check ${n}</h1><h2>The armistice</h2><p>The armistice was signed at Panmunjom on 27 July 1953.</p>
<table><tr><th>Year</th><td>1950</td></tr></table><p><em>Italic</em> and <strong>bold</strong> text.</p></body></html>`;
const job = (n: number) => ({ html: html(n), assets, variant: 'standard' as const, label: `check-${n}` });

/** Chromium's PDF made deterministic the way a build does it: only then are two prints comparable byte for byte. */
const finalize = async (pdf: Uint8Array) =>
  Buffer.from(
    (await finalizePdf(pdf, { title: 't', author: 'a', subject: 's', keywords: [], language: 'en', date: new Date(0), id: 'x' }, assets.families)).pdf,
  );

/** A browser started the way a test suite shares one: over a WebSocket, with a tab of another user in it. */
let shared: Browser;
beforeAll(async () => {
  const found = findBrowser();
  if (!found) throw new Error('no browser');
  shared = await puppeteer.launch({ ...launchOptions(found.path), pipe: false });
});
afterAll(async () => {
  await shared?.close();
});

/** page.pdf with PDF_OPTIONS on a tab of `browser` answered by an asset server: what bare Puppeteer prints. */
async function bare(browser: Browser, n: number): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setJavaScriptEnabled(false);
    const serving = { html: html(n), assets, blocked: [], missing: [] };
    await new AssetServer(false).intercept(await page.createCDPSession(), () => serving);
    await page.goto(DOCUMENT_URL, { waitUntil: 'load' });
    // The browser's tabs draw no frames (launchOptions): a layout asks for the fonts.
    await page.evaluate(() => {
      document.documentElement.getBoundingClientRect();
      return document.fonts.ready.then(() => undefined);
    });
    return await page.pdf(PDF_OPTIONS);
  } finally {
    await page.close();
  }
}

describe('printer', () => {
  it('prints the bytes page.pdf prints with PDF_OPTIONS (tagged, with an outline)', async () => {
    const printer = new Printer({ concurrency: 1 });
    try {
      const ours = await printer.print(job(1));
      expect(ours.blocked).toEqual([]);
      const theirs = await bare(shared, 1);
      expect(await finalize(ours.pdf)).toEqual(await finalize(theirs));
      const dir = tempDir('lessonpack-printer-');
      try {
        writeFileSync(join(dir, 'check.pdf'), ours.pdf);
        expect(await pdfText(join(dir, 'check.pdf'))).toContain('The armistice was signed at Panmunjom on 27 July 1953.');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      expect(Buffer.from(ours.pdf).toString('latin1')).toMatch(/\/StructTreeRoot/);
      expect(Buffer.from(ours.pdf).toString('latin1')).toMatch(/\/Outlines/);
    } finally {
      await printer.close();
    }
  });

  it('on a shared browser: prints the same bytes in tabs of its own, and close() leaves the browser and its other tabs alone', async () => {
    const other = await shared.newPage();
    await other.setContent('<title>another test</title><p>busy</p>');
    // Seen by the browser itself, not by this test's connection (which knows only the contexts it made).
    const cdp = await shared.target().createCDPSession();
    const contexts = async () => (await cdp.send('Target.getBrowserContexts')).browserContextIds.length;
    const documentTabs = async () => (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.url === DOCUMENT_URL).length;
    const before = await contexts();
    const local = new Printer({ concurrency: 1 });
    const remote = new Printer({ browserEndpoint: shared.wsEndpoint(), concurrency: 2 });
    try {
      const printed = await Promise.all([1, 2, 3].map((n) => remote.print(job(n))));
      expect(remote.launches).toBe(1);
      const reference = await local.print(job(2));
      expect(await finalize(printed[1]?.pdf as Uint8Array)).toEqual(await finalize(reference.pdf));
      // Its tabs are in a context of its own.
      expect(await contexts()).toBe(before + 1);
      expect(await documentTabs()).toBe(2);
    } finally {
      await Promise.all([remote.close(), local.close()]);
    }
    expect(shared.connected).toBe(true);
    expect(await contexts()).toBe(before);
    expect(await documentTabs()).toBe(0);
    expect(await other.title()).toBe('another test');
    await other.close();
  });
});
