/**
 * Bare puppeteer-core printing of HTML files lessonpack already rendered: the floor (one browser, a pool of
 * reused tabs) and the naive baseline (a new browser for every document). Both answer requests the way
 * lessonpack does (the document, fonts and CSS from the fake origin over the Fetch domain, fonts cacheable,
 * everything else aborted), launch Chromium with the same options (launchOptions: Puppeteer's Network domain off,
 * tabs that draw no frames) and call page.pdf with the same options (the printer sends the same Page.printToPDF
 * parameters itself, without page.pdf's stream reads; tests/printer.test.ts checks the bytes), so the difference to
 * a lessonpack build is lessonpack's own work: loading, validating, rendering, post-processing and writing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import puppeteer from 'puppeteer-core';

/** A tab that answers requests the way lessonpack's Printer does: the Fetch domain, fonts and CSS cacheable. */
async function preparePage(browser, origin, assets, current) {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  const cdp = await page.createCDPSession();
  cdp.on('Fetch.requestPaused', ({ requestId, request }) => {
    const fulfill = (headers, body) => cdp.send('Fetch.fulfillRequest', { requestId, responseCode: 200, responseHeaders: headers, body }).catch(() => {});
    const path = request.url.startsWith(`${origin}/`) ? decodeURI(new URL(request.url).pathname) : '';
    if (path === '/document.html') {
      return void fulfill(
        [
          { name: 'content-type', value: 'text/html; charset=utf-8' },
          { name: 'cache-control', value: 'no-store' },
        ],
        Buffer.from(current.html).toString('base64'),
      );
    }
    const body = assets.get(path);
    if (!body) return void cdp.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }).catch(() => {});
    const type = path.endsWith('.css') ? 'text/css; charset=utf-8' : 'font/woff2';
    return void fulfill(
      [
        { name: 'content-type', value: type },
        { name: 'cache-control', value: 'public, max-age=31536000, immutable' },
      ],
      body,
    );
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
  return page;
}

async function printOn(page, origin, current, item, pdfOptions) {
  current.html = readFileSync(item.html, 'utf8');
  await page.goto(`${origin}/document.html`, { waitUntil: 'load' });
  // Tabs draw no frames (launchOptions): a layout asks for the fonts, then they are waited for.
  await page.evaluate(() => {
    document.documentElement.getBoundingClientRect();
    return document.fonts.ready.then(() => undefined);
  });
  const pdf = await page.pdf(pdfOptions);
  mkdirSync(dirname(item.out), { recursive: true });
  writeFileSync(item.out, pdf);
}

/**
 * Prints `items` ({ html, out } file paths) with `concurrency` workers. `launch` and `pdfOptions` are Puppeteer's
 * launch and page.pdf options; `assets` maps URL paths to base64 bodies. With `browserPerDocument`, every document launches and closes its own
 * browser (the naive way); otherwise one browser and one reused tab per worker (the floor).
 */
export async function printFiles({ items, concurrency, launch, pdfOptions, origin, assets, browserPerDocument = false }) {
  const queue = [...items];
  const started = performance.now();
  const shared = browserPerDocument ? undefined : await puppeteer.launch(launch);
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        const current = { html: '' };
        const page = shared ? await preparePage(shared, origin, assets, current) : undefined;
        for (let item = queue.shift(); item; item = queue.shift()) {
          if (page) {
            await printOn(page, origin, current, item, pdfOptions);
            continue;
          }
          const browser = await puppeteer.launch(launch);
          try {
            await printOn(await preparePage(browser, origin, assets, current), origin, current, item, pdfOptions);
          } finally {
            await browser.close();
          }
        }
      }),
    );
  } finally {
    await shared?.close();
  }
  return { ms: performance.now() - started };
}

/** The assets a document may load, keyed by URL path, from lessonpack's AssetMap, base64-encoded. */
export function assetBytes(assetMap) {
  return new Map([...assetMap.files].map(([path, file]) => [path, readFileSync(file).toString('base64')]));
}
