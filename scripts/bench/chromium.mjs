/**
 * Bare puppeteer-core printing of HTML files lessonpack already rendered: the floor (one browser, a pool of
 * reused tabs) and the naive baseline (a new browser for every document). Both answer the same requests the
 * same way lessonpack does (the document and its fonts and CSS from the fake origin, everything else aborted)
 * and call page.pdf with the same options, so the difference to a lessonpack build is lessonpack's own work.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import puppeteer from 'puppeteer-core';

/** How lessonpack's Printer prints (kept in step with src/print/printer.ts). */
export const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, tagged: false, outline: true };

async function preparePage(browser, origin, assets, current) {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(`${origin}/`)) return void req.abort('blockedbyclient').catch(() => {});
    const path = decodeURI(new URL(url).pathname);
    if (path === '/document.html') return void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: current.html }).catch(() => {});
    const body = assets.get(path);
    if (!body) return void req.abort('blockedbyclient').catch(() => {});
    return void req.respond({ status: 200, contentType: path.endsWith('.css') ? 'text/css; charset=utf-8' : 'font/woff2', body }).catch(() => {});
  });
  return page;
}

async function printOn(page, origin, current, item) {
  current.html = readFileSync(item.html, 'utf8');
  await page.goto(`${origin}/document.html`, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const pdf = await page.pdf(PDF_OPTIONS);
  mkdirSync(dirname(item.out), { recursive: true });
  writeFileSync(item.out, pdf);
}

/**
 * Prints `items` ({ html, out } file paths) with `concurrency` workers. `launch` is puppeteer launch options;
 * `assets` maps URL paths to bytes. With `browserPerDocument`, every document launches and closes its own
 * browser (the naive way); otherwise one browser and one reused tab per worker (the floor).
 */
export async function printFiles({ items, concurrency, launch, origin, assets, browserPerDocument = false }) {
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
            await printOn(page, origin, current, item);
            continue;
          }
          const browser = await puppeteer.launch(launch);
          try {
            await printOn(await preparePage(browser, origin, assets, current), origin, current, item);
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

/** The asset bytes a document may load, keyed by URL path, from lessonpack's AssetMap. */
export function assetBytes(assetMap) {
  return new Map([...assetMap.files].map(([path, file]) => [path, readFileSync(file)]));
}
