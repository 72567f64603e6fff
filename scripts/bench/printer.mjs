#!/usr/bin/env node
/**
 * CPU seconds of printing a folder of rendered HTML (a build's `htmlDir`) with lessonpack's Printer or with the bare
 * Puppeteer floor (scripts/bench/chromium.mjs), in this process and the browser it starts. Run each mode in its own
 * process, several times, alternating: the machine may be busy, and CPU time is steadier than wall time.
 *
 *   node scripts/bench/printer.mjs --html DIR --mode printer|floor [--concurrency 2] [--repeat 1]
 *
 * Prints one JSON line: { mode, documents, cpuS, nodeCpuS, reapedCpuS, ms }; nodeCpuS is this Node process alone. cpuS samples this process tree every 50 ms
 * (scripts/bench/proctree.mjs); reapedCpuS counts this process and the descendants it waited for (/proc/self/stat),
 * a check on the sampling: a process orphaned before it exits is missing from it.
 */
import { readdirSync, readFileSync } from 'node:fs';
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

/** CPU seconds of this process and its reaped descendants. */
function treeCpu() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / 100;
}

const files = readdirSync(flags.html, { recursive: true })
  .filter((f) => f.endsWith('.html'))
  .sort();
const concurrency = Number(flags.concurrency);
const items = Array.from({ length: Number(flags.repeat) }, () =>
  files.map((f) => ({ html: join(flags.html, f), out: join(tmpdir(), 'lessonpack-bench-printer', f.replace(/\.html$/, '.pdf')) })),
).flat();
const cpu0 = treeCpu();
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
    reapedCpuS: round(treeCpu() - cpu0),
    ms: Math.round(ms),
  }),
);
