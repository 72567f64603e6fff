#!/usr/bin/env node
/**
 * CPU seconds of printing a folder of rendered HTML (a build's `htmlDir`) with lessonpack's Printer or with the bare
 * Puppeteer floor (scripts/bench/chromium.mjs), in this process and the browser it starts. Run each mode in its own
 * process, several times, alternating: the machine may be busy, and CPU time is steadier than wall time.
 *
 *   node scripts/bench/printer.mjs --html DIR --mode printer|floor [--concurrency 2] [--repeat 1]
 *
 * Prints one JSON line: { mode, documents, cpuS, nodeCpuS, ms }. cpuS samples this process tree every 50 ms
 * (scripts/bench/proctree.mjs; the kernel's count of reaped children would miss Chromium's renderers, which their
 * zygote leaves orphaned at exit); nodeCpuS is this Node process alone.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { assetBytes, printFiles } from './chromium.mjs';
import { TreeMonitor } from './proctree.mjs';

const { values: flags } = parseArgs({
  options: {
    html: { type: 'string' },
    mode: { type: 'string', default: 'printer' },
    concurrency: { type: 'string', default: '2' },
    repeat: { type: 'string', default: '1' },
  },
});
if (!flags.html) throw new Error('--html DIR is required');
const lib = join(import.meta.dirname, '..', '..', 'lib');
const { findBrowser } = await import(join(lib, 'print/browser.js'));
const { Printer, launchOptions, PDF_OPTIONS } = await import(join(lib, 'print/printer.js'));
const { ASSET_ORIGIN, AssetMap } = await import(join(lib, 'render/assets.js'));

const files = readdirSync(flags.html, { recursive: true })
  .filter((f) => f.endsWith('.html'))
  .sort();
const concurrency = Number(flags.concurrency);
/** Where the floor writes its PDFs (the printer keeps them in memory); removed at the end. */
const out = mkdtempSync(join(tmpdir(), 'lessonpack-bench-printer-'));
const items = Array.from({ length: Number(flags.repeat) }, () =>
  files.map((f) => ({ html: join(flags.html, f), out: join(out, f.replace(/\.html$/, '.pdf')) })),
).flat();
const node0 = process.cpuUsage();
const monitor = new TreeMonitor(process.pid, 50).start();
const t0 = performance.now();
if (flags.mode === 'floor') {
  const browser = findBrowser();
  await printFiles({
    items,
    concurrency,
    launch: launchOptions(browser.path),
    pdfOptions: PDF_OPTIONS,
    origin: ASSET_ORIGIN,
    assets: assetBytes(new AssetMap('standard')),
  });
} else {
  const printer = new Printer({ concurrency });
  const assets = new AssetMap('standard');
  try {
    await Promise.all(items.map((item) => printer.print({ html: readFileSync(item.html, 'utf8'), assets, variant: 'standard', label: item.html })));
  } finally {
    await printer.close();
  }
}
const ms = performance.now() - t0;
const sampled = monitor.stop().cpu;
const node = process.cpuUsage(node0);
const round = (s) => Math.round(s * 100) / 100;
console.log(
  JSON.stringify({
    mode: flags.mode,
    documents: items.length,
    cpuS: round(sampled),
    nodeCpuS: round((node.user + node.system) / 1e6),
    ms: Math.round(ms),
  }),
);
rmSync(out, { recursive: true, force: true });
